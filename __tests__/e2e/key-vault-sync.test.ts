/**
 * sync-key-vault-certificate end to end: the bundled action against the emulated Key Vault and
 * Graph. The emulated vault signs with its own code and the emulated Graph verifies every proof.
 * Certificates are made by openssl.
 */
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_GITHUB_SUBJECT, DEFAULT_OIDC_AUDIENCE, GITHUB_ISSUER, VAULT_ROLES, type Emulator, type RecordedRequest } from '../../emulator/index.js'
import type { StepRun } from '../../scripts/lib/run-step.js'
import { connectionInputs, emulatorEnv, expectSuccess, isGraphWrite, step, useEmulator } from '../helpers/emulated-step.js'
import { runStep } from '../../scripts/lib/run-step.js'
import { makeSelfSignedCert, sha1Fingerprint, type SelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator
const ADMIN = { clientId: '6c1f8a2e-7c1d-4e3f-9a8b-6c5d4e3f2a1c', secret: 'kv-admin-secret-8Q~sync' }
const DAY_MS = 86_400_000

useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: ADMIN.clientId, secret: ADMIN.secret, roles: ['Application.ReadWrite.All'] })
})
beforeEach(() => emulator.keyVault.setRoles(ADMIN.clientId, Object.values(VAULT_ROLES)))

let v1: SelfSignedCert
let v2: SelfSignedCert
let v3: SelfSignedCert
beforeAll(() => {
  v1 = makeSelfSignedCert({ days: 60, notBeforeDaysAgo: 50, commonName: 'app-cert v1' })
  v2 = makeSelfSignedCert({ days: 60, notBeforeDaysAgo: 20, commonName: 'app-cert v2' })
  v3 = makeSelfSignedCert({ days: 60, notBeforeDaysAgo: 0, commonName: 'app-cert v3' })
})

const vaultRequests = () => emulator.requests.filter((request) => request.service === 'keyvault')
const graphWrites = () => emulator.requests.filter(isGraphWrite)
const described = (requests: RecordedRequest[]) => requests.map((request) => `${request.method} ${request.path.replace(/[0-9a-f]{32}/g, '<v>')} ${request.status}`)

/** Versions in creation order: the last is the newest. */
function vaultCertificate(name: string, versions: SelfSignedCert[], options: { enabled?: boolean[] } = {}): string[] {
  return versions.map((cert, index) =>
    emulator.keyVault.addCertificateVersion(name, {
      certificatePem: cert.certPem,
      keyPem: cert.keyPem,
      enabled: options.enabled?.[index] ?? true,
      created: new Date(Date.now() - (versions.length - index) * DAY_MS),
    }),
  )
}

function app(certificates: SelfSignedCert[]): { objectId: string; appId: string } {
  return emulator.addApplication({ displayName: 'Contoso web', keyCredentials: certificates.map((cert) => ({ certificatePem: cert.certPem })) })
}

const thumbprints = (objectId: string) => (emulator.applications.get(objectId)?.keyCredentials ?? []).map((credential) => credential.customKeyIdentifier)

function sync(objectId: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<StepRun> {
  return step(
    emulator,
    {
      'client-id': ADMIN.clientId,
      'client-secret': ADMIN.secret,
      operation: 'sync-key-vault-certificate',
      application: objectId,
      'key-vault': emulator.keyVault.url,
      'key-vault-certificate': 'app-cert',
      ...inputs,
    },
    { env },
  )
}

describe('sync-key-vault-certificate', () => {
  it('adds the newest version with a proof signed in the vault by the version already on the target', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1])
    const run = await sync(objectId)
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('added')
    expect(run.outputs['thumbprint']).toBe(sha1Fingerprint(v2.certPem))
    expect(run.outputs['removed-kids']).toBe('')
    expect(thumbprints(objectId)).toEqual([sha1Fingerprint(v1.certPem), sha1Fingerprint(v2.certPem)])
    const addKey = emulator.requests.find((request) => request.path.endsWith('/addKey'))
    expect(addKey?.status).toBe(200)
    const header = JSON.parse(Buffer.from(String((addKey?.body as { proof: string }).proof).split('.')[0] ?? '', 'base64url').toString()) as Record<string, string>
    expect(header['kid']).toBe(sha1Fingerprint(v1.certPem))
    // The vault signed: one sign request, for the key of v1.
    const signs = vaultRequests().filter((request) => request.path.endsWith('/sign') && request.status === 200)
    expect(signs).toHaveLength(1)
    expect(run.stdout).toContain('The proof is signed in Key Vault by certificate')
  })

  it('converges: a re-run is skipped, and without remove-superseded-after nothing is removed', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1, v2])
    const run = await sync(objectId)
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('skipped')
    expect(run.stdout).toContain('remove-superseded-after is not set')
    expect(graphWrites()).toEqual([])
    expect(vaultRequests().some((request) => request.path.endsWith('/sign'))).toBe(false)
  })

  it('removes older versions once the newest has been valid for remove-superseded-after, signed by the newest', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1, v2])
    const oldKeyId = emulator.applications.get(objectId)?.keyCredentials[0]?.keyId
    const run = await sync(objectId, { 'remove-superseded-after': '14d' })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('removed')
    expect(run.outputs['removed-kids']).toBe(oldKeyId)
    expect(thumbprints(objectId)).toEqual([sha1Fingerprint(v2.certPem)])
    const removeKey = emulator.requests.find((request) => request.path.endsWith('/removeKey'))
    const header = JSON.parse(Buffer.from(String((removeKey?.body as { proof: string }).proof).split('.')[0] ?? '', 'base64url').toString()) as Record<string, string>
    expect(header['kid']).toBe(sha1Fingerprint(v2.certPem))
    const again = await sync(objectId, { 'remove-superseded-after': '14d' })
    expectSuccess(again)
    expect(again.outputs['action-taken']).toBe('skipped')
  })

  it('never leaves the target without a valid certificate: no removal while the newest is not valid there', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = emulator.addApplication({
      displayName: 'Contoso web',
      keyCredentials: [{ certificatePem: v1.certPem }, { certificatePem: v2.certPem, endDateTime: new Date(Date.now() - DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z') }],
    })
    const run = await sync(objectId, { 'remove-superseded-after': '1d' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/which is not valid on the target now: nothing is removed until it is/)])
    expect(graphWrites()).toEqual([])
  })

  it('syncs a pinned version, and refuses a pinned version that is not in the vault', async () => {
    const [first] = vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1])
    const pinned = await sync(objectId, { 'key-vault-certificate': `app-cert/${first}` })
    expectSuccess(pinned)
    expect(pinned.outputs['action-taken']).toBe('skipped')
    const missing = await sync(objectId, { 'key-vault-certificate': `app-cert/${'0'.repeat(32)}` })
    expect(missing.errors).toEqual([expect.stringMatching(/has no version 0{32}/)])
  })

  it('keeps older versions while the newest is younger than remove-superseded-after', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1, v2])
    const run = await sync(objectId, { 'remove-superseded-after': '30d' })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('skipped')
    expect(graphWrites()).toEqual([])
  })

  it('skips a disabled newest version and syncs the newest enabled one', async () => {
    vaultCertificate('app-cert', [v1, v2, v3], { enabled: [true, true, false] })
    const { objectId } = app([v1])
    const run = await sync(objectId)
    expectSuccess(run)
    expect(run.outputs['thumbprint']).toBe(sha1Fingerprint(v2.certPem))
  })

  it('signs with the newest version that is on the target when several are', async () => {
    vaultCertificate('app-cert', [v1, v2, v3])
    const { objectId } = app([v1, v2])
    const run = await sync(objectId)
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('added')
    expect(run.outputs['previous-kid']).toBe(emulator.applications.get(objectId)?.keyCredentials[1]?.keyId)
  })

  it('takes a proof signed on the runner (proof-certificate) instead of in the vault', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1])
    const run = await sync(objectId, { 'proof-certificate': `${v1.certPem}${v1.keyPem}` })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('added')
    expect(vaultRequests().some((request) => request.path.includes('/keys/'))).toBe(false)
  })

  it('refuses when no version of the certificate is on the target, saying how to start', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v3])
    const run = await sync(objectId)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/is not among the certificates of application .*proof-key-vault-certificate/)])
    expect(graphWrites()).toEqual([])
  })

  it('signs in with GitHub OIDC, as the nightly example does, for Graph and the vault alike', async () => {
    const oidcClient = '8e3a1f52-8d4b-4f1e-9c7a-2b5d8e0f4a62'
    emulator.registerClient({ clientId: oidcClient, roles: ['Application.ReadWrite.All'], federated: [{ issuer: GITHUB_ISSUER, subject: DEFAULT_GITHUB_SUBJECT, audience: DEFAULT_OIDC_AUDIENCE }] })
    emulator.keyVault.setRoles(oidcClient, [VAULT_ROLES.certificateUser, VAULT_ROLES.cryptoUser])
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1])
    const inputs = { ...connectionInputs(emulator), 'client-id': oidcClient, auth: 'oidc', operation: 'sync-key-vault-certificate', application: objectId, 'key-vault': emulator.keyVault.url, 'key-vault-certificate': 'app-cert', 'remove-superseded-after': '14d' }
    const run = await runStep(inputs, { env: emulatorEnv(emulator, { oidc: true }) })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('added')
    const scopes = emulator.requests.filter((request) => request.service === 'token').map((request) => (request.body as { scope?: string }).scope)
    expect(scopes.sort()).toEqual([`${emulator.url}/.default`, 'https://vault.azure.net/.default'])
  })

  it('asks the sign-in once per scope, though three SDK clients use the vault, and masks every token', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1])
    const run = await sync(objectId)
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('added')
    const tokenRequests = (scope: string) => emulator.requests.filter((request) => request.service === 'token' && (request.body as { scope?: string }).scope === scope)
    expect(tokenRequests('https://vault.azure.net/.default')).toHaveLength(1)
    expect(tokenRequests(`${emulator.url}/.default`)).toHaveLength(1)
    expect(emulator.count({ service: 'token' })).toBe(2)
    const bearers = new Set(emulator.requests.map((request) => request.headers['authorization']?.replace(/^Bearer /, '')).filter((token) => token !== undefined))
    expect(bearers.size).toBe(2)
    for (const token of bearers) expect(run.masked).toContain(token)
  })

  it('plans without writing or signing in a dry run', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1])
    const run = await sync(objectId, { 'dry-run': 'true' })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('planned')
    expect(graphWrites()).toEqual([])
    expect(vaultRequests().some((request) => request.path.endsWith('/sign'))).toBe(false)
  })

  it('starts with the 401 challenge, then asks for the vault scope and sends few requests', async () => {
    vaultCertificate('app-cert', [v1, v2])
    const { objectId } = app([v1])
    const run = await sync(objectId)
    expectSuccess(run)
    const first = vaultRequests()[0]
    expect(first?.status).toBe(401)
    expect(first?.headers['authorization']).toBeUndefined()
    const scopes = emulator.requests.filter((request) => request.service === 'token').map((request) => (request.body as { scope?: string }).scope)
    expect(scopes).toContain('https://vault.azure.net/.default')
    expect(described(vaultRequests())).toEqual([
      'GET /certificates/app-cert/versions 401',
      'GET /certificates/app-cert/versions 200',
      'GET /certificates/app-cert/<v> 200',
      'GET /certificates/app-cert/<v> 200',
      // The keys client has its own pipeline, so its own challenge.
      'GET /keys/app-cert/<v> 401',
      'GET /keys/app-cert/<v> 200',
      'POST /keys/app-cert/<v>/sign 200',
    ])
  })
})
