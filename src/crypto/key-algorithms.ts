/**
 * Names of key and encryption algorithms, for messages that say why a certificate or key cannot
 * be used. Node names what it can read; for what it cannot (GOST, legacy ciphers), the OID in the
 * DER is looked up here.
 */
import type { KeyObject } from 'node:crypto'
import { Asn1Error, isContextTag, oid, parseDer, sequence } from './der.js'
import { describeEncryption } from './pbe.js'

/** 'RSA', 'RSA-PSS', 'EC (prime256v1)', 'DSA', 'Ed25519', … */
export function keyAlgorithmName(key: KeyObject): string {
  const type = key.asymmetricKeyType
  if (type === undefined) return 'not an asymmetric key'
  // Stryker disable next-line OptionalChaining: Node gives every asymmetric key its details (an empty object for Ed25519); `?.` is for the type only
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (type === 'ec') return curve === undefined ? 'EC' : `EC (${curve})`
  return KEY_TYPE_NAMES[type] ?? type.toUpperCase()
}

const KEY_TYPE_NAMES: Record<string, string> = {
  rsa: 'RSA',
  'rsa-pss': 'RSA-PSS',
  dsa: 'DSA',
  dh: 'DH',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
  x25519: 'X25519',
  x448: 'X448',
}

/** Public key algorithms Node (OpenSSL 3's default provider) cannot decode. */
const UNREADABLE_KEY_ALGORITHMS: Record<string, string> = {
  '1.2.643.2.2.19': 'GOST R 34.10-2001',
  '1.2.643.7.1.1.1.1': 'GOST R 34.10-2012 (256 bit)',
  '1.2.643.7.1.1.1.2': 'GOST R 34.10-2012 (512 bit)',
  '1.2.156.10197.1.301': 'SM2',
}

/** The public key algorithm of a DER certificate, named when known, else as its OID. */
export function certificateKeyAlgorithm(der: Buffer): string {
  try {
    // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
    const [tbs] = sequence(parseDer(der), 'Certificate')
    // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
    const fields = sequence(tbs, 'TBSCertificate')
    // version [0] is absent in v1 certificates: the key info is the 6th field after it.
    const spki = fields[isContextTag(fields[0], 0) ? 6 : 5]
    // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
    return namedOid(oid(sequence(sequence(spki, 'SubjectPublicKeyInfo')[0], 'algorithm')[0], 'algorithm'), UNREADABLE_KEY_ALGORITHMS)
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: the DER readers throw only Asn1Error; the guard keeps a bug's TypeError from passing as an unreadable algorithm
    if (error instanceof Asn1Error) return 'an algorithm that could not be read'
    throw error
  }
}

/** The algorithm of an unencrypted PKCS#8 key (PrivateKeyInfo: version, algorithm, key). */
export function pkcs8KeyAlgorithm(der: Buffer): string | undefined {
  try {
    // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
    const [, algorithm] = sequence(parseDer(der), 'PrivateKeyInfo')
    // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
    return namedOid(oid(sequence(algorithm, 'algorithm')[0], 'algorithm'), UNREADABLE_KEY_ALGORITHMS)
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: the DER readers throw only Asn1Error; the guard keeps a bug's TypeError from passing as an unreadable algorithm
    if (error instanceof Asn1Error) return undefined
    throw error
  }
}

/** Ciphers and PBE schemes OpenSSL 3 keeps in its legacy provider, which Node does not load. */
const LEGACY_ENCRYPTION: Record<string, string> = {
  '1.3.14.3.2.7': 'des-cbc',
  '1.2.840.113549.3.2': 'rc2-cbc',
  '1.2.840.113549.1.5.1': 'pbeWithMD2AndDES-CBC',
  '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
  '1.2.840.113549.1.5.4': 'pbeWithMD2AndRC2-CBC',
  '1.2.840.113549.1.5.6': 'pbeWithMD5AndRC2-CBC',
  '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
  '1.2.840.113549.1.5.11': 'pbeWithSHA1AndRC2-CBC',
}

/** The scheme of an EncryptedPrivateKeyInfo, e.g. 'PBES2/des-cbc' or 'pbeWithSHAAnd40BitRC2-CBC'. */
export function pkcs8Encryption(der: Buffer): string | undefined {
  try {
    // Stryker disable next-line StringLiteral: structure names feed an Asn1Error this function turns into its own answer
    const [algorithm] = sequence(parseDer(der), 'EncryptedPrivateKeyInfo')
    // describeEncryption names what the PKCS#12 reader decrypts and leaves other schemes and
    // ciphers as dotted OIDs: those are named here (an OID's first arc is 0, 1 or 2).
    return describeEncryption(algorithm).replace(/[0-2](?:\.\d+){3,}/g, (found) => LEGACY_ENCRYPTION[found] ?? found)
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: the DER readers throw only Asn1Error; the guard keeps a bug's TypeError from passing as an unreadable algorithm
    if (error instanceof Asn1Error) return undefined
    throw error
  }
}

function namedOid(dotted: string, names: Record<string, string>): string {
  const name = names[dotted]
  return name === undefined ? `OID ${dotted}` : `${name} (OID ${dotted})`
}
