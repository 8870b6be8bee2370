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
import { certificateKeyAlgorithm, keyAlgorithmName, pkcs8Encryption, pkcs8KeyAlgorithm } from './key-algorithms.js'
import { type PemBlock, isCertificateBlock, isPem, isPrivateKeyBlock, normalise, pemBlocks, pemBody } from './pem.js'
import { type Pkcs12Encryption, Pkcs12Error, looksLikePkcs12, parsePkcs12 } from './pkcs12.js'

export interface Certificate {
  der: Buffer
  /** SHA-1 of the DER, upper-case hex: Graph's `customKeyIdentifier` and the proof's `kid`. */
  thumbprint: string
  /** SHA-1 of the DER, base64url without padding: the proof's `x5t` header. */
  x5t: string
  notBefore: Date
  notAfter: Date
  /** One line, e.g. 'CN=app, O=Contoso'; 'empty subject' when it has none. */
  subject: string
  /** Its public key's algorithm as keyAlgorithmName says it, e.g. 'RSA' or 'EC (prime256v1)'. */
  keyAlgorithm: string
  isRsa: boolean
  /** Set when the input held more certificates (a chain): which one is used, and that the others are ignored. */
  notice?: string
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

/** Why every certificate here must be RSA: said after the algorithm found. */
const NEEDS_RSA = 'B2C and Entra certificates need RSA'

/**
 * A public certificate: PEM (the first certificate block) or base64 DER, whitespace tolerated.
 * A private key in it is refused: these inputs are not secrets, so the key may already be exposed.
 */
export function loadCertificate(text: string, input: string): Certificate {
  const normalised = normalise(text)
  if (normalised === '') throw new InputError(input, 'is empty; give a PEM certificate or base64 DER')
  if (isPem(normalised)) {
    const blocks = pemBlocks(normalised)
    if (blocks.some(isPrivateKeyBlock)) {
      throw new InputError(
        input,
        'holds a private key: this input takes the public certificate only and is not treated as a secret, so the key lines were masked ' +
          'but may already be in the workflow file or an earlier log. Remove the key block, and replace the key if it could have leaked',
      )
    }
    const certificates = blocks.filter(isCertificateBlock)
    const [first] = certificates
    if (first === undefined) throw new InputError(input, notACertificate(blocks))
    const certificate = describe(parseX509(first.text, input), input)
    return certificates.length > 1 ? { ...certificate, notice: chainNotice(input, certificate, certificates.length, 'the first') } : certificate
  }
  const der = decodeBase64(normalised)
  if (der === undefined) throw new InputError(input, notBase64(normalised, 'a PEM certificate or base64 DER'))
  if (looksLikePkcs12(der)) {
    throw new InputError(input, 'is a PKCS#12 (.pfx) file; give the public certificate only (PEM or base64 DER)')
  }
  return describe(parseX509(der, input), input)
}

/**
 * A certificate with its private key: PEM holding both (key as PKCS#8, PKCS#1, encrypted PKCS#8
 * or legacy encrypted PEM, decrypted with `password`), or base64 PKCS#12 with `password`. The
 * key must belong to the certificate and be RSA, since everything it signs here is RS256.
 */
export function loadCertificateWithKey(text: string, password: string | undefined, input: string): CertificateWithKey {
  const normalised = normalise(text)
  if (normalised === '') throw new InputError(input, 'is empty; give PEM (certificate + private key) or base64 PKCS#12')
  if (isPem(normalised)) return fromPem(normalised, password, input)
  const loaded = openPkcs12(normalised, password ?? '', input, 'PEM (certificate + private key) or base64 PKCS#12')
  requireRsa(loaded.privateKey, input, RS256_WHY)
  return { certificate: loaded.certificate, privateKey: loaded.privateKey, pem: loaded.pem }
}

/**
 * A base64 PKCS#12 for B2C's uploadPkcs12. The password is checked here, before anything is
 * sent; `encryption` lets the caller explain B2C's refusal of AES-encrypted files.
 */
export function readPkcs12(base64: string, password: string, input: string): Pkcs12Certificate {
  if (isPem(base64)) {
    throw new InputError(
      input,
      "is PEM, not base64 PKCS#12 (.pfx): make one with 'openssl pkcs12 -export -legacy -inkey key.pem -in cert.pem -out b2c.pfx' and give its base64, " +
        'or give a public certificate to upload-certificate instead',
    )
  }
  const loaded = openPkcs12(normalise(base64), password, input, 'base64 PKCS#12 (.pfx)')
  requireRsa(loaded.privateKey, input)
  return loaded
}

/** Refuses a certificate whose key is not RSA: B2C keys and Entra proofs are RS256. */
export function requireRsaCertificate(certificate: Certificate, input: string, why: string): Certificate {
  if (certificate.isRsa) return certificate
  throw new InputError(input, `the key of certificate ${certificate.thumbprint} is ${certificate.keyAlgorithm}; ${NEEDS_RSA}: ${why}`)
}

/** The hex thumbprint (as the portal and customKeyIdentifier show it) behind an `x5t`. */
export function thumbprintFromX5t(x5t: string): string {
  return Buffer.from(x5t, 'base64url').toString('hex').toUpperCase()
}

function describe(x509: X509Certificate, input: string): Certificate {
  const der = Buffer.from(x509.raw)
  const sha1 = createHash('sha1').update(der).digest()
  const publicKey = readPublicKey(x509, der, input)
  return {
    der,
    thumbprint: sha1.toString('hex').toUpperCase(),
    x5t: sha1.toString('base64url'),
    notBefore: x509.validFromDate,
    notAfter: x509.validToDate,
    // Node gives undefined for an empty subject (`openssl req -subj /`).
    subject: x509.subject ? x509.subject.split('\n').join(', ') : 'empty subject',
    keyAlgorithm: keyAlgorithmName(publicKey),
    // 'rsa-pss' keys are restricted to PSS and cannot sign RS256.
    isRsa: publicKey.asymmetricKeyType === 'rsa',
  }
}

/** Node cannot decode some public keys (GOST, unknown OIDs): those are named from the DER instead. */
function readPublicKey(x509: X509Certificate, der: Buffer, input: string): KeyObject {
  try {
    return x509.publicKey
  } catch {
    throw new InputError(input, `certificate's public key is ${certificateKeyAlgorithm(der)}, which cannot be read here; ${NEEDS_RSA}`)
  }
}

/** `Input 'x' holds 3 certificates (a chain): using the first, … ; the other 2 are ignored.` */
function chainNotice(input: string, used: Certificate, count: number, which: string): string {
  const others = count - 1
  return (
    `Input '${input}' holds ${count} certificates (a chain): using ${which}, ${used.thumbprint} (${used.subject}); ` +
    `the other ${others === 1 ? 'one is' : `${others} are`} ignored.`
  )
}

/** What a PEM without a certificate holds instead, said so a person knows what to give. */
function notACertificate(blocks: PemBlock[]): string {
  const labels = blocks.map((block) => block.label)
  if (labels.some((label) => label.includes('CERTIFICATE REQUEST'))) {
    return 'is a certificate signing request (CSR), not a certificate: give the certificate issued for it (PEM or base64 DER)'
  }
  if (labels.some((label) => label.endsWith('PUBLIC KEY'))) {
    return 'is a bare public key, not a certificate: give the certificate (PEM or base64 DER) that carries it'
  }
  if (labels.some((label) => label === 'PKCS7')) {
    return "is a PKCS#7 bundle: extract the certificate with 'openssl pkcs7 -print_certs' and give that"
  }
  return `is PEM but has no CERTIFICATE block${labels.length > 0 ? ` (found: ${[...new Set(labels)].join(', ')})` : ''}`
}

/**
 * Why a value that is not PEM is not base64 either. A file path is the usual mistake: inputs
 * take the file's content, not its name. Base64 never holds '.', '\\', '~' or ':'.
 */
function notBase64(value: string, expected: string): string {
  const path = value.length < 4096 && /^[\w.\\/~:-]+$/.test(value) && /[.\\~:]/.test(value)
  return path
    ? `looks like a file path, but takes the file's content: ${expected}, e.g. from a secret holding \`base64 -w0 <file>\``
    : `is not ${expected}`
}

function parseX509(data: string | Buffer, input: string): X509Certificate {
  try {
    return new X509Certificate(data)
  } catch {
    throw new InputError(input, 'is not a PEM certificate or base64 DER (the certificate does not parse)')
  }
}

/** Strict base64 (whitespace ignored); undefined when it is not base64. */
function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/\s/g, '')
  if (compact.length % 4 === 1 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined
  return Buffer.from(compact, 'base64')
}

function fromPem(text: string, password: string | undefined, input: string): CertificateWithKey {
  const blocks = pemBlocks(text)
  const keyBlock = blocks.find(isPrivateKeyBlock)
  if (keyBlock === undefined) {
    const certificateOnly = blocks.some(isCertificateBlock)
      ? 'has a certificate but no private key: give PEM with both (certificate + private key) or base64 PKCS#12'
      : 'has no private key block (PRIVATE KEY, RSA PRIVATE KEY or ENCRYPTED PRIVATE KEY)'
    throw new InputError(input, certificateOnly)
  }
  const privateKey = pemPrivateKey(keyBlock, password, input)
  // Checked before the certificates: a DSA or EC pair would otherwise pass as "matching".
  requireRsa(privateKey, input, RS256_WHY)
  const certificates = blocks.filter(isCertificateBlock).map((b) => parseX509(b.text, input))
  if (certificates.length === 0) throw new InputError(input, 'has a private key but no CERTIFICATE block')
  // A chain may come in any order: the certificate is the one the key belongs to
  // (checkPrivateKey compares the certificate's public key with the key's).
  const x509 = certificates.find((c) => c.checkPrivateKey(privateKey))
  if (x509 === undefined) throw new InputError(input, 'private key does not belong to the certificate')
  return withKey(x509, privateKey, input, certificates.length)
}

const RS256_WHY = 'they sign RS256 (the proof-of-possession token and client assertions)'

function pemPrivateKey(block: PemBlock, password: string | undefined, input: string): KeyObject {
  const encrypted = block.label === 'ENCRYPTED PRIVATE KEY' || block.text.includes('Proc-Type: 4,ENCRYPTED')
  if (encrypted && !password) {
    throw new InputError(input, `private key is encrypted; set '${input}-password'`)
  }
  try {
    return createPrivateKey(encrypted ? { key: block.text, format: 'pem', passphrase: password } : block.text)
  } catch (error) {
    // Node's messages are safe but say nothing a user can act on; ours do.
    if (encrypted && isUnsupported(error)) throw new InputError(input, unsupportedEncryption(block))
    if (encrypted) throw new InputError(input, `private key password is wrong (check '${input}-password')`)
    const algorithm = block.label === 'PRIVATE KEY' ? pkcs8KeyAlgorithm(pemBody(block)) : undefined
    if (algorithm !== undefined && isUnsupported(error)) throw new InputError(input, `private key is ${algorithm}, which cannot be read here; ${NEEDS_RSA}`)
    throw new InputError(input, `the ${block.label} block does not parse`)
  }
}

/**
 * OpenSSL 3 without its legacy provider (as in Node) has no DES, RC2 or PBES1, nor decoders for
 * GOST or SM2 keys; its errors say 'unsupported' (ERR_OSSL_EVP_UNSUPPORTED, DECODER routines).
 */
function isUnsupported(error: unknown): boolean {
  return /unsupported/i.test(String(error))
}

function unsupportedEncryption(block: PemBlock): string {
  const cipher =
    block.label === 'ENCRYPTED PRIVATE KEY' ? pkcs8Encryption(pemBody(block)) : /^DEK-Info: ([^,\r\n]+)/m.exec(block.text)?.[1]
  return (
    `private key is encrypted with ${cipher ?? 'a cipher'} that cannot be decrypted here (OpenSSL 3 keeps it in its legacy provider); ` +
    "re-encrypt it with AES: 'openssl pkcs8 -topk8 -v2 aes-256-cbc -provider legacy -provider default -in old.pem -out new.pem'"
  )
}

function openPkcs12(base64: string, password: string, input: string, expected: string): Pkcs12Certificate {
  if (base64 === '') throw new InputError(input, 'is empty; give base64 PKCS#12 (.pfx)')
  const der = decodeBase64(base64)
  if (der === undefined) throw new InputError(input, notBase64(base64, expected))
  const notPkcs12 = `is not ${expected}`
  let contents
  try {
    contents = parsePkcs12(der, password)
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: parsePkcs12 throws only Pkcs12Error; the guard keeps a bug's TypeError from being read as a reason
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
  return { ...withKey(x509, privateKey, input, contents.certificates.length), encryption: contents.encryption }
}

function withKey(x509: X509Certificate, privateKey: KeyObject, input: string, count: number): CertificateWithKey {
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const described = describe(x509, input)
  const certificate = count > 1 ? { ...described, notice: chainNotice(input, described, count, 'the one the private key belongs to') } : described
  return { certificate, privateKey, pem: `${x509.toString().trimEnd()}\n${keyPem}` }
}

function requireRsa(privateKey: KeyObject, input: string, why?: string): void {
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new InputError(input, `the key is ${keyAlgorithmName(privateKey)}; ${NEEDS_RSA}${why === undefined ? '' : `: ${why}`}`)
  }
  // Stryker disable next-line OptionalChaining: Node gives every asymmetric key its details; `?.` is for the type only
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_RSA_BITS) {
    throw new InputError(input, `RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are needed`)
  }
}
