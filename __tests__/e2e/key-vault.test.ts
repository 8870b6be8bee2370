/**
 * Key Vault as a source for add-key, remove-key, upload-certificate and upload-pkcs12, every
 * refusal explained, bad Key Vault inputs refused before any request, and a secret sweep, all
 * against the emulated vault (its own signing and PFX code) and the emulated Graph.
 */
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { VAULT_ROLES, type Emulator } from '../../emulator/index.js'
import type { StepRun } from '../../scripts/lib/run-step.js'
import { expectSuccess, isGraphWrite, step, useEmulator } from '../helpers/emulated-step.js'
import { makeSelfSignedCert, sha1Fingerprint, type SelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator
const ADMIN = { clientId: '7d2f8a2e-7c1d-4e3f-9a8b-6c5d4e3f2a1d', secret: 'kv-admin-secret-8Q~srcs' }
const DEBUG_ENV = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', AZURE_LOG_LEVEL: 'verbose' }

useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: ADMIN.clientId, secret: ADMIN.secret, roles: ['Application.ReadWrite.All', 'TrustFrameworkKeySet.ReadWrite.All'] })
})
beforeEach(() => emulator.keyVault.setRoles(ADMIN.clientId, Object.values(VAULT_ROLES)))

let current: SelfSignedCert
let next: SelfSignedCert
let expired: SelfSignedCert
beforeAll(() => {
  current = makeSelfSignedCert({ days: 60, notBeforeDaysAgo: 30, commonName: 'kv current' })
  next = makeSelfSignedCert({ days: 365, commonName: 'kv next' })
  expired = makeSelfSignedCert({ days: 30, expired: true, commonName: 'kv expired' })
})

const vaultRequests = () => emulator.requests.filter((request) => request.service === 'keyvault')
const graphRequests = () => emulator.requests.filter((request) => request.service === 'graph')
const graphWrites = () => graphRequests().filter(isGraphWrite)

function seed(name: string, certificate: SelfSignedCert, options: { exportable?: boolean; keyOps?: string[]; enabled?: boolean } = {}): string {
  return emulator.keyVault.addCertificateVersion(name, { certificatePem: certificate.certPem, keyPem: certificate.keyPem, ...options })
}

function app(certificates: SelfSignedCert[]): string {
  return emulator.addApplication({ displayName: 'Contoso web', keyCredentials: certificates.map((cert) => ({ certificatePem: cert.certPem })) }).objectId
}

function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<StepRun> {
  return step(emulator, { 'client-id': ADMIN.clientId, 'client-secret': ADMIN.secret, 'key-vault': emulator.keyVault.url, ...inputs }, { env })
}

function expectRefused(result: StepRun, pattern: RegExp): void {
  expect(result.exitCode).toBe(1)
  expect(result.errors).toHaveLength(1)
  expect(result.errors[0]).toMatch(pattern)
  expect(graphWrites()).toEqual([])
}

describe('Key Vault as the source of certificates and proofs', () => {
  it('add-key: the new certificate from the vault, the proof signed in the vault', async () => {
    seed('app-cert', current)
    seed('next-cert', next)
    const objectId = app([current])
    const result = await run({ operation: 'add-key', application: objectId, 'key-vault-certificate': 'next-cert', 'proof-key-vault-certificate': 'app-cert' })
    expectSuccess(result)
    expect(result.outputs['action-taken']).toBe('added')
    expect(result.outputs['thumbprint']).toBe(sha1Fingerprint(next.certPem))
    expect(vaultRequests().filter((request) => request.path.endsWith('/sign')).map((request) => request.status)).toEqual([200])
  })

  it('remove-key: the proof signed by the newest version on the target', async () => {
    seed('app-cert', current)
    seed('app-cert', next)
    const objectId = app([current, next])
    const doomed = emulator.applications.get(objectId)?.keyCredentials[0]?.keyId ?? ''
    const result = await run({ operation: 'remove-key', application: objectId, 'key-id': doomed, 'proof-key-vault-certificate': 'app-cert' })
    expectSuccess(result)
    expect(result.outputs['action-taken']).toBe('removed')
    expect(emulator.applications.get(objectId)?.keyCredentials.map((credential) => credential.customKeyIdentifier)).toEqual([sha1Fingerprint(next.certPem)])
  })

  it('remove-key refuses to sign with the version it removes', async () => {
    const version = seed('app-cert', current)
    const objectId = app([current, next])
    const doomed = emulator.applications.get(objectId)?.keyCredentials[0]?.keyId ?? ''
    const result = await run({ operation: 'remove-key', application: objectId, 'key-id': doomed, 'proof-key-vault-certificate': `app-cert/${version}` })
    expectRefused(result, /Refusing to remove keyId .*it is the certificate that signs this step's proof/)
  })

  it('upload-certificate: the public part of the newest valid version', async () => {
    seed('idp-cert', expired)
    seed('idp-cert', current)
    const result = await run({ operation: 'upload-certificate', keyset: 'SamlIdpCert', 'key-vault-certificate': 'idp-cert' })
    expectSuccess(result)
    expect(result.outputs['thumbprint']).toBe(sha1Fingerprint(current.certPem))
    expect(emulator.keysets.get('B2C_1A_SamlIdpCert')?.keys).toHaveLength(1)
  })

  it('upload-pkcs12: the vault PFX re-wrapped as legacy 3DES, which the emulated B2C accepts (it refuses AES)', async () => {
    seed('idp-cert', current)
    const result = await run({ operation: 'upload-pkcs12', keyset: 'SamlSigning', 'key-vault-certificate': 'idp-cert' })
    expectSuccess(result)
    expect(result.stdout).toContain('re-wrapped on the runner as a legacy 3DES/SHA-1 PKCS#12 with a random, masked password')
    const upload = graphRequests().findLast((request) => request.path.endsWith('/uploadPkcs12'))
    const body = upload?.body as { key: string; password: string }
    expect({ status: upload?.status, reason: upload?.rejectReason }).toEqual({ status: 200, reason: undefined })
    expect(result.masked).toEqual(expect.arrayContaining([body.key, body.password]))
    expect(emulator.keysets.get('B2C_1A_SamlSigning')?.keys[0]?.x5t).toBe(Buffer.from(sha1Fingerprint(current.certPem), 'hex').toString('base64url'))
  })
})

describe('Key Vault refusals, explained', () => {
  it('403 without the role names the role and the vault', async () => {
    seed('app-cert', current)
    seed('app-cert', next)
    emulator.keyVault.setRoles(ADMIN.clientId, [VAULT_ROLES.certificateUser])
    const result = await run({ operation: 'sync-key-vault-certificate', application: app([current]), 'key-vault-certificate': 'app-cert' })
    expectRefused(result, new RegExp(`lacks the role Key Vault Crypto User on the vault.*${emulator.keyVault.url.replace(/[.:/]/g, '.')}|Key Vault ${emulator.keyVault.url.replace(/[.:/]/g, '.')}.*lacks the role Key Vault Crypto User`))
    expect(result.errors[0]).toContain('ForbiddenByRbac')
  })

  it('403 reading certificates names Key Vault Certificate User', async () => {
    seed('app-cert', current)
    emulator.keyVault.setRoles(ADMIN.clientId, [])
    const result = await run({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'app-cert' })
    expectRefused(result, /lacks the role Key Vault Certificate User/)
  })

  it('403 reading the PFX names Key Vault Secrets User', async () => {
    seed('app-cert', current)
    emulator.keyVault.setRoles(ADMIN.clientId, [VAULT_ROLES.certificateUser])
    const result = await run({ operation: 'upload-pkcs12', keyset: 'X', 'key-vault-certificate': 'app-cert' })
    expectRefused(result, /lacks the role Key Vault Secrets User/)
  })

  it('the firewall refusal says so, with no raw line breaks from the service', async () => {
    seed('app-cert', current)
    emulator.keyVault.vault.firewall = true
    const result = await run({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'app-cert' })
    expectRefused(result, /firewall refused this runner's network \(ForbiddenByFirewall\)/)
    expect(result.visibleLines.some((line) => line.startsWith('Client address'))).toBe(false)
  })

  it('a disabled pinned version', async () => {
    const version = seed('app-cert', current, { enabled: false })
    const result = await run({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': `app-cert/${version}` })
    expectRefused(result, new RegExp(`'app-cert/${version}' .* is disabled`))
  })

  it('an expired pinned version, and a certificate with no usable version', async () => {
    const version = seed('app-cert', expired)
    const pinned = await run({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': `app-cert/${version}` })
    expectRefused(pinned, /expired on/)
    const newest = await run({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'app-cert' })
    expectRefused(newest, /has no enabled version that is valid now .*expired on/)
  })

  it('a key without the sign operation', async () => {
    seed('app-cert', current, { keyOps: ['verify'] })
    seed('next-cert', next)
    const result = await run({ operation: 'add-key', application: app([current]), 'key-vault-certificate': 'next-cert', 'proof-key-vault-certificate': 'app-cert' })
    expectRefused(result, /does not allow the 'sign' operation/)
  })

  it('a non-exportable key for upload-pkcs12', async () => {
    seed('app-cert', current, { exportable: false })
    const result = await run({ operation: 'upload-pkcs12', keyset: 'X', 'key-vault-certificate': 'app-cert' })
    expectRefused(result, /non-exportable key/)
  })

  it('a certificate that does not exist', async () => {
    const result = await run({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'no-such-cert' })
    expectRefused(result, /does not exist .*\[Key Vault 404 CertificateNotFound\]/)
  })

  it('a vault whose name does not resolve', async () => {
    const result = await run({ operation: 'upload-certificate', keyset: 'X', 'key-vault': 'h11-no-such-vault-0', 'key-vault-certificate': 'app-cert' })
    expectRefused(result, /Key Vault https:\/\/h11-no-such-vault-0\.vault\.azure\.net does not exist: h11-no-such-vault-0\.vault\.azure\.net does not resolve/)
  })
})

describe('Key Vault inputs refused before any request', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a certificate without a vault', { operation: 'upload-certificate', keyset: 'X', 'key-vault': '', 'key-vault-certificate': 'c' }, /Input 'key-vault': .*required with key-vault-certificate/],
    ['plain http', { operation: 'upload-certificate', keyset: 'X', 'key-vault': 'http://127.0.0.1:1', 'key-vault-certificate': 'c' }, /Input 'key-vault': .*must use https/],
    ['another cloud', { operation: 'upload-certificate', keyset: 'X', 'key-vault': 'https://kv.vault.azure.cn', 'key-vault-certificate': 'c' }, /not a vault of the AzureCloud cloud/],
    ['both sources', { operation: 'upload-certificate', keyset: 'X', certificate: 'x', 'key-vault-certificate': 'c' }, /'key-vault-certificate': and 'certificate' exclude each other/],
    ['both proofs', { operation: 'remove-key', 'key-id': '00000000-0000-0000-0000-000000000001', 'proof-certificate': 'x', 'proof-key-vault-certificate': 'c' }, /and 'proof-certificate' exclude each other/],
    ['a bad version', { operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'c/v1' }, /is not 'name' or 'name\/version'/],
    ['an input the operation does not use', { operation: 'upload-secret', keyset: 'X', secret: 's', 'key-vault-certificate': 'c' }, /Input 'key-vault-certificate': is not used by upload-secret/],
    ['remove-superseded-after elsewhere', { operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'c', 'remove-superseded-after': '1d' }, /Input 'remove-superseded-after': is not used by upload-certificate/],
    ['sync without a certificate', { operation: 'sync-key-vault-certificate' }, /Input 'key-vault-certificate': .*required by sync-key-vault-certificate/],
    ['a bad duration', { operation: 'sync-key-vault-certificate', 'key-vault-certificate': 'c', 'remove-superseded-after': 'soon' }, /Input 'remove-superseded-after': 'soon' is not a duration/],
  ]
  it.each(cases)('%s', async (_name, inputs, pattern) => {
    const result = await run(inputs)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([expect.stringMatching(pattern)])
    expect(emulator.requests).toEqual([])
  })
})

describe('secret sweep with step debug and Azure SDK logging on', () => {
  it('vault tokens, the vault PFX, the re-wrapped PFX and its password: masked, never shown', async () => {
    seed('app-cert', current)
    seed('app-cert', next)
    const objectId = app([current])
    const synced = await run({ operation: 'sync-key-vault-certificate', application: objectId, 'key-vault-certificate': 'app-cert' }, DEBUG_ENV)
    const uploaded = await run({ operation: 'upload-pkcs12', keyset: 'Sweep', 'key-vault-certificate': 'app-cert' }, DEBUG_ENV)
    for (const result of [synced, uploaded]) {
      // AZURE_LOG_LEVEL writes the SDKs' own log to stderr: part of what is swept below.
      expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] })
      expect(result.stdout).toContain('::debug::Key Vault GET /certificates/app-cert/versions → 200')
    }
    const vaultTokens = vaultRequests().flatMap((request) => (request.headers['authorization'] ? [request.headers['authorization'].replace(/^Bearer /, '')] : []))
    const upload = graphRequests().findLast((request) => request.path.endsWith('/uploadPkcs12'))?.body as { key: string; password: string }
    const vaultPfx = emulator.keyVault.vault.certificates.get('app-cert')?.map((version) => version.pfx) ?? []
    const keyLines = [current, next].flatMap((cert) => cert.keyPem.split('\n').filter((line) => line.length >= 40))
    const secrets = [...new Set(vaultTokens), upload.key, upload.password, ...vaultPfx, ...keyLines]
    expect(vaultTokens.length).toBeGreaterThan(0)
    for (const result of [synced, uploaded]) {
      const readable = [...result.visibleLines, ...Object.values(result.outputs), result.summary]
      const leaks = secrets.filter((secret) => readable.some((text) => text.includes(secret)))
      expect(leaks.map((secret) => `${secret.slice(0, 8)}…`)).toEqual([])
    }
    expect(synced.masked).toEqual(expect.arrayContaining([...new Set(vaultTokens.slice(0, 1))]))
    expect(uploaded.masked).toEqual(expect.arrayContaining([upload.key, upload.password]))
  })
})
