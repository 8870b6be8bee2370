/**
 * The PKCS#12 MAC is checked on its own, before and apart from decryption: a file altered in
 * its unencrypted parts is refused even with the right password, and a wrong password is caught
 * by the MAC, not only by the decryption that follows.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parsePkcs12 } from '../../src/crypto/pkcs12.js'
import { openssl } from '../../scripts/lib/openssl.js'
import { parseDer } from '../../src/crypto/der.js'
import { joinPfx, tlv } from '../helpers/der-builder.js'
import { type SelfSignedCert, makePfx, makeSelfSignedCert, removeTempDirs } from '../helpers/openssl.js'

const PASSWORD = 'Integrity-Pass-42'
let leaf: SelfSignedCert

beforeAll(() => {
  leaf = makeSelfSignedCert({ commonName: 'integrity' })
})
afterAll(removeTempDirs)

const pfx = (password: string, args: string[]) => Buffer.from(makePfx(leaf.certPem, leaf.keyPem, password, { args }), 'base64')

/** Flips one bit inside the certificate's signature, which the file holds in clear with -certpbe NONE. */
function alterCertificate(file: Buffer): Buffer {
  const certificate = Buffer.from(leaf.certPem.replace(/-----[^-]+-----|\s/g, ''), 'base64')
  const at = file.indexOf(certificate)
  if (at < 0) throw new Error('certificate not stored in clear')
  const altered = Buffer.from(file)
  altered[at + certificate.length - 10]! ^= 0x01
  return altered
}

describe('the PKCS#12 MAC', () => {
  it.each([
    ['SHA-256 MAC, AES key', ['-certpbe', 'NONE']],
    ['SHA-1 MAC, 3DES key', ['-certpbe', 'NONE', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']],
    ['SHA-256 MAC, key in clear', ['-certpbe', 'NONE', '-keypbe', 'NONE']],
  ])('refuses a file altered in its clear parts, with the right password (%s)', (_, args) => {
    const file = pfx(PASSWORD, args)
    expect(parsePkcs12(file, PASSWORD).certificates).toHaveLength(1)
    expect(() => parsePkcs12(alterCertificate(file), PASSWORD)).toThrow(
      expect.objectContaining({ name: 'Pkcs12Error', reason: 'wrong-password', message: 'the PKCS#12 MAC does not verify with this password' }),
    )
  })

  it('catches a wrong password at the MAC, even when nothing is encrypted', () => {
    const file = pfx(PASSWORD, ['-certpbe', 'NONE', '-keypbe', 'NONE'])
    expect(() => parsePkcs12(file, 'wrong')).toThrow('the PKCS#12 MAC does not verify with this password')
  })

  it('catches a wrong password at the MAC before decrypting', () => {
    expect(() => parsePkcs12(pfx(PASSWORD, []), 'wrong')).toThrow('the PKCS#12 MAC does not verify with this password')
    expect(() => parsePkcs12(pfx('', []), 'x')).toThrow('the PKCS#12 MAC does not verify with this password')
  })

  it.each([['sha1'], ['sha256'], ['sha512']])('verifies a %s MAC: opens with the password, refuses another', (digest) => {
    const file = pfx(PASSWORD, ['-macalg', digest])
    expect(parsePkcs12(file, PASSWORD).certificates).toHaveLength(1)
    expect(() => parsePkcs12(file, `${PASSWORD}x`)).toThrow('the PKCS#12 MAC does not verify with this password')
  })

  it('refuses a MAC digest shorter than its hash, as a MAC that does not verify', () => {
    const [version, authSafe, mac] = parseDer(pfx(PASSWORD, [])).children
    const [digestInfo, salt, iterations] = mac!.children
    const [algorithm, digest] = digestInfo!.children
    const shortDigest = tlv(0x30, tlv(0x30, algorithm!.encoded, tlv(0x04, digest!.content.subarray(0, 20))), salt!.encoded, iterations!.encoded)
    expect(() => parsePkcs12(tlv(0x30, version!.encoded, authSafe!.encoded, shortDigest), PASSWORD)).toThrow(
      expect.objectContaining({ reason: 'wrong-password', message: 'the PKCS#12 MAC does not verify with this password' }),
    )
  })

  it('reads a MAC computed over more than one iteration and over one', () => {
    expect(parsePkcs12(pfx(PASSWORD, ['-maciter']), PASSWORD).certificates).toHaveLength(1)
    expect(parsePkcs12(pfx(PASSWORD, ['-nomaciter']), PASSWORD).certificates).toHaveLength(1)
  })
})

describe('how the key is protected', () => {
  it.each([
    ['3DES key, certificates in clear', { args: ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'NONE'] }, 'legacy-3des'],
    ['3DES key, AES certificates', { args: ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'AES-256-CBC'] }, 'aes-pbes2'],
    ['key in clear, RC2 certificates', { legacy: true, args: ['-keypbe', 'NONE'] }, 'other'],
    ['2-key 3DES key', { legacy: true, args: ['-keypbe', 'PBE-SHA1-2DES'] }, 'other'],
    ['no key, RC2 certificates', { legacy: true, noKey: true }, 'other'],
  ] as const)('%s: %s', (_, options, encryption) => {
    const file = Buffer.from(makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { ...options, args: [...('args' in options ? options.args : [])] }), 'base64')
    expect(parsePkcs12(file, PASSWORD).encryption).toBe(encryption)
  })
})

describe('a file whose keys are protected differently', () => {
  const noMac = (args: string[]) => pfx(PASSWORD, [...args, '-nomac'])

  it('is legacy-3des only when every key is 3DES', () => {
    const tripleDes = noMac(['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'NONE'])
    const inClear = noMac(['-keypbe', 'NONE', '-certpbe', 'NONE'])
    const mixed = joinPfx([tripleDes, inClear])
    // openssl itself reads the joined file: two keys, one shrouded with 3DES and one in clear.
    const info = openssl(['pkcs12', '-info', '-noout', '-passin', `pass:${PASSWORD}`], { input: mixed, withStderr: true }).toString()
    expect(info).toContain('Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC')
    expect(info).toMatch(/^Key bag$/m)

    const contents = parsePkcs12(mixed, PASSWORD)
    expect(contents.privateKeys).toHaveLength(2)
    expect(contents.encryption).toBe('other')
    expect(parsePkcs12(joinPfx([tripleDes, tripleDes]), PASSWORD).encryption).toBe('legacy-3des')
  })

  it('is not legacy-3des when one shrouded key is 2-key 3DES', () => {
    const tripleDes = noMac(['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'NONE'])
    const twoKey = noMac(['-legacy', '-keypbe', 'PBE-SHA1-2DES', '-certpbe', 'NONE'])
    const contents = parsePkcs12(joinPfx([tripleDes, twoKey]), PASSWORD)
    expect([contents.privateKeys.length, contents.encryption]).toEqual([2, 'other'])
  })
})
