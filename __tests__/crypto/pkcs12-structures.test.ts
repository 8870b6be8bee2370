/**
 * PKCS#12 structures openssl reads but does not write by default: a nested SafeContents bag, bags
 * the reader skips, BER pieces of an encrypted safe, a MAC keyed with the empty (null) password.
 * The files are put together from openssl output; openssl reads each back, and the ciphertexts
 * and MAC keys come from `openssl enc` and `openssl kdf`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Asn1, parseDer } from '../../src/crypto/der.js'
import { looksLikePkcs12, parsePkcs12 } from '../../src/crypto/pkcs12.js'
import { authSafeOf, dataContentInfo, integer, octetString, oidBytes, pfxWithoutMac, sequenceOf, swapped, tlv } from '../helpers/der-builder.js'
import { type SelfSignedCert, certDerBase64, makePfx, makeSelfSignedCert, openssl, removeTempDirs } from '../helpers/openssl.js'

const PASSWORD = 'Structures-Pass-3'
const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  secretBag: '1.2.840.113549.1.12.10.1.5',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
}
let leaf: SelfSignedCert

beforeAll(() => {
  leaf = makeSelfSignedCert({ commonName: 'structures' })
})
afterAll(removeTempDirs)

const pfx = (password: string, args: string[] = []) => Buffer.from(makePfx(leaf.certPem, leaf.keyPem, password, { args }), 'base64')

/** The bags of a file openssl wrote with nothing encrypted and no MAC: its certificate bag and key bag. */
function clearBags(): Buffer[] {
  const file = pfx(PASSWORD, ['-nomac', '-certpbe', 'NONE', '-keypbe', 'NONE'])
  return authSafeOf(file).children.flatMap((info) => parseDer(info.children[1]!.children[0]!.content).children.map((bag) => bag.encoded))
}

const bag = (type: string, value: Buffer): Buffer => sequenceOf(oidBytes(type), tlv(0xa0, value))

const SALT = Buffer.from('5a17ed5a17ed5a17', 'hex')
const IV = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')
const ITERATIONS = 2048

/** PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, as OpenSSL 3 writes it. */
const PBES2_AES = sequenceOf(
  oidBytes('1.2.840.113549.1.5.13'),
  sequenceOf(
    sequenceOf(oidBytes('1.2.840.113549.1.5.12'), sequenceOf(octetString(SALT), integer(ITERATIONS), sequenceOf(oidBytes('1.2.840.113549.2.9'), Buffer.from([0x05, 0x00])))),
    sequenceOf(oidBytes('2.16.840.1.101.3.4.1.42'), octetString(IV)),
  ),
)

/** `plain` encrypted under PBES2_AES with `password`, by openssl. */
function opensslAes(plain: Buffer, password: string): Buffer {
  const args = ['-aes-256-cbc', '-pbkdf2', '-iter', String(ITERATIONS), '-md', 'sha256', '-S', SALT.toString('hex'), '-iv', IV.toString('hex')]
  return openssl(['enc', ...args, '-pass', `pass:${password}`], { input: plain })
}

/** An encryptedData ContentInfo; `encryptedContent` is the whole [0] element. */
const encryptedInfo = (encryptedContent: Buffer): Buffer =>
  sequenceOf(oidBytes(OID.encryptedData), tlv(0xa0, sequenceOf(integer(0), sequenceOf(oidBytes(OID.data), PBES2_AES, encryptedContent))))

/** What `openssl pkcs12` finds in a file: the PEM blocks it prints. */
function opensslReads(file: Buffer, password: string, args: string[] = ['-nomacver']): string {
  return openssl(['pkcs12', '-passin', `pass:${password}`, '-nodes', ...args], { input: file }).toString()
}

describe('bags the reader walks into or skips', () => {
  it('finds a key and certificate inside a nested SafeContents bag, past a secret bag it skips', () => {
    const secret = bag(OID.secretBag, sequenceOf(oidBytes('1.2.840.113549.1.12.10.1.1'), tlv(0xa0, octetString(Buffer.from('not for us')))))
    const file = pfxWithoutMac(dataContentInfo(sequenceOf(secret, bag(OID.safeContentsBag, sequenceOf(...clearBags())))))
    expect(opensslReads(file, PASSWORD)).toMatch(/BEGIN PRIVATE KEY[\s\S]*BEGIN CERTIFICATE|BEGIN CERTIFICATE[\s\S]*BEGIN PRIVATE KEY/)

    const contents = parsePkcs12(file, PASSWORD)
    expect(contents.privateKeys).toHaveLength(1)
    expect(contents.certificates.map((der) => der.toString('base64'))).toEqual([certDerBase64(leaf.certPem)])
    expect(contents.encryption).toBe('other')
  })
})

describe('an encrypted safe', () => {
  const safeContents = () => sequenceOf(...clearBags())

  it('is read whether its ciphertext is one OCTET STRING or BER pieces of one', () => {
    const ciphertext = opensslAes(safeContents(), PASSWORD)
    const half = 32
    const pieces = tlv(0xa0, octetString(ciphertext.subarray(0, half)), octetString(ciphertext.subarray(half)))
    for (const encryptedContent of [tlv(0x80, ciphertext), pieces]) {
      const file = pfxWithoutMac(encryptedInfo(encryptedContent))
      expect(opensslReads(file, PASSWORD)).toContain('BEGIN PRIVATE KEY')
      const contents = parsePkcs12(file, PASSWORD)
      expect([contents.certificates.length, contents.privateKeys.length, contents.encryption]).toEqual([1, 1, 'aes-pbes2'])
    }
  })

  it('whose BER pieces are not OCTET STRINGs is malformed', () => {
    const file = pfxWithoutMac(encryptedInfo(tlv(0xa0, integer(7))))
    expect(() => parsePkcs12(file, PASSWORD)).toThrow(
      expect.objectContaining({ reason: 'not-pkcs12', message: 'the PKCS#12 file is malformed (encryptedContent: expected an OCTET STRING)' }),
    )
  })

  // A wrong key leaves valid padding about once in 256 tries; what it decrypts to is then noise.
  it('that decrypts with valid padding to something that is not DER: a wrong password', () => {
    const file = pfxWithoutMac(encryptedInfo(tlv(0x80, opensslAes(Buffer.from('noise, not DER'), PASSWORD))))
    expect(() => parsePkcs12(file, PASSWORD)).toThrow(
      expect.objectContaining({ reason: 'wrong-password', message: 'the PKCS#12 contents did not decrypt with this password (decrypted SafeContents are not DER)' }),
    )
  })

  it('that fails its padding: a wrong password', () => {
    const file = pfxWithoutMac(encryptedInfo(tlv(0x80, opensslAes(safeContents(), PASSWORD))))
    expect(() => parsePkcs12(file, 'not the password')).toThrow(
      expect.objectContaining({ reason: 'wrong-password', message: 'the PKCS#12 contents did not decrypt with this password (bad padding)' }),
    )
  })
})

describe('a shrouded key', () => {
  it('that decrypts with valid padding to DER that is no PKCS#8 key: a wrong password, not a malformed file', () => {
    const notAKey = sequenceOf(integer(1), octetString(Buffer.from('noise')))
    const shrouded = bag(OID.pkcs8ShroudedKeyBag, sequenceOf(PBES2_AES, octetString(opensslAes(notAKey, PASSWORD))))
    expect(() => parsePkcs12(pfxWithoutMac(dataContentInfo(sequenceOf(shrouded))), PASSWORD)).toThrow(
      expect.objectContaining({ reason: 'wrong-password', message: 'the PKCS#12 contents did not decrypt with this password (decrypted private key is not PKCS#8)' }),
    )
  })
})

describe('a MAC keyed with the empty password', () => {
  /** The MAC key as `openssl kdf` derives it from the raw password bytes `hexPassword` (BMPString, or nothing). */
  function macKey(mac: Asn1, hexPassword: string): string {
    const [, salt, iterations] = mac.children
    const args = ['-keylen', '32', '-kdfopt', 'digest:SHA256', '-kdfopt', `hexpass:${hexPassword}`, '-kdfopt', `hexsalt:${salt!.content.toString('hex')}`]
    args.push('-kdfopt', `iter:${parseInt(iterations!.content.toString('hex'), 16)}`, '-kdfopt', 'id:3', 'PKCS12KDF')
    return openssl(['kdf', ...args]).toString().replace(/[:\s]/g, '')
  }

  /** `file` with its MAC recomputed by openssl under the other empty password: no bytes at all instead of the BMPString terminator. */
  function withNullPasswordMac(file: Buffer): Buffer {
    const mac = parseDer(file).children[2]!
    const digest = mac.children[0]!.children[1]!
    const authSafe = authSafeOf(file).encoded
    const hmac = (key: string) => openssl(['mac', '-digest', 'SHA256', '-macopt', `hexkey:${key}`, '-binary', 'HMAC'], { input: authSafe })
    // The file as openssl wrote it is keyed with the terminator (00 00); the copy without it.
    expect(hmac(macKey(mac, '0000'))).toEqual(digest.content)
    const copy = Buffer.from(file)
    hmac(macKey(mac, '')).copy(copy, digest.content.byteOffset - file.byteOffset)
    return copy
  }

  it('opens with an empty password whichever of the two empty encodings keyed the MAC', () => {
    const written = pfx('')
    const rewritten = withNullPasswordMac(written)
    expect(rewritten.equals(written)).toBe(false)
    expect(opensslReads(rewritten, '', [])).toContain('BEGIN PRIVATE KEY')

    for (const file of [written, rewritten]) {
      const contents = parsePkcs12(file, '')
      expect([contents.certificates.length, contents.privateKeys.length]).toEqual([1, 1])
    }
  })
})

describe('looksLikePkcs12', () => {
  const VERSION_3 = '020103'

  it('says yes to a PFX and no to everything else', () => {
    const file = pfx(PASSWORD)
    expect(looksLikePkcs12(file)).toBe(true)
    // A version other than 3, an authSafe that is no PKCS#7 content type, something that is not DER at all.
    expect(looksLikePkcs12(swapped(file, VERSION_3, '020102'))).toBe(false)
    expect(looksLikePkcs12(swapped(file, '06092a864886f70d010701', '06092a864886f70d010901'))).toBe(false)
    expect(looksLikePkcs12(Buffer.from('not a PFX'))).toBe(false)
  })

  it('a PFX of another version is refused as no PKCS#12 file', () => {
    expect(() => parsePkcs12(swapped(pfx(PASSWORD), VERSION_3, '020102'), PASSWORD)).toThrow(
      expect.objectContaining({ reason: 'not-pkcs12', message: 'the data is not a PKCS#12 file (PFX version is not 3)' }),
    )
  })
})
