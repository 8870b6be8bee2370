/**
 * Certificates and keys as other tools write them, all made here by the openssl CLI: old PEM
 * labels, an empty subject, v1 certificates without extensions, DSA/EC/Ed25519 keys, keys
 * encrypted with legacy ciphers, chains, CSRs, bare public keys. openssl cannot make a
 * certificate with a GOST or unknown public key without a GOST engine, so those are built from
 * DER with `openssl asn1parse -genconf` (the certificate's signature is not checked by anyone
 * here; only its public key matters).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCertificate, loadCertificateWithKey, readPkcs12 } from '../../src/crypto/certificates.js'
import { privateKeyBlocks } from '../../src/crypto/pem.js'
import type { InputName } from '../../src/inputs.js'
import { buildSettings } from '../../src/settings.js'
import { inputError } from '../helpers/input-error.js'
import { type SelfSignedCert, makePfx, makeSelfSignedCert, makeTempDir, openssl, removeTempDirs, sha1Fingerprint } from '../helpers/openssl.js'

const LEGACY = ['-provider', 'legacy', '-provider', 'default']

let rsa: SelfSignedCert
let second: SelfSignedCert
let dir: string

beforeAll(() => {
  rsa = makeSelfSignedCert({ commonName: 'leaf' })
  second = makeSelfSignedCert({ commonName: 'intermediate' })
  dir = makeTempDir()
})

afterAll(removeTempDirs)

/** Runs openssl in the suite's directory and returns a file it wrote. */
function made(args: string[], output: string): string {
  openssl(args, { cwd: dir })
  return readFileSync(join(dir, output), 'utf8')
}

/** A self-signed certificate for a key made by `genpkey` with `keyArgs`: [key PEM, certificate PEM]. */
function keyAndCertificate(name: string, keyArgs: string[], reqArgs: string[] = []): [string, string] {
  const key = made(['genpkey', ...keyArgs, '-out', `${name}.key`], `${name}.key`)
  const cert = made(['req', '-x509', '-key', `${name}.key`, '-subj', `/CN=${name}`, '-days', '30', ...reqArgs, '-out', `${name}.crt`], `${name}.crt`)
  return [key, cert]
}

/** A certificate whose public key has the algorithm `oid` (and `parameters`, genconf lines). */
function certificateWithKeyAlgorithm(name: string, oid: string, parameters: string): string {
  writeFileSync(
    join(dir, `${name}.cnf`),
    `asn1=SEQUENCE:cert
[cert]
tbs=SEQUENCE:tbs
alg=SEQUENCE:sigalg
sig=FORMAT:HEX,BITSTRING:00112233
[tbs]
ver=EXPLICIT:0,INTEGER:2
serial=INTEGER:1
sigalg=SEQUENCE:sigalg
issuer=SEQUENCE:name
validity=SEQUENCE:validity
subject=SEQUENCE:name
spki=SEQUENCE:spki
[sigalg]
oid=OID:1.2.643.7.1.1.3.2
[name]
rdn=SET:rdn
[rdn]
cn=SEQUENCE:cn
[cn]
oid=OID:commonName
val=UTF8:${name}
[validity]
nb=UTCTIME:260101000000Z
na=GENTIME:20360101000000Z
[spki]
alg=SEQUENCE:keyalg
key=FORMAT:HEX,BITSTRING:0440${'ab'.repeat(64)}
[keyalg]
oid=OID:${oid}
${parameters}`,
  )
  openssl(['asn1parse', '-genconf', `${name}.cnf`, '-out', `${name}.der`, '-noout'], { cwd: dir })
  return readFileSync(join(dir, `${name}.der`)).toString('base64')
}

describe('PEM labels older tools write', () => {
  it.each([
    ['X509 CERTIFICATE (a hand-edited label)', () => rsa.certPem.replaceAll('CERTIFICATE-----', 'X509 CERTIFICATE-----')],
    ['TRUSTED CERTIFICATE (openssl x509 -trustout)', () => openssl(['x509', '-trustout', '-addtrust', 'serverAuth'], { input: rsa.certPem }).toString()],
  ])('reads %s as the certificate inside', (_, make) => {
    const text = make()
    expect(text).not.toMatch(/BEGIN CERTIFICATE/)
    expect(loadCertificate(text, 'certificate').thumbprint).toBe(sha1Fingerprint(rsa.certPem))
  })
})

describe('certificates without the usual fields', () => {
  it('reads an empty subject (req -subj /), with or without its key', () => {
    const [key, cert] = keyAndCertificate('empty', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'], ['-subj', '/'])
    expect(openssl(['x509', '-noout', '-subject'], { input: cert }).toString().trim()).toBe('subject=')
    expect(loadCertificate(cert, 'certificate').subject).toBe('empty subject')
    expect(loadCertificateWithKey(`${cert}${key}`, undefined, 'client-certificate').certificate.subject).toBe('empty subject')
  })

  it('reads a v1 certificate without any extension', () => {
    openssl(['req', '-new', '-key', rsa.keyPath, '-subj', '/CN=v1', '-out', 'v1.csr'], { cwd: dir })
    const cert = made(['x509', '-req', '-in', 'v1.csr', '-key', rsa.keyPath, '-days', '30', '-out', 'v1.crt'], 'v1.crt')
    const text = openssl(['x509', '-noout', '-text'], { input: cert }).toString()
    expect(text).toMatch(/Version: 1 \(0x0\)/)
    expect(text).not.toMatch(/X509v3/)
    const loaded = loadCertificate(cert, 'new-certificate')
    expect(loaded).toMatchObject({ subject: 'CN=v1', keyAlgorithm: 'RSA', isRsa: true })
    expect(loaded.thumbprint).toBe(sha1Fingerprint(cert))
  })
})

describe('public keys Node cannot decode', () => {
  it('names GOST R 34.10-2012 and the input, not a raw OpenSSL error', () => {
    const gost = certificateWithKeyAlgorithm('gost', '1.2.643.7.1.1.1.1', 'params=SEQUENCE:gostparams\n[gostparams]\ncurve=OID:1.2.643.7.1.2.1.1.1\ndigest=OID:1.2.643.7.1.1.2.2\n')
    expect(openssl(['x509', '-inform', 'DER', '-noout', '-text'], { input: Buffer.from(gost, 'base64') }).toString()).toMatch(/GOST R 34.10-2012/)
    const error = inputError(() => loadCertificate(gost, 'certificate'))
    expect(error.message).toBe(
      "Input 'certificate': certificate's public key is GOST R 34.10-2012 (256 bit) (OID 1.2.643.7.1.1.1.1), which cannot be read here; B2C and Entra certificates need RSA",
    )
  })

  it('names a GOST private key (PKCS#8 built from DER) instead of saying the block does not parse', () => {
    writeFileSync(
      join(dir, 'gost-key.cnf'),
      'asn1=SEQUENCE:pki\n[pki]\nver=INTEGER:0\nalg=SEQUENCE:alg\nkey=FORMAT:HEX,OCTETSTRING:0420' + '01'.repeat(32) +
        '\n[alg]\noid=OID:1.2.643.7.1.1.1.1\nparams=SEQUENCE:gostparams\n[gostparams]\ncurve=OID:1.2.643.7.1.2.1.1.1\ndigest=OID:1.2.643.7.1.1.2.2\n',
    )
    openssl(['asn1parse', '-genconf', 'gost-key.cnf', '-out', 'gost-key.der', '-noout'], { cwd: dir })
    const body = readFileSync(join(dir, 'gost-key.der')).toString('base64').replace(/(.{64})/g, '$1\n')
    const pem = `${rsa.certPem}-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`
    expect(inputError(() => loadCertificateWithKey(pem, undefined, 'client-certificate')).message).toBe(
      "Input 'client-certificate': private key is GOST R 34.10-2012 (256 bit) (OID 1.2.643.7.1.1.1.1), which cannot be read here; B2C and Entra certificates need RSA",
    )
  })

  it('names an unknown algorithm by its OID', () => {
    const unknown = certificateWithKeyAlgorithm('unknown', '1.3.6.1.4.1.99999.1', '')
    expect(inputError(() => loadCertificate(unknown, 'new-certificate')).message).toMatch(/public key is OID 1\.3\.6\.1\.4\.1\.99999\.1, which cannot be read here/)
  })
})

describe('non-RSA keys are named and refused', () => {
  const dsa = (): [string, string] => {
    openssl(['genpkey', '-genparam', '-algorithm', 'DSA', '-pkeyopt', 'dsa_paramgen_bits:2048', '-out', 'dsa.param'], { cwd: dir })
    return keyAndCertificate('dsa', ['-paramfile', 'dsa.param'])
  }
  const traditional = (key: string) => openssl(['pkey', '-traditional'], { input: key }).toString()

  it.each<[string, () => string, RegExp, string]>([
    ['DSA in DSA PRIVATE KEY', () => dsa().reverse().join('').replace(/-----BEGIN PRIVATE KEY[\s\S]*?END PRIVATE KEY-----\n/, (k) => traditional(k)), /BEGIN DSA PRIVATE KEY/, 'DSA'],
    ['DSA in PKCS#8', () => dsa().reverse().join(''), /BEGIN PRIVATE KEY/, 'DSA'],
    ['EC in EC PRIVATE KEY', () => { const [key, cert] = keyAndCertificate('ec', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']); return cert + traditional(key) }, /BEGIN EC PRIVATE KEY/, 'EC (secp384r1)'],
    ['Ed25519', () => keyAndCertificate('ed', ['-algorithm', 'ED25519']).reverse().join(''), /BEGIN PRIVATE KEY/, 'Ed25519'],
  ])('%s', (_, make, label, name) => {
    const pem = make()
    expect(pem).toMatch(label)
    const error = inputError(() => loadCertificateWithKey(pem, undefined, 'client-certificate'))
    expect(error.message).toBe(`Input 'client-certificate': the key is ${name}; B2C and Entra certificates need RSA: they sign RS256 (the proof-of-possession token and client assertions)`)
  })

  it('refuses a non-RSA certificate for upload-certificate and new-certificate before any request', () => {
    const [, cert] = keyAndCertificate('ec256', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'])
    const read = (inputs: Partial<Record<InputName, string>>) => () =>
      buildSettings((name) => inputs[name] ?? '', { idTokenAvailable: false }, new Date())
    const upload = inputError(read({ operation: 'upload-certificate', keyset: 'x', certificate: cert }))
    expect(upload.message).toMatch(/^Input 'certificate': the key of certificate [0-9A-F]{40} is EC \(prime256v1\); B2C and Entra certificates need RSA: B2C policy keys are RSA$/)
    const add = inputError(read({ operation: 'add-key', application: '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', 'proof-certificate': `${rsa.certPem}${rsa.keyPem}`, 'new-certificate': cert }))
    expect(add.message).toMatch(/^Input 'new-certificate': the key of certificate [0-9A-F]{40} is EC \(prime256v1\); B2C and Entra certificates need RSA: the next roll signs its proof/)
  })
})

describe('keys encrypted with what Node cannot decrypt', () => {
  it.each<[string, string[], RegExp]>([
    ['PBES2 with DES-CBC', ['pkcs8', '-topk8', '-v2', 'des', ...LEGACY], /encrypted with PBES2\/des-cbc that cannot be decrypted here/],
    ['PKCS#12 PBE with 40-bit RC2', ['pkcs8', '-topk8', '-v1', 'PBE-SHA1-RC2-40', ...LEGACY], /encrypted with pbeWithSHAAnd40BitRC2-CBC that cannot/],
    ['PBES1 MD5 and DES', ['pkcs8', '-topk8', '-v1', 'PBE-MD5-DES', ...LEGACY], /encrypted with pbeWithMD5AndDES-CBC that cannot/],
    ['legacy PEM with DES-CBC', ['rsa', '-traditional', '-des', ...LEGACY], /encrypted with DES-CBC that cannot/],
  ])('%s names the cipher, not a wrong password', (_, args, expected) => {
    const key = openssl([...args, '-passout', 'pass:right'], { input: rsa.keyPem }).toString()
    for (const password of ['right', 'wrong']) {
      const error = inputError(() => loadCertificateWithKey(`${rsa.certPem}${key}`, password, 'proof-certificate'))
      expect(error.message).toMatch(expected)
      expect(error.message).toMatch(/openssl pkcs8 -topk8 -v2 aes-256-cbc/)
      expect(error.message).not.toMatch(/password is wrong/)
    }
  })
})

describe('the wrong kind of input', () => {
  it('refuses a private key in a certificate input; its lines are what main masks', () => {
    const error = inputError(() => loadCertificate(`${rsa.certPem}${rsa.keyPem}`, 'new-certificate'))
    expect(error.message).toMatch(/^Input 'new-certificate': holds a private key: .* not treated as a secret, so the key lines were masked/)
    const body = rsa.keyPem.split('\n')[1] ?? ''
    expect(error.message).not.toContain(body)
    expect(privateKeyBlocks(`${rsa.certPem}${rsa.keyPem}`)).toEqual([rsa.keyPem])
    expect(privateKeyBlocks(rsa.certPem)).toEqual([])
  })

  it.each([
    ['a CSR', () => openssl(['req', '-new', '-key', rsa.keyPath, '-subj', '/CN=csr']).toString(), /is a certificate signing request \(CSR\), not a certificate/],
    ['a public key', () => openssl(['pkey', '-pubout'], { input: rsa.keyPem }).toString(), /is a bare public key, not a certificate/],
  ])('says %s is not a certificate', (_, make, expected) => {
    expect(inputError(() => loadCertificate(make(), 'certificate')).message).toMatch(expected)
  })

  it('says PEM given to pkcs12 is not a .pfx, and how to make one', () => {
    expect(inputError(() => readPkcs12(`${rsa.certPem}${rsa.keyPem}`, '', 'pkcs12')).message).toMatch(
      /^Input 'pkcs12': is PEM, not base64 PKCS#12 \(\.pfx\): make one with 'openssl pkcs12 -export -legacy/,
    )
  })

  it.each([
    ['certificate', './saml.cer'],
    ['certificate', 'C:\\certs\\saml.crt'],
    ['pkcs12', 'saml.pfx'],
    ['client-certificate', '~/keys/client.pem'],
  ])('says %s given a file path (%s) takes the content', (input, path) => {
    const load = input === 'certificate' ? () => loadCertificate(path, input) : input === 'pkcs12' ? () => readPkcs12(path, '', input) : () => loadCertificateWithKey(path, undefined, input)
    const error = inputError(load)
    expect(error.message).toMatch(new RegExp(`^Input '${input}': looks like a file path, but takes the file's content: `))
    expect(error.message).not.toContain(path)
  })
})

describe('chains', () => {
  it('a public certificate input uses the first and says the others are ignored', () => {
    const loaded = loadCertificate(`${rsa.certPem}${second.certPem}`, 'certificate')
    expect(loaded.thumbprint).toBe(sha1Fingerprint(rsa.certPem))
    expect(loaded.notice).toBe(`Input 'certificate' holds 2 certificates (a chain): using the first, ${loaded.thumbprint} (CN=leaf); the other one is ignored.`)
    expect(loadCertificate(rsa.certPem, 'certificate').notice).toBeUndefined()
  })

  it('a certificate with its key uses the one the key belongs to, in PEM and in PKCS#12', () => {
    const fromPem = loadCertificateWithKey(`${second.certPem}${rsa.certPem}${rsa.keyPem}`, undefined, 'client-certificate').certificate
    expect(fromPem.notice).toMatch(/^Input 'client-certificate' holds 2 certificates \(a chain\): using the one the private key belongs to, [0-9A-F]{40} \(CN=leaf\); the other one is ignored\.$/)
    const pfx = makePfx(rsa.certPem, rsa.keyPem, 'pw', { extraCertsPem: `${second.certPem}${makeSelfSignedCert().certPem}` })
    expect(readPkcs12(pfx, 'pw', 'pkcs12').certificate.notice).toMatch(/^Input 'pkcs12' holds 3 certificates .* \(CN=leaf\); the other 2 are ignored\.$/)
  })

  it('settings give each notice once, also when the proof defaults to client-certificate', () => {
    const chain = `${second.certPem}${rsa.certPem}${rsa.keyPem}`
    const settings = buildSettings(
      (name) => ({ operation: 'remove-key', 'tenant-id': 'contoso.onmicrosoft.com', 'client-id': '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', 'client-certificate': chain, 'key-id': '00000000-0000-0000-0000-000000000001' })[name as string] ?? '',
      { idTokenAvailable: false },
      new Date(),
    )
    expect(settings.notices).toEqual([expect.stringMatching(/^Input 'client-certificate' holds 2 certificates/)])
  })
})
