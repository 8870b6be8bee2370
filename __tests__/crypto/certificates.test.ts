import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { X509Certificate, createPrivateKey } from 'node:crypto'
import { loadCertificate, loadCertificateWithKey } from '../../src/crypto/certificates.js'
import {
  type SelfSignedCert,
  certDates,
  certDerBase64,
  encryptPkcs8,
  encryptTraditional,
  makePfx,
  makeSelfSignedCert,
  removeTempDirs,
  sha1Fingerprint,
  toPkcs1,
} from '../helpers/openssl.js'
import { inputError } from '../helpers/input-error.js'

const PASSWORD = 'correct horse 42'


let valid: SelfSignedCert
let other: SelfSignedCert
let expired: SelfSignedCert
let future: SelfSignedCert
let ec: SelfSignedCert
let small: SelfSignedCert

beforeAll(() => {
  valid = makeSelfSignedCert({ days: 90, notBeforeDaysAgo: 2, commonName: 'proof signer' })
  other = makeSelfSignedCert()
  expired = makeSelfSignedCert({ expired: true })
  future = makeSelfSignedCert({ notBeforeDaysAgo: -5 })
  ec = makeSelfSignedCert({ keyType: 'ec' })
  small = makeSelfSignedCert({ rsaBits: 1024 })
})

afterAll(removeTempDirs)

describe('loadCertificate', () => {
  it('reads PEM; thumbprint, x5t, DER and validity agree with openssl', () => {
    const cert = loadCertificate(valid.certPem, 'certificate')
    const fingerprint = sha1Fingerprint(valid.certPem)
    expect(cert.thumbprint).toBe(fingerprint)
    expect(cert.thumbprint).toMatch(/^[0-9A-F]{40}$/)
    expect(cert.x5t).toBe(Buffer.from(fingerprint, 'hex').toString('base64url'))
    expect(cert.x5t).not.toMatch(/[=+/]/)
    expect(cert.der.toString('base64')).toBe(certDerBase64(valid.certPem))
    const dates = certDates(valid.certPem)
    expect(cert.notBefore).toEqual(dates.notBefore)
    expect(cert.notAfter).toEqual(dates.notAfter)
    expect(cert.notBefore).toEqual(valid.notBefore)
    expect(cert.notAfter).toEqual(valid.notAfter)
    expect(cert.subject).toBe('CN=proof signer')
    expect(cert.isRsa).toBe(true)
  })

  it('reads base64 DER, with the line breaks base64 tools insert', () => {
    const wrapped = certDerBase64(valid.certPem).replace(/(.{64})/g, '$1\n')
    expect(wrapped).toContain('\n')
    expect(loadCertificate(`  ${wrapped}\r\n`, 'certificate').thumbprint).toBe(sha1Fingerprint(valid.certPem))
  })

  it('takes the first CERTIFICATE block of a PEM bundle', () => {
    const cert = loadCertificate(`${other.certPem}${valid.certPem}`, 'new-certificate')
    expect(cert.thumbprint).toBe(sha1Fingerprint(other.certPem))
  })

  it('reads PEM whose line breaks arrive as literal \\n', () => {
    const oneLine = valid.certPem.trim().split('\n').join('\\n')
    expect(loadCertificate(oneLine, 'certificate').thumbprint).toBe(sha1Fingerprint(valid.certPem))
  })

  it('reports an EC certificate as not RSA', () => {
    expect(loadCertificate(ec.certPem, 'certificate').isRsa).toBe(false)
  })

  it.each([
    ['garbage text', () => 'this is not a certificate'],
    ['base64 that is not a certificate', () => Buffer.from('hello world, not DER').toString('base64')],
    ['a truncated PEM body', () => valid.certPem.replace(/[A-Za-z0-9+/]{64}\n/, '')],
  ])('refuses %s, naming the input', (_, make) => {
    const error = inputError(() => loadCertificate(make(), 'new-certificate'))
    expect(error.input).toBe('new-certificate')
    expect(error.message).toMatch(/^Input 'new-certificate': is not a PEM certificate or base64 DER/)
  })

  it('refuses an empty input', () => {
    expect(inputError(() => loadCertificate('  \n', 'certificate')).message).toMatch(/is empty/)
  })

  it('refuses a private key where a public certificate belongs, without quoting the key', () => {
    const error = inputError(() => loadCertificate(valid.keyPem, 'certificate'))
    expect(error.message).toMatch(/holds a private key: this input takes the public certificate only/)
    expect(error.message).not.toContain(valid.keyPem.split('\n')[1])
  })

  it('recognises a PKCS#12 file given where a public certificate belongs', () => {
    const pfx = makePfx(valid.certPem, valid.keyPem, PASSWORD)
    const error = inputError(() => loadCertificate(pfx, 'certificate'))
    expect(error.message).toMatch(/is a PKCS#12 \(\.pfx\) file; give the public certificate only/)
    expect(error.message).not.toContain(pfx.slice(0, 40))
  })
})

describe('validity of expired and future certificates', () => {
  it('reads their dates as openssl does', () => {
    const old = loadCertificate(expired.certPem, 'certificate')
    expect(old.notAfter.getTime()).toBeLessThan(Date.now())
    expect(old.notAfter).toEqual(certDates(expired.certPem).notAfter)
    const early = loadCertificate(future.certPem, 'certificate')
    expect(early.notBefore.getTime()).toBeGreaterThan(Date.now())
    expect(early.notBefore).toEqual(certDates(future.certPem).notBefore)
  })
})

describe('loadCertificateWithKey', () => {
  const expectSigner = (text: string, password: string | undefined) => {
    const loaded = loadCertificateWithKey(text, password, 'proof-certificate')
    expect(loaded.certificate.thumbprint).toBe(sha1Fingerprint(valid.certPem))
    expect(loaded.privateKey.type).toBe('private')
    expect(loaded.privateKey.asymmetricKeyType).toBe('rsa')
    return loaded
  }

  it('reads certificate + PKCS#8 key, in either order', () => {
    expectSigner(`${valid.certPem}${valid.keyPem}`, undefined)
    expectSigner(`${valid.keyPem}${valid.certPem}`, undefined)
  })

  it('reads a PKCS#1 key (openssl rsa -traditional)', () => {
    const pkcs1 = toPkcs1(valid.keyPem)
    expect(pkcs1).toContain('BEGIN RSA PRIVATE KEY')
    expectSigner(`${valid.certPem}${pkcs1}`, undefined)
  })

  it('reads an encrypted PKCS#8 key with its password', () => {
    const encrypted = encryptPkcs8(valid.keyPem, PASSWORD)
    expect(encrypted).toContain('BEGIN ENCRYPTED PRIVATE KEY')
    expectSigner(`${valid.certPem}${encrypted}`, PASSWORD)
  })

  it('reads a legacy encrypted PEM key (Proc-Type/DEK-Info) with its password', () => {
    const encrypted = encryptTraditional(valid.keyPem, PASSWORD)
    expect(encrypted).toContain('Proc-Type: 4,ENCRYPTED')
    expectSigner(`${valid.certPem}${encrypted}`, PASSWORD)
  })

  it('picks the certificate the key belongs to out of a chain', () => {
    expectSigner(`${other.certPem}${valid.certPem}${valid.keyPem}`, undefined)
  })

  it('reads base64 PKCS#12, both the OpenSSL 3 default and -legacy', () => {
    expectSigner(makePfx(valid.certPem, valid.keyPem, PASSWORD), PASSWORD)
    expectSigner(makePfx(valid.certPem, valid.keyPem, PASSWORD, { legacy: true }), PASSWORD)
  })

  it('returns PEM (certificate + unencrypted PKCS#8) that node:crypto reads back', () => {
    const loaded = expectSigner(`${valid.certPem}${encryptPkcs8(valid.keyPem, PASSWORD)}`, PASSWORD)
    expect(loaded.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n$/)
    const x509 = new X509Certificate(loaded.pem)
    expect(x509.fingerprint.replaceAll(':', '')).toBe(sha1Fingerprint(valid.certPem))
    expect(x509.checkPrivateKey(createPrivateKey(loaded.pem))).toBe(true)
  })

  it('asks for the password of an encrypted key', () => {
    const text = `${valid.certPem}${encryptPkcs8(valid.keyPem, PASSWORD)}`
    const error = inputError(() => loadCertificateWithKey(text, undefined, 'client-certificate'))
    expect(error.input).toBe('client-certificate')
    expect(error.message).toMatch(/private key is encrypted; set 'client-certificate-password'/)
  })

  it('says a wrong key password is wrong, without repeating it', () => {
    const text = `${valid.certPem}${encryptPkcs8(valid.keyPem, PASSWORD)}`
    const error = inputError(() => loadCertificateWithKey(text, 'not the password', 'client-certificate'))
    expect(error.message).toMatch(/private key password is wrong/)
    expect(error.message).not.toContain('not the password')
  })

  it('says a wrong PKCS#12 password is wrong (or missing)', () => {
    const pfx = makePfx(valid.certPem, valid.keyPem, PASSWORD)
    for (const password of ['wrong password', undefined]) {
      const error = inputError(() => loadCertificateWithKey(pfx, password, 'proof-certificate'))
      expect(error.message).toMatch(/PKCS#12 password is wrong \(or missing\): check 'proof-certificate-password'/)
      expect(error.message).not.toContain('wrong password')
    }
  })

  it('refuses a key that does not belong to the certificate', () => {
    const error = inputError(() => loadCertificateWithKey(`${valid.certPem}${other.keyPem}`, undefined, 'proof-certificate'))
    expect(error.message).toMatch(/private key does not belong to the certificate/)
    expect(error.message).not.toContain(other.keyPem.split('\n')[1])
  })

  it('refuses an EC key: the proof is RS256', () => {
    for (const text of [`${ec.certPem}${ec.keyPem}`, makePfx(ec.certPem, ec.keyPem, PASSWORD)]) {
      const error = inputError(() => loadCertificateWithKey(text, PASSWORD, 'proof-certificate'))
      expect(error.message).toMatch(/the key is EC \(prime256v1\); B2C and Entra certificates need RSA: they sign RS256/)
    }
  })

  it('refuses an RSA key shorter than 2048 bits', () => {
    const error = inputError(() => loadCertificateWithKey(`${small.certPem}${small.keyPem}`, undefined, 'proof-certificate'))
    expect(error.message).toMatch(/RSA key has 1024 bits; at least 2048 are needed/)
  })

  it('refuses PEM with a certificate but no key, and a key without a certificate', () => {
    expect(inputError(() => loadCertificateWithKey(valid.certPem, undefined, 'client-certificate')).message).toMatch(
      /has a certificate but no private key/,
    )
    expect(inputError(() => loadCertificateWithKey(valid.keyPem, undefined, 'client-certificate')).message).toMatch(
      /has a private key but no CERTIFICATE block/,
    )
  })

  it('refuses garbage, naming the input', () => {
    const error = inputError(() => loadCertificateWithKey('not a certificate at all', 'pw', 'client-certificate'))
    expect(error.input).toBe('client-certificate')
    expect(error.message).toMatch(/is not PEM \(certificate \+ private key\) or base64 PKCS#12/)
  })
})
