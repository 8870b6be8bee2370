/**
 * The legacy PKCS#12 written for B2C: openssl (not this project's code) opens it with the
 * password, names 3DES for both bags and SHA-1 for the MAC, and finds the same key and
 * certificate; a wrong password fails its MAC.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Asn1, parseDer } from '../../src/crypto/der.js'
import { parsePkcs12 } from '../../src/crypto/pkcs12.js'
import { writeLegacyPkcs12 } from '../../src/crypto/pkcs12-writer.js'
import { tlv } from '../helpers/der-builder.js'
import { makeSelfSignedCert, makeTempDir, openssl, removeTempDirs } from '../helpers/openssl.js'

afterAll(removeTempDirs)

describe('writeLegacyPkcs12', () => {
  const cert = makeSelfSignedCert({ days: 30, commonName: 'legacy pfx' })
  const der = Buffer.from(new X509Certificate(cert.certPem).raw)
  const password = 'Zq9-random_Pw'
  // Written inside each test, not once for all: code run outside a test counts as static for the
  // mutation run, which then leaves all of the writer's mutants untested.
  const written = () => {
    const pfx = writeLegacyPkcs12(createPrivateKey(cert.keyPem), der, password)
    const path = join(makeTempDir(), 'out.pfx')
    writeFileSync(path, pfx)
    return { pfx, path }
  }

  it('opens with openssl: 3DES for key and certificate, SHA-1 MAC, the same key and certificate', () => {
    const { path } = written()
    const info = openssl(['pkcs12', '-in', path, '-info', '-nodes', '-passin', `pass:${password}`], { withStderr: true }).toString()
    expect(info).toContain('MAC: sha1')
    expect(info.match(/pbeWithSHA1And3-KeyTripleDES-CBC/g)).toHaveLength(2)
    // Only openssl's own lines: the base64 of the PEM blocks can spell "aes" by chance.
    const described = info.replace(/-----BEGIN ([A-Z ]+)-----[\s\S]*?-----END \1-----/g, '')
    expect(described).toContain('Bag Attributes')
    expect(described).not.toMatch(/PBES2|AES/i)
    const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(info)?.[0] ?? ''
    expect(createPrivateKey(key).export({ format: 'jwk' })).toEqual(createPrivateKey(cert.keyPem).export({ format: 'jwk' }))
    expect(info).toContain(new X509Certificate(cert.certPem).toString().trim().split('\n')[1])
  })

  it('fails its MAC with another password', () => {
    const { path } = written()
    expect(() => openssl(['pkcs12', '-in', path, '-info', '-nodes', '-passin', 'pass:wrong'])).toThrow(/mac verify|invalid password/i)
  })

  it('is DER: every length in its shortest form', () => {
    // Re-encoded with the shortest lengths, element by element, the file must come out the same.
    const canonical = (element: Asn1): Buffer =>
      tlv(element.encoded[0]!, ...(element.constructed ? element.children.map(canonical) : [element.content]))
    const { pfx } = written()
    expect(canonical(parseDer(pfx)).equals(pfx)).toBe(true)
  })

  it('reads back as legacy-3des with this project reader too', () => {
    const { pfx } = written()
    const contents = parsePkcs12(pfx, password)
    expect(contents.encryption).toBe('legacy-3des')
    expect(contents.certificates).toEqual([der])
  })
})
