/**
 * Every refusal of a certificate or key input, with its whole message: what the input holds
 * instead (a CSR, a public key, PKCS#7, a file path) and what is wrong with a PKCS#12 file.
 * Inputs come from openssl; files openssl cannot write are joined from two it wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadCertificate, loadCertificateWithKey, readPkcs12 } from '../../src/crypto/certificates.js'
import { joinPfx } from '../helpers/der-builder.js'
import { inputError } from '../helpers/input-error.js'
import { type SelfSignedCert, makePfx, makeSelfSignedCert, openssl, removeTempDirs } from '../helpers/openssl.js'

const PASSWORD = 'Refusal-Pass-9'
let leaf: SelfSignedCert
let other: SelfSignedCert

beforeAll(() => {
  leaf = makeSelfSignedCert({ commonName: 'refusals' })
  other = makeSelfSignedCert({ commonName: 'someone else' })
})
afterAll(removeTempDirs)

const certificateRefusal = (text: string) => inputError(() => loadCertificate(text, 'certificate')).message
const withKeyRefusal = (text: string, password?: string) => inputError(() => loadCertificateWithKey(text, password, 'client-certificate')).message
const pkcs12Refusal = (base64: string) => inputError(() => readPkcs12(base64, PASSWORD, 'pkcs12')).message
const pem = (label: string, body = 'AAAA') => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`

describe('a public certificate input holding something else', () => {
  it('a certificate signing request', () => {
    const csr = openssl(['req', '-new', '-key', leaf.keyPath, '-subj', '/CN=csr'], { cwd: leaf.dir }).toString()
    const expected = "Input 'certificate': is a certificate signing request (CSR), not a certificate: give the certificate issued for it (PEM or base64 DER)"
    expect(certificateRefusal(csr)).toBe(expected)
    expect(certificateRefusal(`${pem('X509 CRL')}${csr}`)).toBe(expected)
  })

  it('a bare public key, SubjectPublicKeyInfo or PKCS#1', () => {
    const expected = "Input 'certificate': is a bare public key, not a certificate: give the certificate (PEM or base64 DER) that carries it"
    expect(certificateRefusal(openssl(['pkey', '-in', leaf.keyPath, '-pubout']).toString())).toBe(expected)
    expect(certificateRefusal(`${pem('X509 CRL')}${openssl(['rsa', '-in', leaf.keyPath, '-RSAPublicKey_out']).toString()}`)).toBe(expected)
  })

  it('a PKCS#7 bundle', () => {
    const p7 = openssl(['crl2pkcs7', '-nocrl', '-certfile', leaf.certPath]).toString()
    expect(p7).toContain('-----BEGIN PKCS7-----')
    expect(certificateRefusal(p7)).toBe("Input 'certificate': is a PKCS#7 bundle: extract the certificate with 'openssl pkcs7 -print_certs' and give that")
  })

  it('other PEM blocks are listed once each; PEM without a complete block says so', () => {
    expect(certificateRefusal(`${pem('X509 CRL')}${pem('DH PARAMETERS')}${pem('X509 CRL')}`)).toBe(
      "Input 'certificate': is PEM but has no CERTIFICATE block (found: X509 CRL, DH PARAMETERS)",
    )
    expect(certificateRefusal('-----BEGIN CERTIFICATE-----\nAAAA\n')).toBe("Input 'certificate': is PEM but has no CERTIFICATE block")
  })

  it('a file path where the content belongs, told apart from text that is not base64', () => {
    const path = "Input 'certificate': looks like a file path, but takes the file's content: a PEM certificate or base64 DER, e.g. from a secret holding `base64 -w0 <file>`"
    for (const value of ['certs/app.pem', 'C:\\certs\\app.cer', '~/app.crt', `${'x'.repeat(4091)}.pem`]) expect(certificateRefusal(value)).toBe(path)
    for (const value of ['not_base64-at-all', `${'x'.repeat(4092)}.pem`, 'my cert.pem']) {
      expect(certificateRefusal(value)).toBe("Input 'certificate': is not a PEM certificate or base64 DER")
    }
  })

  it('base64 whose length cannot be base64', () => {
    expect(certificateRefusal('QUJDRAB')).toMatch(/^Input 'certificate': is not a PEM certificate or base64 DER/)
    expect(certificateRefusal('QUJDR')).toBe("Input 'certificate': is not a PEM certificate or base64 DER")
  })
})

describe('a certificate-with-key input', () => {
  it('empty, or holding no key', () => {
    expect(withKeyRefusal(' \n')).toBe("Input 'client-certificate': is empty; give PEM (certificate + private key) or base64 PKCS#12")
    expect(withKeyRefusal(pem('X509 CRL'))).toBe("Input 'client-certificate': has no private key block (PRIVATE KEY, RSA PRIVATE KEY or ENCRYPTED PRIVATE KEY)")
    expect(withKeyRefusal(`${pem('X509 CRL')}${leaf.certPem}`)).toBe(
      "Input 'client-certificate': has a certificate but no private key: give PEM with both (certificate + private key) or base64 PKCS#12",
    )
  })

  it('a key block that does not parse names its label', () => {
    expect(withKeyRefusal(`${leaf.certPem}${pem('RSA PRIVATE KEY')}`)).toBe("Input 'client-certificate': the RSA PRIVATE KEY block does not parse")
  })

  it('base64 that is no PKCS#12', () => {
    expect(withKeyRefusal(Buffer.from('not a pfx at all').toString('base64'))).toBe(
      "Input 'client-certificate': is not PEM (certificate + private key) or base64 PKCS#12",
    )
  })
})

describe('a PKCS#12 input', () => {
  const pfx = (cert: SelfSignedCert, args: string[], noKey = false) =>
    Buffer.from(makePfx(cert.certPem, cert.keyPem, PASSWORD, { args: ['-nomac', '-certpbe', 'NONE', ...args], noKey }), 'base64')

  it('empty', () => {
    expect(pkcs12Refusal('')).toBe("Input 'pkcs12': is empty; give base64 PKCS#12 (.pfx)")
  })

  it('with two keys, with no certificate, or with none matching its key', () => {
    expect(pkcs12Refusal(joinPfx([pfx(leaf, []), pfx(other, [])]).toString('base64'))).toBe("Input 'pkcs12': PKCS#12 file has more than one private key; keep only one")
    expect(pkcs12Refusal(pfx(leaf, ['-nocerts']).toString('base64'))).toBe("Input 'pkcs12': PKCS#12 file has no certificate")
    expect(pkcs12Refusal(joinPfx([pfx(leaf, ['-nocerts']), pfx(other, [], true)]).toString('base64'))).toBe(
      "Input 'pkcs12': private key does not belong to the certificate (no certificate in the PKCS#12 file matches the key)",
    )
  })

  it('with an algorithm the reader does not implement, and how to re-export it', () => {
    const file = Buffer.from(makePfx(leaf.certPem, leaf.keyPem, PASSWORD, { args: ['-macalg', 'sha256'] }), 'base64')
    const sha256 = Buffer.from('0609608648016503040201', 'hex')
    const at = file.indexOf(sha256)
    Buffer.from('06092a864886f70d01050e', 'hex').copy(file, at)
    expect(pkcs12Refusal(file.toString('base64'))).toBe(
      "Input 'pkcs12': the PKCS#12 file uses an unsupported algorithm (PBMAC1 integrity (RFC 9579)); re-export it with 'openssl pkcs12 -export'",
    )
  })
})
