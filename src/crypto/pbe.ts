/**
 * Password-based decryption as PKCS#12 files use it: PBES2 (RFC 8018; what `openssl pkcs12
 * -export` writes since OpenSSL 3) and the older PKCS#12 PBE schemes (RFC 7292 appendix B+C;
 * what `-legacy` and Windows write). Everything runs on node:crypto except RC2 (rc2.ts).
 */
import { createDecipheriv, createHash, pbkdf2Sync } from 'node:crypto'
import { type Asn1, Asn1Error, isInteger, isSequence, octets, oid, sequence, smallInteger } from './der.js'
import { rc2CbcDecrypt } from './rc2.js'

/** The ciphertext did not decrypt: with a verified MAC this means an unusual password encoding. */
export class BadDecryptError extends Error {
  override readonly name = 'BadDecryptError'
}

/** An algorithm this reader does not implement; `algorithm` is safe to show. */
export class UnsupportedAlgorithmError extends Error {
  override readonly name = 'UnsupportedAlgorithmError'
  constructor(readonly algorithm: string) {
    super(`unsupported algorithm ${algorithm}`)
  }
}

export const OID_PBES2 = '1.2.840.113549.1.5.13'
const OID_PBKDF2 = '1.2.840.113549.1.5.12'

/** PKCS#12 PBE schemes (RFC 7292 appendix C) → cipher; all derive keys with SHA-1. */
const PKCS12_PBE: Record<string, { name: string; cipher: 'des-ede3' | 'des-ede' | 'rc2'; keyLength: number }> = {
  '1.2.840.113549.1.12.1.3': { name: 'pbeWithSHAAnd3-KeyTripleDES-CBC', cipher: 'des-ede3', keyLength: 24 },
  '1.2.840.113549.1.12.1.4': { name: 'pbeWithSHAAnd2-KeyTripleDES-CBC', cipher: 'des-ede', keyLength: 16 },
  '1.2.840.113549.1.12.1.5': { name: 'pbeWithSHAAnd128BitRC2-CBC', cipher: 'rc2', keyLength: 16 },
  '1.2.840.113549.1.12.1.6': { name: 'pbeWithSHAAnd40BitRC2-CBC', cipher: 'rc2', keyLength: 5 },
}
export const OID_PBE_SHA1_3DES = '1.2.840.113549.1.12.1.3'

const PBKDF2_PRF: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
}

const PBES2_CIPHER: Record<string, { name: string; keyLength: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
}

/** SHA-1 for the PKCS#12 KDF: what every PKCS#12 PBE scheme and the legacy MAC use. */
export const PKCS12_SHA1 = { name: 'sha1', blockSize: 64 }

/** Hashes the PKCS#12 KDF and MAC may use, with their input block size `v` (RFC 7292 B.2). */
export const PKCS12_HASH: Record<string, { name: string; blockSize: number }> = {
  '1.3.14.3.2.26': PKCS12_SHA1,
  '2.16.840.1.101.3.4.2.4': { name: 'sha224', blockSize: 64 },
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', blockSize: 64 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', blockSize: 128 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', blockSize: 128 },
}

// Files in the wild use 1 to a few hundred thousand; this bound stops a corrupt count from
// keeping the runner busy for hours.
const MAX_ITERATIONS = 10_000_000

export function iterationCount(element: Asn1 | undefined, what: string): number {
  const count = smallInteger(element, what)
  if (count < 1 || count > MAX_ITERATIONS) throw new Asn1Error(`${what}: iteration count ${count} is out of range`)
  return count
}

/**
 * The password as the PKCS#12 KDF wants it: a BMPString (UTF-16BE) with a two-byte terminator.
 * `null` gives the empty encoding that some writers use for "no password" (OpenSSL tries both).
 */
export function bmpPassword(password: string | null): Buffer {
  if (password === null) return Buffer.alloc(0)
  return Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)])
}

/** RFC 7292 appendix B.2. `id` 1 = key, 2 = IV, 3 = MAC key. */
export function pkcs12Kdf(
  hash: { name: string; blockSize: number },
  password: Buffer,
  salt: Buffer,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
): Buffer {
  const v = hash.blockSize
  const repeatToBlocks = (data: Buffer): Buffer => {
    const size = v * Math.ceil(data.length / v)
    const out = Buffer.alloc(size)
    // Stryker disable next-line EqualityOperator: one more turn writes past the Buffer's end, which Node ignores
    for (let i = 0; i < size; i++) out[i] = data[i % data.length] ?? 0
    return out
  }
  const diversifier = Buffer.alloc(v, id)
  const input = Buffer.concat([repeatToBlocks(salt), repeatToBlocks(password)])
  const output: Buffer[] = []
  let produced = 0
  for (;;) {
    let a = createHash(hash.name).update(diversifier).update(input).digest()
    for (let i = 1; i < iterations; i++) a = createHash(hash.name).update(a).digest()
    output.push(a)
    produced += a.length
    // Stryker disable next-line EqualityOperator: one more block is hashed and then cut off by subarray
    if (produced >= length) break
    // I_j = (I_j + B + 1) mod 2^(8v), B = A repeated to v bytes, for each v-byte block I_j.
    const b = Buffer.alloc(v)
    // Stryker disable next-line EqualityOperator: one more turn writes past the Buffer's end, which Node ignores
    for (let i = 0; i < v; i++) b[i] = a[i % a.length] ?? 0
    // Stryker disable next-line EqualityOperator: a block starting at the end only writes past the Buffer's end, which Node ignores
    for (let block = 0; block < input.length; block += v) {
      let carry = 1
      for (let i = v - 1; i >= 0; i--) {
        const sum = (input[block + i] ?? 0) + (b[i] ?? 0) + carry
        input[block + i] = sum & 0xff
        carry = sum >> 8
      }
    }
  }
  return Buffer.concat(output).subarray(0, length)
}

/** An encryption AlgorithmIdentifier: its scheme OID and the scheme's parameters. */
export function encryptionAlgorithm(algorithm: Asn1 | undefined): { scheme: string; parameters: Asn1 | undefined } {
  const [algorithmId, parameters] = sequence(algorithm, 'encryption algorithm')
  return { scheme: oid(algorithmId, 'encryption algorithm'), parameters }
}

/** PBES2-params ::= SEQUENCE { keyDerivationFunc, encryptionScheme }, with the cipher's OID and IV. */
function pbes2Parameters(parameters: Asn1 | undefined): { kdf: Asn1 | undefined; cipherOid: string; iv: Asn1 | undefined } {
  const [kdf, scheme] = sequence(parameters, 'PBES2 parameters')
  const [cipherId, iv] = sequence(scheme, 'PBES2 encryption scheme')
  return { kdf, cipherOid: oid(cipherId, 'PBES2 encryption scheme'), iv }
}

/** A readable name for an encryption AlgorithmIdentifier, for the caller's diagnostics. */
export function describeEncryption(algorithm: Asn1 | undefined): string {
  const { scheme, parameters } = encryptionAlgorithm(algorithm)
  if (scheme === OID_PBES2) {
    const { cipherOid } = pbes2Parameters(parameters)
    return `PBES2/${PBES2_CIPHER[cipherOid]?.name ?? cipherOid}`
  }
  return PKCS12_PBE[scheme]?.name ?? scheme
}

/**
 * Decrypts `data` under the AlgorithmIdentifier `algorithm`. PBES2 takes the password as UTF-8
 * bytes, the PKCS#12 schemes as BMPString (`bmp`): the same rules OpenSSL follows.
 */
export function pbeDecrypt(algorithm: Asn1 | undefined, data: Buffer, password: string, bmp: Buffer): Buffer {
  const { scheme: algorithmOid, parameters } = encryptionAlgorithm(algorithm)
  // Buffer.from encodes a string as UTF-8.
  if (algorithmOid === OID_PBES2) return pbes2Decrypt(parameters, data, Buffer.from(password))

  const scheme = PKCS12_PBE[algorithmOid]
  if (scheme === undefined) throw new UnsupportedAlgorithmError(algorithmOid)
  const [salt, iterations] = sequence(parameters, `${scheme.name} parameters`)
  const saltBytes = octets(salt, `${scheme.name} salt`)
  const count = iterationCount(iterations, `${scheme.name} iterations`)
  const key = pkcs12Kdf(PKCS12_SHA1, bmp, saltBytes, 1, count, scheme.keyLength)
  const iv = pkcs12Kdf(PKCS12_SHA1, bmp, saltBytes, 2, count, 8)
  switch (scheme.cipher) {
    case 'des-ede3':
      return decryptCbc('des-ede3-cbc', key, iv, data)
    case 'des-ede':
      // Two-key triple DES is three-key triple DES with K3 = K1.
      return decryptCbc('des-ede3-cbc', Buffer.concat([key, key.subarray(0, 8)]), iv, data)
    case 'rc2':
      requireWholeBlocks(data, 8)
      return unpad(rc2CbcDecrypt(key, key.length * 8, iv, data), 8)
  }
}

function pbes2Decrypt(parameters: Asn1 | undefined, data: Buffer, password: Buffer): Buffer {
  const { kdf, cipherOid, iv: ivElement } = pbes2Parameters(parameters)
  const [kdfId, kdfParameters] = sequence(kdf, 'PBES2 key derivation')
  const kdfOid = oid(kdfId, 'PBES2 key derivation')
  if (kdfOid !== OID_PBKDF2) throw new UnsupportedAlgorithmError(`PBES2 key derivation ${kdfOid}`)

  // PBKDF2-params ::= SEQUENCE { salt, iterationCount, keyLength OPTIONAL, prf DEFAULT hmacWithSHA1 }
  const fields = [...sequence(kdfParameters, 'PBKDF2 parameters')]
  const salt = octets(fields.shift(), 'PBKDF2 salt')
  const iterations = iterationCount(fields.shift(), 'PBKDF2 iterations')
  const keyLength = isInteger(fields[0]) ? smallInteger(fields.shift(), 'PBKDF2 key length') : undefined
  let digest = 'sha1'
  if (isSequence(fields[0])) {
    const prfOid = oid(sequence(fields[0], 'PBKDF2 PRF')[0], 'PBKDF2 PRF')
    const prf = PBKDF2_PRF[prfOid]
    if (prf === undefined) throw new UnsupportedAlgorithmError(`PBKDF2 PRF ${prfOid}`)
    digest = prf
  }

  const cipher = PBES2_CIPHER[cipherOid]
  if (cipher === undefined) throw new UnsupportedAlgorithmError(`PBES2 cipher ${cipherOid}`)
  if (keyLength !== undefined && keyLength !== cipher.keyLength) {
    throw new Asn1Error('PBKDF2 key length does not fit the cipher')
  }
  const iv = octets(ivElement, 'PBES2 IV')
  return decryptCbc(cipher.name, pbkdf2Sync(password, salt, iterations, cipher.keyLength, digest), iv, data)
}

function requireWholeBlocks(data: Buffer, blockSize: number): void {
  if (data.length === 0 || data.length % blockSize !== 0) throw new BadDecryptError('ciphertext is not a whole number of blocks')
}

/** CBC decryption on node:crypto, then the PKCS#7 padding check. */
function decryptCbc(cipherName: string, key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const blockSize = cipherName.startsWith('aes') ? 16 : 8
  requireWholeBlocks(data, blockSize)
  let decipher
  try {
    decipher = createDecipheriv(cipherName, key, iv)
  } catch {
    // A wrong IV length: the file is malformed, not the password wrong.
    throw new Asn1Error(`invalid ${cipherName} parameters`)
  }
  decipher.setAutoPadding(false)
  return unpad(Buffer.concat([decipher.update(data), decipher.final()]), blockSize)
}

/**
 * PKCS#7 padding check: with a wrong key it fails about 255 times in 256. `plain` is whole
 * blocks (or empty, count 0), so a count within the block size is within the data.
 */
function unpad(plain: Buffer, blockSize: number): Buffer {
  const count = plain[plain.length - 1] ?? 0
  if (count < 1 || count > blockSize) throw new BadDecryptError('bad padding')
  for (let i = plain.length - count; i < plain.length; i++) {
    if (plain[i] !== count) throw new BadDecryptError('bad padding')
  }
  return plain.subarray(0, plain.length - count)
}
