/**
 * Writes a PKCS#12 file the legacy way (RFC 7292 with pbeWithSHAAnd3-KeyTripleDES-CBC for the
 * key and the certificate, and an HMAC-SHA-1 MAC), as `openssl pkcs12 -export -legacy` does with
 * `-certpbe PBE-SHA1-3DES`. B2C is known to refuse AES-encrypted (PBES2) files, which is what
 * Key Vault and openssl 3 produce; node:crypto writes no PKCS#12 at all.
 */
import { createCipheriv, createHash, createHmac, randomBytes, type KeyObject } from 'node:crypto'
import { bmpPassword, OID_PBE_SHA1_3DES, PKCS12_SHA1, pkcs12Kdf } from './pbe.js'

const ITERATIONS = 2048
const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  sha1: '1.3.14.3.2.26',
}

/** DER of a PFX holding `privateKey` and `certificateDer`, encrypted and MACed with `password`. */
export function writeLegacyPkcs12(privateKey: KeyObject, certificateDer: Buffer, password: string): Buffer {
  const bmp = bmpPassword(password)
  const localKeyId = set(octetString(createHash('sha1').update(certificateDer).digest()))
  const attributes = set(sequence(oid(OID.localKeyId), localKeyId))
  const certBag = sequence(oid(OID.certBag), explicit(0, sequence(oid(OID.x509Certificate), explicit(0, octetString(certificateDer)))), attributes)
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' })
  const keyBag = sequence(oid(OID.pkcs8ShroudedKeyBag), explicit(0, encrypted(pkcs8, bmp)), attributes)

  const [algorithm, encryptedCertificates] = encryptedParts(sequence(certBag), bmp)
  const certificates = sequence(
    oid(OID.encryptedData),
    explicit(0, sequence(integer(0), sequence(oid(OID.data), algorithm, implicitOctets(0, encryptedCertificates)))),
  )
  const keys = sequence(oid(OID.data), explicit(0, octetString(sequence(keyBag))))
  const authenticatedSafe = sequence(certificates, keys)

  const macSalt = randomBytes(8)
  const macKey = pkcs12Kdf(PKCS12_SHA1, bmp, macSalt, 3, ITERATIONS, 20)
  const mac = createHmac('sha1', macKey).update(authenticatedSafe).digest()
  const macData = sequence(sequence(sequence(oid(OID.sha1), NULL), octetString(mac)), octetString(macSalt), integer(ITERATIONS))
  return sequence(integer(3), sequence(oid(OID.data), explicit(0, octetString(authenticatedSafe))), macData)
}

/** EncryptedPrivateKeyInfo-shaped: AlgorithmIdentifier, OCTET STRING. */
function encrypted(plain: Buffer, bmp: Buffer): Buffer {
  const [algorithm, data] = encryptedParts(plain, bmp)
  return sequence(algorithm, octetString(data))
}

function encryptedParts(plain: Buffer, bmp: Buffer): [Buffer, Buffer] {
  const salt = randomBytes(8)
  const key = pkcs12Kdf(PKCS12_SHA1, bmp, salt, 1, ITERATIONS, 24)
  const iv = pkcs12Kdf(PKCS12_SHA1, bmp, salt, 2, ITERATIONS, 8)
  const cipher = createCipheriv('des-ede3-cbc', key, iv)
  const data = Buffer.concat([cipher.update(plain), cipher.final()])
  return [sequence(oid(OID_PBE_SHA1_3DES), sequence(octetString(salt), integer(ITERATIONS))), data]
}

// ── a minimal DER writer: only what the structure above needs ───────────────────────────────

const NULL = Buffer.from([0x05, 0x00])

function tlv(tag: number, content: Buffer): Buffer {
  const length = content.length
  if (length < 0x80) return Buffer.concat([Buffer.from([tag, length]), content])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff)
  return Buffer.concat([Buffer.from([tag, 0x80 | bytes.length, ...bytes]), content])
}

function sequence(...elements: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(elements))
}

function set(...elements: Buffer[]): Buffer {
  return tlv(0x31, Buffer.concat(elements))
}

function explicit(tagNumber: number, element: Buffer): Buffer {
  return tlv(0xa0 | tagNumber, element)
}

function implicitOctets(tagNumber: number, data: Buffer): Buffer {
  return tlv(0x80 | tagNumber, data)
}

function octetString(data: Buffer): Buffer {
  return tlv(0x04, data)
}

function integer(value: number): Buffer {
  const bytes: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff)
  // Stryker disable next-line LogicalOperator: the writer's INTEGERs are 0, 3 and 2048, none with its high bit set; the zero keeps a larger one positive
  if (bytes.length === 0 || (bytes[0] ?? 0) & 0x80) bytes.unshift(0)
  return tlv(0x02, Buffer.from(bytes))
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number)
  const bytes = [first * 40 + second]
  for (const arc of rest) {
    const chunk: number[] = [arc & 0x7f]
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) chunk.unshift(0x80 | (value & 0x7f))
    bytes.push(...chunk)
  }
  return tlv(0x06, Buffer.from(bytes))
}
