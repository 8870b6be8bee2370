/**
 * Opens a PKCS#12 (.pfx) file: verifies its MAC, decrypts its bags and returns the certificates
 * and private keys in it. This is the only module that knows the PKCS#12 layout (RFC 7292), so
 * the implementation can be swapped without touching its callers.
 *
 * Why our own walk and not a library: Node 24 cannot read PKCS#12, node-forge's reader (the
 * usual choice) fails on OpenSSL 3's default AES file when the password has non-ASCII
 * characters (it feeds PBKDF2 Latin-1 instead of UTF-8), and PKI.js has no PKCS#12 PBE at all.
 * The walk is small; MAC, KDFs, AES and 3DES run on node:crypto, RC2 on node-forge's module.
 *
 * Messages of the errors thrown here never carry secret material: they name structures and
 * algorithms only.
 */
import { createHmac, createPrivateKey, timingSafeEqual, type KeyObject } from 'node:crypto'
import { type Asn1, Asn1Error, explicit, isContextTag, octets, oid, parseDer, sequence, smallInteger } from './der.js'
import {
  BadDecryptError,
  OID_PBE_SHA1_3DES,
  OID_PBES2,
  PKCS12_HASH,
  UnsupportedAlgorithmError,
  bmpPassword,
  encryptionAlgorithm,
  iterationCount,
  pbeDecrypt,
  pkcs12Kdf,
} from './pbe.js'

/**
 * How the file protects its key: B2C is reported to refuse 'aes-pbes2' files even with the
 * right password (REFERENCE §1, AADB2C90213), so callers can suggest `openssl pkcs12 -legacy`.
 */
export type Pkcs12Encryption = 'legacy-3des' | 'aes-pbes2' | 'other'

export interface Pkcs12Contents {
  /** DER X.509 certificates, in file order. */
  certificates: Buffer[]
  privateKeys: KeyObject[]
  encryption: Pkcs12Encryption
}

export type Pkcs12Failure = 'not-pkcs12' | 'wrong-password' | 'unsupported'

export class Pkcs12Error extends Error {
  override readonly name = 'Pkcs12Error'
  constructor(
    readonly reason: Pkcs12Failure,
    message: string,
  ) {
    super(message)
  }
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  pbmac1: '1.2.840.113549.1.5.14',
} as const

/** Does the buffer look like a PKCS#12 file (so a caller can give a better hint)? */
export function looksLikePkcs12(der: Buffer): boolean {
  try {
    const { version, contentType } = pfxEnvelope(der)
    return version === 3 && contentType.startsWith('1.2.840.113549.1.7.')
  } catch {
    return false
  }
}

/** PFX ::= SEQUENCE { version, authSafe ContentInfo, macData OPTIONAL }, read as far as the authSafe's type. */
function pfxEnvelope(der: Buffer): { version: number; contentType: string; content: Asn1 | undefined; mac: Asn1 | undefined } {
  const [version, authSafeInfo, mac] = sequence(parseDer(der), 'PFX')
  const [contentType, content] = sequence(authSafeInfo, 'authSafe')
  return { version: smallInteger(version, 'PFX version'), contentType: oid(contentType, 'authSafe content type'), content, mac }
}

export function parsePkcs12(der: Buffer, password: string): Pkcs12Contents {
  let authSafe: Buffer
  let macData: Asn1 | undefined
  try {
    const { version, contentType, content, mac } = pfxEnvelope(der)
    if (version !== 3) throw new Asn1Error('PFX version is not 3')
    if (contentType !== OID.data) {
      // The public-key integrity mode (signedData) is legal but no tool in this field writes it.
      throw new Pkcs12Error('unsupported', 'the PKCS#12 file uses public-key integrity (signedData), which is not supported')
    }
    authSafe = octets(explicit(content, 0, 'authSafe content'), 'authSafe content')
    macData = mac
  } catch (error) {
    if (!(error instanceof Asn1Error)) throw error
    // Which structure failed tells a damaged file from data that never was PKCS#12.
    throw new Pkcs12Error('not-pkcs12', `the data is not a PKCS#12 file (${error.message})`)
  }

  try {
    const bmp = verifyMac(macData, authSafe, password)
    const found: Found = { certificates: [], privateKeys: [], pbes2: false, keySchemes: [] }
    const safes = sequence(parseDer(authSafe), 'AuthenticatedSafe')
    for (const safe of safes) readContentInfo(safe, password, bmp, found)
    return {
      certificates: found.certificates,
      privateKeys: found.privateKeys,
      encryption: classify(found),
    }
  } catch (error) {
    if (error instanceof UnsupportedAlgorithmError) {
      throw new Pkcs12Error('unsupported', `the PKCS#12 file uses an unsupported algorithm (${error.algorithm})`)
    }
    if (error instanceof BadDecryptError) {
      throw new Pkcs12Error('wrong-password', `the PKCS#12 contents did not decrypt with this password (${error.message})`)
    }
    // Stryker disable next-line ConditionalExpression: only Asn1Error is left to reach here; the guard keeps a bug's TypeError from passing as a damaged file
    if (error instanceof Asn1Error) throw new Pkcs12Error('not-pkcs12', `the PKCS#12 file is malformed (${error.message})`)
    throw error
  }
}

interface Found {
  certificates: Buffer[]
  privateKeys: KeyObject[]
  /** Whether a safe or a key is encrypted with PBES2 (AES, in OpenSSL 3's default). */
  pbes2: boolean
  /** The encryption scheme OID of each shrouded key; a key in a plain keyBag adds none. */
  keySchemes: string[]
}

function classify(found: Found): Pkcs12Encryption {
  if (found.pbes2) return 'aes-pbes2'
  const keys = found.privateKeys.length
  if (keys > 0 && found.keySchemes.length === keys && found.keySchemes.every((scheme) => scheme === OID_PBE_SHA1_3DES)) {
    return 'legacy-3des'
  }
  return 'other'
}

/** The scheme OID of an encryption AlgorithmIdentifier, noting PBES2 for `classify`. */
function encryptionScheme(algorithm: Asn1 | undefined, found: Found): string {
  const { scheme } = encryptionAlgorithm(algorithm)
  found.pbes2 ||= scheme === OID_PBES2
  return scheme
}

/**
 * Checks the password against the MAC, the only reliable "wrong password" signal. Returns the
 * BMPString encoding that matched: for an empty password OpenSSL accepts either the two-byte
 * terminator or nothing at all, so both are tried.
 */
function verifyMac(macData: Asn1 | undefined, authSafe: Buffer, password: string): Buffer {
  if (macData === undefined) return bmpPassword(password)
  const [digestInfo, saltElement, iterationsElement] = sequence(macData, 'MacData')
  const [algorithm, digestElement] = sequence(digestInfo, 'MAC DigestInfo')
  const algorithmOid = oid(sequence(algorithm, 'MAC algorithm')[0], 'MAC algorithm')
  if (algorithmOid === OID.pbmac1) throw new UnsupportedAlgorithmError('PBMAC1 integrity (RFC 9579)')
  const hash = PKCS12_HASH[algorithmOid]
  if (hash === undefined) throw new UnsupportedAlgorithmError(`MAC digest ${algorithmOid}`)
  const expected = octets(digestElement, 'MAC digest')
  const salt = octets(saltElement, 'MAC salt')
  // iterations INTEGER DEFAULT 1
  const iterations = iterationsElement === undefined ? 1 : iterationCount(iterationsElement, 'MAC iterations')

  const candidates = password === '' ? [bmpPassword(''), bmpPassword(null)] : [bmpPassword(password)]
  for (const bmp of candidates) {
    const digestLength = expected.length
    const key = pkcs12Kdf(hash, bmp, salt, 3, iterations, digestLength)
    const actual = createHmac(hash.name, key).update(authSafe).digest()
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return bmp
  }
  throw new Pkcs12Error('wrong-password', 'the PKCS#12 MAC does not verify with this password')
}

function readContentInfo(contentInfo: Asn1, password: string, bmp: Buffer, found: Found): void {
  const [contentType, content] = sequence(contentInfo, 'ContentInfo')
  const type = oid(contentType, 'ContentInfo type')
  if (type === OID.data) {
    readSafeContents(parseDer(octets(explicit(content, 0, 'data'), 'data')), password, bmp, found)
    return
  }
  if (type === OID.encryptedData) {
    // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo ::= SEQUENCE {
    //   contentType, contentEncryptionAlgorithm, encryptedContent [0] IMPLICIT OCTET STRING } }
    const [, encryptedContentInfo] = sequence(explicit(content, 0, 'encryptedData'), 'EncryptedData')
    const [, algorithm, encrypted] = sequence(encryptedContentInfo, 'EncryptedContentInfo')
    encryptionScheme(algorithm, found)
    if (!isContextTag(encrypted, 0)) throw new Asn1Error('encryptedContent: expected [0]')
    const plain = pbeDecrypt(algorithm, octets(encrypted, 'encryptedContent', 0), password, bmp)
    readSafeContents(decryptedDer(plain, 'SafeContents'), password, bmp, found)
    return
  }
  // envelopedData (public-key privacy) needs a private key we do not have.
  throw new UnsupportedAlgorithmError(`content type ${type}`)
}

/** Decrypted bytes that are not DER mean the key was wrong even though the padding looked right. */
function decryptedDer(plain: Buffer, what: string): Asn1 {
  try {
    return parseDer(plain)
  } catch {
    throw new BadDecryptError(`decrypted ${what} are not DER`)
  }
}

function readSafeContents(safeContents: Asn1, password: string, bmp: Buffer, found: Found): void {
  for (const bag of sequence(safeContents, 'SafeContents')) readSafeBag(bag, password, bmp, found)
}

function readSafeBag(bag: Asn1, password: string, bmp: Buffer, found: Found): void {
  const [bagId, bagValue] = sequence(bag, 'SafeBag')
  const type = oid(bagId, 'SafeBag type')
  const value = () => explicit(bagValue, 0, 'SafeBag value')
  switch (type) {
    case OID.keyBag:
      found.privateKeys.push(pkcs8Key(value().encoded, false))
      return
    case OID.pkcs8ShroudedKeyBag: {
      // EncryptedPrivateKeyInfo ::= SEQUENCE { encryptionAlgorithm, encryptedData OCTET STRING }
      const [algorithm, encrypted] = sequence(value(), 'EncryptedPrivateKeyInfo')
      found.keySchemes.push(encryptionScheme(algorithm, found))
      const plain = pbeDecrypt(algorithm, octets(encrypted, 'encryptedData'), password, bmp)
      found.privateKeys.push(pkcs8Key(plain, true))
      return
    }
    case OID.certBag: {
      const [certId, certValue] = sequence(value(), 'CertBag')
      // sdsiCertificate bags exist in theory only; skip anything that is not X.509.
      if (oid(certId, 'CertBag type') === OID.x509Certificate) {
        found.certificates.push(octets(explicit(certValue, 0, 'CertBag value'), 'CertBag value'))
      }
      return
    }
    case OID.safeContentsBag:
      readSafeContents(value(), password, bmp, found)
      return
    // crlBag, secretBag: nothing this action needs.
  }
}

function pkcs8Key(der: Buffer, decrypted: boolean): KeyObject {
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  } catch {
    // Decrypted bytes with valid padding that are no key: a wrong password in a file without MAC.
    if (decrypted) throw new BadDecryptError('decrypted private key is not PKCS#8')
    throw new Asn1Error('keyBag does not hold a PKCS#8 private key')
  }
}
