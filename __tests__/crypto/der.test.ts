import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { Asn1Error, octets, oid, parseDer, sequence } from '../../src/crypto/der.js'
import { parsePkcs12 } from '../../src/crypto/pkcs12.js'
import { makePfx, makeSelfSignedCert, removeTempDirs, sha1Fingerprint } from '../helpers/openssl.js'

const PASSWORD = 'ber-test'
let certPem: string
let pfx: Buffer

beforeAll(() => {
  const cert = makeSelfSignedCert()
  certPem = cert.certPem
  pfx = Buffer.from(makePfx(cert.certPem, cert.keyPem, PASSWORD), 'base64')
})

afterAll(removeTempDirs)

// BER: an indefinite-length constructed element.
const indefinite = (tag: number, ...children: Buffer[]): Buffer =>
  Buffer.concat([Buffer.from([tag | 0x20, 0x80]), ...children, Buffer.from([0, 0])])

describe('der', () => {
  it('reads the OpenSSL PKCS#12 structure', () => {
    const [version, authSafe, macData] = sequence(parseDer(pfx), 'PFX')
    expect(version?.content).toEqual(Buffer.from([3]))
    expect(oid(sequence(authSafe, 'authSafe')[0], 'type')).toBe('1.2.840.113549.1.7.1')
    expect(macData).toBeDefined()
  })

  it('accepts the BER some PKCS#12 writers emit: indefinite lengths, a chunked OCTET STRING', () => {
    // Re-encode the outer layers of an openssl-made file the way BER writers do. The MAC covers
    // only the octets inside the authSafe OCTET STRING, so it still verifies if they are joined right.
    const [version, authSafe, macData] = sequence(parseDer(pfx), 'PFX')
    const [contentType, content] = sequence(authSafe, 'authSafe')
    const inner = octets(content?.children[0], 'authSafe content')
    const chunks: Buffer[] = []
    for (let i = 0; i < inner.length; i += 100) {
      const piece = inner.subarray(i, i + 100)
      chunks.push(Buffer.concat([Buffer.from([0x04, 0x81, piece.length]), piece]))
    }
    const ber = indefinite(
      0x10,
      version!.encoded,
      indefinite(0x10, contentType!.encoded, indefinite(0xa0, indefinite(0x04, ...chunks))),
      macData!.encoded,
    )
    expect(ber.length).toBeGreaterThan(pfx.length)
    expect(octets(sequence(parseDer(ber), 'PFX')[1]?.children[1]?.children[0], 'authSafe')).toEqual(inner)

    const contents = parsePkcs12(ber, PASSWORD)
    const [der] = contents.certificates
    expect(new X509Certificate(der!).fingerprint.replaceAll(':', '')).toBe(sha1Fingerprint(certPem))
    expect(contents.privateKeys).toHaveLength(1)
  })

  it.each([
    ['trailing bytes', () => Buffer.concat([pfx, Buffer.from([0])])],
    ['a truncated element', () => pfx.subarray(0, pfx.length - 1)],
    ['a length past the end', () => Buffer.from([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff])],
    ['an indefinite length without end marker', () => Buffer.from([0x30, 0x80, 0x02, 0x01, 0x03])],
    ['hostile nesting depth', () => Buffer.concat([...Array.from({ length: 100 }, () => Buffer.from([0x30, 0x80])), Buffer.alloc(200)])],
    ['empty input', () => Buffer.alloc(0)],
  ])('rejects %s with an Asn1Error', (_, make) => {
    expect(() => parseDer(make())).toThrow(Asn1Error)
  })
})
