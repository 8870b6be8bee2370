import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createPublicKey } from 'node:crypto'
import { readPkcs12 } from '../../src/crypto/certificates.js'
import { parsePkcs12 } from '../../src/crypto/pkcs12.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type SelfSignedCert,
  certDerBase64,
  makePfx,
  makeSelfSignedCert,
  makeTempDir,
  openssl,
  removeTempDirs,
  sha1Fingerprint,
} from '../helpers/openssl.js'
import { inputError } from '../helpers/input-error.js'

const PASSWORD = 'Pfx-Passw0rd!'
// Non-ASCII and outside Latin-1: PBES2 takes it as UTF-8, the PKCS#12 KDF as UTF-16 BMPString.
const UNICODE_PASSWORD = 'pässwörd-€-żółw'


let leaf: SelfSignedCert
let other: SelfSignedCert

beforeAll(() => {
  leaf = makeSelfSignedCert({ commonName: 'b2c policy key' })
  other = makeSelfSignedCert({ commonName: 'chain member' })
})

afterAll(removeTempDirs)

/** The file's algorithms as `openssl pkcs12 -info` reports them: the witness for our classification. */
function opensslInfo(base64: string, password: string, legacy: boolean): string {
  const dir = makeTempDir()
  writeFileSync(join(dir, 'in.pfx'), Buffer.from(base64, 'base64'))
  const args = ['pkcs12', '-info', '-noout', '-in', 'in.pfx', '-passin', `pass:${password}`]
  if (legacy) args.push('-legacy')
  return openssl(args, { cwd: dir, withStderr: true }).toString()
}

describe('readPkcs12', () => {
  it('opens the OpenSSL 3 default (PBES2, AES-256-CBC, SHA-256 MAC) and says so', () => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, PASSWORD)
    const info = opensslInfo(pfx, PASSWORD, false)
    expect(info).toMatch(/MAC: sha256/)
    expect(info).toMatch(/PBES2, PBKDF2, AES-256-CBC/)
    const result = readPkcs12(pfx, PASSWORD, 'pkcs12')
    expect(result.encryption).toBe('aes-pbes2')
    expect(result.certificate.thumbprint).toBe(sha1Fingerprint(leaf.certPem))
    expect(result.certificate.subject).toBe('CN=b2c policy key')
    expect(createPublicKey(result.privateKey).export({ format: 'jwk' })).toEqual(
      createPublicKey(leaf.certPem).export({ format: 'jwk' }),
    )
    expect(result.pem).toContain('-----BEGIN PRIVATE KEY-----')
  })

  it('opens -legacy (3DES key, RC2-40 certificates, SHA-1 MAC) and says so', () => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { legacy: true })
    const info = opensslInfo(pfx, PASSWORD, true)
    expect(info).toMatch(/MAC: sha1/)
    expect(info).toMatch(/pbeWithSHA1And40BitRC2-CBC/)
    expect(info).toMatch(/pbeWithSHA1And3-KeyTripleDES-CBC/)
    const result = readPkcs12(pfx, PASSWORD, 'pkcs12')
    expect(result.encryption).toBe('legacy-3des')
    expect(result.certificate.thumbprint).toBe(sha1Fingerprint(leaf.certPem))
  })

  it.each([
    ['AES (default)', false],
    ['-legacy', true],
  ])('handles a non-ASCII password, %s', (_, legacy) => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, UNICODE_PASSWORD, { legacy })
    expect(readPkcs12(pfx, UNICODE_PASSWORD, 'pkcs12').certificate.thumbprint).toBe(sha1Fingerprint(leaf.certPem))
  })

  it.each([
    ['AES (default)', false],
    ['-legacy', true],
  ])('opens a file with an empty password, %s', (_, legacy) => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, '', { legacy })
    expect(readPkcs12(pfx, '', 'pkcs12').certificate.thumbprint).toBe(sha1Fingerprint(leaf.certPem))
  })

  it.each([
    ['3DES for key and certificates', ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1'], 'legacy-3des'],
    ['unencrypted certificates', ['-certpbe', 'NONE'], 'aes-pbes2'],
    ['a SHA-512 MAC', ['-macalg', 'sha512'], 'aes-pbes2'],
    ['AES-128 with many iterations', ['-keypbe', 'AES-128-CBC', '-certpbe', 'AES-128-CBC', '-iter', '10000'], 'aes-pbes2'],
    ['an unencrypted key and certificates', ['-keypbe', 'NONE', '-certpbe', 'NONE'], 'other'],
  ] as const)('opens other openssl variants: %s', (_, args, encryption) => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { args: [...args] })
    const result = readPkcs12(pfx, PASSWORD, 'pkcs12')
    expect(result.encryption).toBe(encryption)
    expect(result.certificate.thumbprint).toBe(sha1Fingerprint(leaf.certPem))
  })

  it('picks the certificate that matches the key when the file carries a chain', () => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { extraCertsPem: other.certPem })
    expect(parsePkcs12(Buffer.from(pfx, 'base64'), PASSWORD).certificates).toHaveLength(2)
    expect(readPkcs12(pfx, PASSWORD, 'pkcs12').certificate.thumbprint).toBe(sha1Fingerprint(leaf.certPem))
  })

  it.each([
    ['a wrong password', 'wrong', false],
    ['a missing password', '', false],
    ['a wrong password on -legacy', 'wrong', true],
  ])('refuses %s before anything is sent, without repeating it', (_, password, legacy) => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { legacy })
    const error = inputError(() => readPkcs12(pfx, password, 'pkcs12'))
    expect(error.input).toBe('pkcs12')
    expect(error.message).toBe("Input 'pkcs12': PKCS#12 password is wrong (or missing): check 'pkcs12-password'")
  })

  it('detects a wrong password in a file without MAC (-nomac) by decryption', () => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { args: ['-nomac'] })
    expect(readPkcs12(pfx, PASSWORD, 'pkcs12').certificate.thumbprint).toBe(sha1Fingerprint(leaf.certPem))
    expect(inputError(() => readPkcs12(pfx, 'wrong', 'pkcs12')).message).toMatch(/PKCS#12 password is wrong/)
  })

  it('refuses an EC key: B2C policy keys are RSA', () => {
    const ec = makeSelfSignedCert({ keyType: 'ec' })
    const error = inputError(() => readPkcs12(makePfx(ec.certPem, ec.keyPem, PASSWORD), PASSWORD, 'pkcs12'))
    expect(error.message).toMatch(/the key is EC \(prime256v1\); B2C and Entra certificates need RSA$/)
  })

  it('refuses a file without a private key', () => {
    const pfx = makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { noKey: true })
    expect(inputError(() => readPkcs12(pfx, PASSWORD, 'pkcs12')).message).toMatch(/PKCS#12 file has no private key/)
  })

  it.each([
    ['garbage text', () => 'not base64 at all!'],
    ['base64 that is not PKCS#12', () => Buffer.from('just some bytes that are not ASN.1').toString('base64')],
    ['a certificate (base64 DER)', () => certDerBase64(leaf.certPem)],
    ['a truncated file', () => makePfx(leaf.certPem, leaf.keyPem, PASSWORD).slice(0, 800)],
  ])('refuses %s as not PKCS#12', (_, make) => {
    const error = inputError(() => readPkcs12(make(), PASSWORD, 'pkcs12'))
    expect(error.message).toBe("Input 'pkcs12': is not base64 PKCS#12 (.pfx)")
  })
})
