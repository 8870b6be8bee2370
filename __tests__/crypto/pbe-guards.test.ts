/**
 * PBES2 decryption built by hand around node:crypto, so each guard can be reached alone: PKCS#7
 * padding, iteration bounds, key length, PRF and cipher choice, block and IV sizes.
 */
import { describe, expect, it } from '@jest/globals'
import { createCipheriv, pbkdf2Sync } from 'node:crypto'
import { parseDer } from '../../src/crypto/der.js'
import { integer, octetString, oidBytes, sequenceOf, tlv } from '../helpers/der-builder.js'
import { BadDecryptError, UnsupportedAlgorithmError, bmpPassword, describeEncryption, iterationCount, pbeDecrypt } from '../../src/crypto/pbe.js'

const PASSWORD = 'pbe-pass'
const SALT = Buffer.from('0102030405060708', 'hex')
const IV = Buffer.alloc(16, 9)
const AES128 = '2.16.840.1.101.3.4.1.2'
const HMAC_SHA256 = '1.2.840.113549.2.9'

interface Pbes2 {
  iterations?: number
  /** A number, or the raw DER element for one that is not a valid INTEGER. */
  keyLength?: number | Buffer
  /** The PRF's OID, null for none (the SHA-1 default), or a raw DER element in its place. */
  prf?: string | null | Buffer
  kdf?: string
  cipher?: string
  iv?: Buffer
}

function pbes2({ iterations = 3, keyLength, prf = HMAC_SHA256, kdf = '1.2.840.113549.1.5.12', cipher = AES128, iv = IV }: Pbes2 = {}) {
  const element = (value: number | Buffer) => (typeof value === 'number' ? integer(value) : value)
  const prfElement = (value: string | Buffer) => (typeof value === 'string' ? sequenceOf(oidBytes(value), tlv(0x05)) : value)
  const kdfParameters = sequenceOf(octetString(SALT), integer(iterations), ...(keyLength === undefined ? [] : [element(keyLength)]), ...(prf === null ? [] : [prfElement(prf)]))
  return parseDer(sequenceOf(oidBytes('1.2.840.113549.1.5.13'), sequenceOf(sequenceOf(oidBytes(kdf), kdfParameters), sequenceOf(oidBytes(cipher), octetString(iv)))))
}

/** CBC encryption by node:crypto, padding left to the caller. */
function encryptCbc(cipherName: string, key: Buffer, iv: Buffer, padded: Buffer): Buffer {
  const cipher = createCipheriv(cipherName, key, iv)
  cipher.setAutoPadding(false)
  return Buffer.concat([cipher.update(padded), cipher.final()])
}

/** AES-128-CBC under the PBKDF2 key, padding left to the caller. */
const encrypt = (padded: Buffer, digest = 'sha256', iterations = 3): Buffer =>
  encryptCbc('aes-128-cbc', pbkdf2Sync(PASSWORD, SALT, iterations, 16, digest), IV, padded)
const decrypt = (data: Buffer, options: Pbes2 = {}) => pbeDecrypt(pbes2(options), data, PASSWORD, bmpPassword(PASSWORD))
const padded = (text: string, padding: number[]) => Buffer.concat([Buffer.from(text), Buffer.from(padding)])

describe('PKCS#7 padding', () => {
  it('removes one to sixteen padding bytes', () => {
    expect(decrypt(encrypt(padded('fifteen bytes!!', [1])))).toEqual(Buffer.from('fifteen bytes!!'))
    expect(decrypt(encrypt(padded('', Array(16).fill(16))))).toEqual(Buffer.alloc(0))
    expect(decrypt(encrypt(padded('fourteen bytes', [2, 2])))).toEqual(Buffer.from('fourteen bytes'))
  })

  it.each([
    ['a zero count', padded('fifteen bytes!!', [0])],
    ['a count above the block size', padded('fifteen bytes!!', [17])],
    ['padding bytes that differ from the count', padded('fourteen bytes', [3, 2])],
    ['a count that reaches into the text', padded('thirteen byte', [9, 3, 3])],
  ])('refuses %s', (_, plain) => {
    expect(() => decrypt(encrypt(plain))).toThrow(new BadDecryptError('bad padding'))
  })
})

describe('PKCS#7 padding of an 8-byte block cipher', () => {
  it('refuses a count above 8 even when the bytes before it agree', () => {
    const DES3 = '1.2.840.113549.3.7'
    const iv = Buffer.alloc(8, 5)
    const seal = (plain: Buffer) => encryptCbc('des-ede3-cbc', pbkdf2Sync(PASSWORD, SALT, 3, 24, 'sha256'), iv, plain)
    expect(decrypt(seal(padded('seven b', [1])), { cipher: DES3, iv })).toEqual(Buffer.from('seven b'))
    expect(() => decrypt(seal(padded('seven b', Array(9).fill(9))), { cipher: DES3, iv })).toThrow(new BadDecryptError('bad padding'))
  })
})

describe('errors', () => {
  it('name themselves and the algorithm', () => {
    const unknownPbe = parseDer(sequenceOf(oidBytes('1.2.840.113549.1.12.1.9'), sequenceOf(octetString(SALT), integer(1))))
    expect(() => pbeDecrypt(unknownPbe, Buffer.alloc(8), PASSWORD, bmpPassword(PASSWORD))).toThrow(
      expect.objectContaining({ name: 'UnsupportedAlgorithmError', algorithm: '1.2.840.113549.1.12.1.9', message: 'unsupported algorithm 1.2.840.113549.1.12.1.9' }),
    )
    expect(() => decrypt(Buffer.alloc(15))).toThrow(expect.objectContaining({ name: 'BadDecryptError' }))
  })

  it('RC2 ciphertext that is not whole blocks is a decryption failure, like any other cipher', () => {
    const rc2 = parseDer(sequenceOf(oidBytes('1.2.840.113549.1.12.1.6'), sequenceOf(octetString(SALT), integer(1))))
    for (const length of [0, 12]) {
      expect(() => pbeDecrypt(rc2, Buffer.alloc(length), PASSWORD, bmpPassword(PASSWORD))).toThrow(new BadDecryptError('ciphertext is not a whole number of blocks'))
    }
  })
})

describe('PBES2 parameters', () => {
  it('takes hmacWithSHA1 when no PRF is given, and refuses one it does not know', () => {
    expect(decrypt(encrypt(padded('fifteen bytes!!', [1]), 'sha1'), { prf: null })).toEqual(Buffer.from('fifteen bytes!!'))
    expect(() => decrypt(encrypt(padded('fifteen bytes!!', [1])), { prf: '1.2.840.113549.2.99' })).toThrow(new UnsupportedAlgorithmError('PBKDF2 PRF 1.2.840.113549.2.99'))
  })

  it('accepts a key length that fits the cipher, refuses one that does not', () => {
    expect(decrypt(encrypt(padded('fifteen bytes!!', [1])), { keyLength: 16 })).toEqual(Buffer.from('fifteen bytes!!'))
    expect(() => decrypt(encrypt(padded('fifteen bytes!!', [1])), { keyLength: 32 })).toThrow('PBKDF2 key length does not fit the cipher')
    expect(() => decrypt(Buffer.alloc(16), { keyLength: Buffer.from([0x02, 0x01, 0x80]) })).toThrow('PBKDF2 key length: negative INTEGER')
  })

  it('refuses a PRF whose SEQUENCE tag is not constructed', () => {
    expect(() => decrypt(Buffer.alloc(16), { prf: Buffer.from([0x10, 0x00]) })).toThrow('PBKDF2 PRF: expected a SEQUENCE')
  })

  it('refuses a key derivation and a cipher it does not know', () => {
    expect(() => decrypt(Buffer.alloc(16), { kdf: '1.3.6.1.4.1.11591.4.11' })).toThrow(new UnsupportedAlgorithmError('PBES2 key derivation 1.3.6.1.4.1.11591.4.11'))
    expect(() => decrypt(Buffer.alloc(16), { cipher: '2.16.840.1.101.3.4.1.6' })).toThrow(new UnsupportedAlgorithmError('PBES2 cipher 2.16.840.1.101.3.4.1.6'))
  })

  it('refuses ciphertext that is not whole blocks, and an IV of the wrong size as malformed', () => {
    expect(() => decrypt(Buffer.alloc(15))).toThrow(new BadDecryptError('ciphertext is not a whole number of blocks'))
    // Whole 8-byte blocks but not whole AES blocks.
    expect(() => decrypt(Buffer.alloc(24))).toThrow(new BadDecryptError('ciphertext is not a whole number of blocks'))
    expect(() => decrypt(Buffer.alloc(0))).toThrow(new BadDecryptError('ciphertext is not a whole number of blocks'))
    expect(() => decrypt(Buffer.alloc(16), { iv: Buffer.alloc(8) })).toThrow('invalid aes-128-cbc parameters')
  })

  it('uses the iteration count it reads', () => {
    expect(decrypt(encrypt(padded('fifteen bytes!!', [1]), 'sha256', 300), { iterations: 300 })).toEqual(Buffer.from('fifteen bytes!!'))
  })

  it('names the scheme', () => {
    expect(describeEncryption(pbes2())).toBe('PBES2/aes-128-cbc')
    expect(describeEncryption(pbes2({ cipher: '1.2.3.4' }))).toBe('PBES2/1.2.3.4')
    expect(describeEncryption(parseDer(sequenceOf(oidBytes('1.2.840.113549.1.12.1.6'))))).toBe('pbeWithSHAAnd40BitRC2-CBC')
    expect(describeEncryption(parseDer(sequenceOf(oidBytes('1.2.3'))))).toBe('1.2.3')
  })
})

describe('iterationCount', () => {
  it.each([
    [1, 1],
    [10_000_000, 10_000_000],
  ])('accepts %i', (count, expected) => {
    expect(iterationCount(parseDer(integer(count)), 'it')).toBe(expected)
  })

  it.each([0, 10_000_001])('refuses %i', (count) => {
    expect(() => iterationCount(parseDer(integer(count)), 'it')).toThrow(`it: iteration count ${count} is out of range`)
  })
})

describe('bmpPassword', () => {
  it('is UTF-16BE with a two-byte terminator; null is empty', () => {
    expect(bmpPassword('a€')).toEqual(Buffer.from([0x00, 0x61, 0x20, 0xac, 0x00, 0x00]))
    expect(bmpPassword('')).toEqual(Buffer.from([0x00, 0x00]))
    expect(bmpPassword(null)).toEqual(Buffer.alloc(0))
  })
})
