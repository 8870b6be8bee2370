/** X.509 helpers: parsing PEM / DER with node's X509Certificate, thumbprints, validity. */
import { createHash, X509Certificate } from 'node:crypto'

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/

/** Parses the first CERTIFICATE block of a PEM that may also hold a private key. */
export function certificateFromPem(pem: string): X509Certificate {
  const block = CERT_BLOCK.exec(pem)
  if (!block) throw new Error('no CERTIFICATE block in PEM')
  return new X509Certificate(block[0])
}

export function sha1(der: Buffer): Buffer {
  return createHash('sha1').update(der).digest()
}

export function sha256(der: Buffer): Buffer {
  return createHash('sha256').update(der).digest()
}

/** SHA-1 thumbprint in upper-case hex, as Graph's customKeyIdentifier. */
export function thumbprintHex(cert: X509Certificate): string {
  return sha1(cert.raw).toString('hex').toUpperCase()
}

export function validity(cert: X509Certificate): { notBefore: Date; notAfter: Date } {
  return { notBefore: new Date(cert.validFrom), notAfter: new Date(cert.validTo) }
}

/** "CN=a, O=b": the display name Graph gives a key credential added without one. */
export function subjectDisplayName(cert: X509Certificate): string {
  return cert.subject.split('\n').join(', ')
}

/** Graph's date-time format: ISO 8601 in UTC without milliseconds. */
export function graphDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
