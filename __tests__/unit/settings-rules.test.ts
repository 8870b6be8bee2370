/**
 * Rules of settings that a mutant could otherwise drop unnoticed: endpoints as origins only,
 * which inputs the proof signer comes from (and that its decrypted key is masked), and the
 * validity inputs refused or bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CertificateWithKey } from '../../src/crypto/certificates.js'
import type { InputName } from '../../src/inputs.js'
import { buildSettings, type Settings } from '../../src/settings.js'
import { inputError } from '../helpers/input-error.js'
import { type SelfSignedCert, encryptPkcs8, makeSelfSignedCert, removeTempDirs, sha1Fingerprint } from '../helpers/openssl.js'

afterAll(removeTempDirs)

const now = new Date()
const TENANT = 'contoso.onmicrosoft.com'
const CLIENT = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'
const secretAuth = { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-secret': 's3cret-value' } as const

type Inputs = Partial<Record<InputName, string>>
const settings = (inputs: Inputs): Settings => buildSettings((name) => inputs[name] ?? '', { idTokenAvailable: false }, now)

/** The proof signer read from inputs on the runner (not a Key Vault reference). */
function runnerProof(result: Settings): CertificateWithKey {
  const operation = result.operation
  const proof = 'proof' in operation ? operation.proof : undefined
  if (proof === undefined || 'from' in proof) throw new Error(`${operation.name} has no proof signer on the runner`)
  return proof
}

describe('endpoints are origins only', () => {
  it.each([
    ['a query', 'https://graph.example.test?x=1'],
    ['a fragment', 'https://graph.example.test/#beta'],
    ['a user name', 'https://user@graph.example.test'],
    ['a user name and password', 'https://user:pass@graph.example.test'],
    ['a password alone', 'https://:pass@graph.example.test'],
    ['a path', 'https://graph.example.test/v1.0'],
  ])('graph-endpoint with %s is refused', (_what, value) => {
    const error = inputError(() => settings({ operation: 'get-active-key', keyset: 'x', ...secretAuth, 'graph-endpoint': value }))
    expect(error.input).toBe('graph-endpoint')
    expect(error.message).toContain("must be an origin only, such as 'https://graph.example.test'")
  })

  it('authority-host with a query is refused too', () => {
    const error = inputError(() => settings({ operation: 'get-active-key', keyset: 'x', ...secretAuth, 'authority-host': 'https://login.example.test/?p=1' }))
    expect(error.input).toBe('authority-host')
  })

  it('plain http on loopback is accepted for graph only, and says so when refused', () => {
    expect(settings({ operation: 'get-active-key', keyset: 'x', ...secretAuth, 'graph-endpoint': 'http://localhost:9' }).connection.graphEndpoint).toBe('http://localhost:9')
    expect(inputError(() => settings({ operation: 'get-active-key', keyset: 'x', ...secretAuth, 'graph-endpoint': 'http://10.0.0.1' })).message).toBe(
      "Input 'graph-endpoint': 'http://10.0.0.1' must use https:// (plain http:// only for loopback hosts)",
    )
    expect(inputError(() => settings({ operation: 'get-active-key', keyset: 'x', ...secretAuth, 'authority-host': 'http://localhost:9' })).message).toBe(
      "Input 'authority-host': 'http://localhost:9' must use https://",
    )
  })

  it('a value that is no URL names the input', () => {
    expect(inputError(() => settings({ operation: 'get-active-key', keyset: 'x', ...secretAuth, 'graph-endpoint': 'graph.microsoft.com' })).message).toMatch(/is not a URL/)
  })
})

describe('the proof signer of add-key and remove-key', () => {
  // Made in beforeAll, not while collecting: a mutation run that skips these tests skips openssl too.
  let proof: SelfSignedCert
  let client: SelfSignedCert
  let fresh: SelfSignedCert
  let proofPem: string
  let clientAuth: Inputs
  beforeAll(() => {
    proof = makeSelfSignedCert({ days: 30 })
    client = makeSelfSignedCert({ days: 30 })
    fresh = makeSelfSignedCert({ days: 60 })
    proofPem = `${proof.certPem}${encryptPkcs8(proof.keyPem, 'proof-pass-1')}`
    const clientPem = `${client.certPem}${encryptPkcs8(client.keyPem, 'client-pass-2')}`
    clientAuth = { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': clientPem, 'client-certificate-password': 'client-pass-2' }
  })
  const thumbprintOf = (pem: string) => sha1Fingerprint(pem).toUpperCase()

  it('comes from proof-certificate and proof-certificate-password when given', () => {
    const result = settings({ operation: 'add-key', ...clientAuth, 'proof-certificate': proofPem, 'proof-certificate-password': 'proof-pass-1', 'new-certificate': fresh.certPem })
    const signer = runnerProof(result)
    expect(signer.certificate.thumbprint).toBe(thumbprintOf(proof.certPem))
    expect(result.derivedSecrets).toContain(signer.pem)
    expect(signer.pem).toContain('PRIVATE KEY')
  })

  it('defaults to client-certificate with its password, and masks that decrypted key as well', () => {
    const result = settings({ operation: 'remove-key', ...clientAuth, 'key-id': '0b7a3c1e-2d4f-4a6b-8c9d-0e1f2a3b4c5d', 'proof-certificate-password': 'proof-pass-1' })
    const signer = runnerProof(result)
    expect(signer.certificate.thumbprint).toBe(thumbprintOf(client.certPem))
    expect(result.derivedSecrets).toEqual([signer.pem, signer.pem])
  })

  it('blames proof-certificate for a wrong proof password, not the client certificate', () => {
    const error = inputError(() =>
      settings({ operation: 'add-key', ...clientAuth, 'proof-certificate': proofPem, 'proof-certificate-password': 'client-pass-2', 'new-certificate': fresh.certPem }),
    )
    expect(error.input).toBe('proof-certificate')
  })

  it('is required when neither input is given', () => {
    const error = inputError(() => settings({ operation: 'add-key', ...secretAuth, 'new-certificate': fresh.certPem }))
    expect(error.input).toBe('proof-certificate')
    expect(error.message).toMatch(/defaults to client-certificate, which is not set/)
  })

  it.each(['not-before', 'expires'] as const)('add-key refuses %s: the certificate carries its validity', (name) => {
    const error = inputError(() => settings({ operation: 'add-key', ...clientAuth, 'new-certificate': fresh.certPem, [name]: '1d' }))
    expect(error.input).toBe(name)
    expect(error.message).toBe(`Input '${name}': is not accepted by add-key: the key takes its validity from the certificate`)
  })
})

describe('validity', () => {
  it('refuses expires equal to not-before', () => {
    const at = '2099-01-01T00:00:00Z'
    const error = inputError(() => settings({ operation: 'upload-secret', keyset: 'x', secret: 's', 'not-before': at, expires: at, ...secretAuth }))
    expect(error.input).toBe('expires')
    expect(error.message).toMatch(/is not after not-before/)
  })

  it('accepts expires one second after not-before, and counts a duration from not-before', () => {
    const result = settings({ operation: 'upload-secret', keyset: 'x', secret: 's', 'not-before': '2099-01-01T00:00:00Z', expires: 'PT1S', ...secretAuth })
    expect(result.operation).toMatchObject({ validity: { notBefore: new Date('2099-01-01T00:00:00Z'), expires: new Date('2099-01-01T00:00:01Z') } })
  })

  it.each(['upload-certificate', 'upload-pkcs12'] as const)('%s refuses expires', (operation) => {
    expect(inputError(() => settings({ operation, keyset: 'x', expires: '1d', ...secretAuth })).input).toBe('expires')
  })
})
