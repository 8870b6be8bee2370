/**
 * Certificates and keys as users give them in the workflow: `certificate` and `new-certificate`
 * (public certificate only), `client-certificate` and `proof-certificate` (certificate with its
 * private key), `pkcs12` (a .pfx for B2C). Everything node:crypto can do is done by it; only
 * the PKCS#12 container is opened by pkcs12.ts.
 *
 * Every failure is an InputError naming the input; its message never quotes what the user
 * gave, since that may be a key, a password or a PFX.
 */
import { X509Certificate, createHash, createPrivateKey, type KeyObject } from 'node:crypto'
import { InputError } from '../errors.js'
import { type Pkcs12Encryption, Pkcs12Error, looksLikePkcs12, parsePkcs12 } from './pkcs12.js'

export interface Certificate {
  der: Buffer
  /** SHA-1 of the DER, upper-case hex: Graph's `customKeyIdentifier` and the proof's `kid`. */
  thumbprint: string
  /** SHA-1 of the DER, base64url without padding: the proof's `x5t` header. */
  x5t: string
  notBefore: Date
  notAfter: Date
  /** One line, e.g. 'CN=app, O=Contoso'. */
  subject: string
  isRsa: boolean
}

export interface CertificateWithKey {
  certificate: Certificate
  privateKey: KeyObject
  /** certificate PEM + unencrypted PKCS#8 key PEM, for @azure/identity's ClientCertificateCredential */
  pem: string
}

export interface Pkcs12Certificate extends CertificateWithKey {
  encryption: Pkcs12Encryption
}

/** RS256 with a shorter key is refused by jose and by Entra ID alike. */
const MIN_RSA_BITS = 2048

/** A public certificate: PEM (the first CERTIFICATE block) or base64 DER, whitespace tolerated. */
export function loadCertificate(text: string, input: string): Certificate {
  const normalised = normalise(text)
  if (normalised === '') throw new InputError(input, 'is empty; give a PEM certificate or base64 DER')
  if (isPem(normalised)) {
    const block = pemBlocks(normalised).find((b) => b.label === 'CERTIFICATE')
    if (block === undefined) throw new InputError(input, 'is PEM but has no CERTIFICATE block')
    return describe(parseX509(block.text, input))
  }
  const der = decodeBase64(normalised)
  if (der === undefined) throw new InputError(input, 'is not a PEM certificate or base64 DER')
  if (looksLikePkcs12(der)) {
    throw new InputError(input, 'is a PKCS#12 (.pfx) file; give the public certificate only (PEM or base64 DER)')
  }
  return describe(parseX509(der, input))
}

/**
 * A certificate with its private key: PEM holding both (key as PKCS#8, PKCS#1, encrypted PKCS#8
 * or legacy encrypted PEM, decrypted with `password`), or base64 PKCS#12 with `password`. The
 * key must belong to the certificate and be RSA, since everything it signs here is RS256.
 */
export function loadCertificateWithKey(text: string, password: string | undefined, input: string): CertificateWithKey {
  const normalised = normalise(text)
  if (normalised === '') throw new InputError(input, 'is empty; give PEM (certificate + private key) or base64 PKCS#12')
  const loaded = isPem(normalised)
    ? fromPem(normalised, password, input)
    : openPkcs12(normalised, password ?? '', input, 'is neither PEM (certificate + private key) nor base64 PKCS#12')
  requireRsa(loaded.privateKey, input, 'RS256 needs an RSA key (for the proof-of-possession token and client assertions)')
  return { certificate: loaded.certificate, privateKey: loaded.privateKey, pem: loaded.pem }
}

/**
 * A base64 PKCS#12 for B2C's uploadPkcs12. The password is checked here, before anything is
 * sent; `encryption` lets the caller explain B2C's refusal of AES-encrypted files.
 */
export function readPkcs12(base64: string, password: string, input: string): Pkcs12Certificate {
  const loaded = openPkcs12(normalise(base64), password, input, 'is not base64 PKCS#12 (.pfx)')
  requireRsa(loaded.privateKey, input, 'B2C policy keys are RSA')
  return loaded
}

/** The hex thumbprint (as the portal and customKeyIdentifier show it) behind an `x5t`. */
export function thumbprintFromX5t(x5t: string): string {
  return Buffer.from(x5t, 'base64url').toString('hex').toUpperCase()
}

function describe(x509: X509Certificate): Certificate {
  const der = Buffer.from(x509.raw)
  const sha1 = createHash('sha1').update(der).digest()
  return {
    der,
    thumbprint: sha1.toString('hex').toUpperCase(),
    x5t: sha1.toString('base64url'),
    notBefore: x509.validFromDate,
    notAfter: x509.validToDate,
    subject: x509.subject.split('\n').join(', '),
    // 'rsa-pss' keys are restricted to PSS and cannot sign RS256.
    isRsa: x509.publicKey.asymmetricKeyType === 'rsa',
  }
}

function parseX509(data: string | Buffer, input: string): X509Certificate {
  try {
    return new X509Certificate(data)
  } catch {
    throw new InputError(input, 'is not a PEM certificate or base64 DER (the certificate does not parse)')
  }
}

interface PemBlock {
  label: string
  /** The whole block, headers included (legacy encrypted keys carry Proc-Type/DEK-Info). */
  text: string
}

function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = []
  for (const match of text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)) {
    blocks.push({ label: match[1] ?? '', text: `${match[0]}\n` })
  }
  return blocks
}

function isPem(text: string): boolean {
  return text.includes('-----BEGIN ')
}

/**
 * Trims, and turns literal "\n" into line breaks: PEM pasted into a one-line secret or YAML
 * string often arrives that way.
 */
function normalise(text: string): string {
  const trimmed = text.trim()
  return isPem(trimmed) && !trimmed.includes('\n') ? trimmed.replaceAll('\\n', '\n') : trimmed
}

/** Strict base64 (whitespace ignored); undefined when it is not base64. */
function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, '')
  if (compact === '' || compact.length % 4 === 1 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined
  return Buffer.from(compact, 'base64')
}

const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'EC PRIVATE KEY'])

function fromPem(text: string, password: string | undefined, input: string): CertificateWithKey {
  const blocks = pemBlocks(text)
  const keyBlock = blocks.find((b) => KEY_LABELS.has(b.label))
  if (keyBlock === undefined) {
    throw new InputError(input, 'has no private key block (PRIVATE KEY, RSA PRIVATE KEY or ENCRYPTED PRIVATE KEY)')
  }
  const privateKey = pemPrivateKey(keyBlock, password, input)
  const certificates = blocks.filter((b) => b.label === 'CERTIFICATE').map((b) => parseX509(b.text, input))
  if (certificates.length === 0) throw new InputError(input, 'has a private key but no CERTIFICATE block')
  // A chain may come in any order: the certificate is the one the key belongs to
  // (checkPrivateKey compares the certificate's public key with the key's).
  const x509 = certificates.find((c) => c.checkPrivateKey(privateKey))
  if (x509 === undefined) throw new InputError(input, 'private key does not belong to the certificate')
  return withKey(x509, privateKey)
}

function pemPrivateKey(block: PemBlock, password: string | undefined, input: string): KeyObject {
  const encrypted = block.label === 'ENCRYPTED PRIVATE KEY' || block.text.includes('Proc-Type: 4,ENCRYPTED')
  if (encrypted && !password) {
    throw new InputError(input, `private key is encrypted; set '${input}-password'`)
  }
  try {
    return createPrivateKey(encrypted ? { key: block.text, format: 'pem', passphrase: password } : block.text)
  } catch {
    // Node's messages are safe but say nothing a user can act on; ours do.
    if (encrypted) throw new InputError(input, `private key password is wrong (check '${input}-password')`)
    throw new InputError(input, `the ${block.label} block does not parse`)
  }
}

function openPkcs12(base64: string, password: string, input: string, notPkcs12: string): Pkcs12Certificate {
  if (base64 === '') throw new InputError(input, 'is empty; give base64 PKCS#12 (.pfx)')
  const der = decodeBase64(base64)
  if (der === undefined) throw new InputError(input, notPkcs12)
  let contents
  try {
    contents = parsePkcs12(der, password)
  } catch (error) {
    if (!(error instanceof Pkcs12Error)) throw error
    switch (error.reason) {
      case 'not-pkcs12':
        throw new InputError(input, notPkcs12)
      case 'wrong-password':
        throw new InputError(input, `PKCS#12 password is wrong (or missing): check '${input}-password'`)
      case 'unsupported':
        throw new InputError(input, `${error.message}; re-export it with 'openssl pkcs12 -export'`)
    }
  }
  const [privateKey, ...otherKeys] = contents.privateKeys
  if (privateKey === undefined) throw new InputError(input, 'PKCS#12 file has no private key')
  if (otherKeys.length > 0) throw new InputError(input, 'PKCS#12 file has more than one private key; keep only one')
  const x509 = contents.certificates
    .map((der) => parseX509(der, input))
    .find((certificate) => certificate.checkPrivateKey(privateKey))
  if (x509 === undefined) {
    throw new InputError(
      input,
      contents.certificates.length === 0
        ? 'PKCS#12 file has no certificate'
        : 'private key does not belong to the certificate (no certificate in the PKCS#12 file matches the key)',
    )
  }
  return { ...withKey(x509, privateKey), encryption: contents.encryption }
}

function withKey(x509: X509Certificate, privateKey: KeyObject): CertificateWithKey {
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  return { certificate: describe(x509), privateKey, pem: `${x509.toString().trimEnd()}\n${keyPem}` }
}

function requireRsa(privateKey: KeyObject, input: string, why: string): void {
  const type = privateKey.asymmetricKeyType
  if (type !== 'rsa') {
    const name = type === undefined ? 'not an asymmetric key' : type === 'rsa-pss' ? 'RSA-PSS' : type.toUpperCase()
    throw new InputError(input, `key is ${name}; ${why}`)
  }
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_RSA_BITS) {
    throw new InputError(input, `RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are needed`)
  }
}
