/**
 * operation: apply, through the bundle against the emulator: a manifest converges a tenant with
 * one keyset list read, writes only what is due, refuses before any write, and plans in a dry run.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, VAULT_ROLES, type Emulator, type RecordedRequest } from '../../emulator/index.js'
import { expectSuccess, isGraphWrite, step, useEmulator } from '../helpers/emulated-step.js'
import { makePfx, makeSelfSignedCert, sha1Fingerprint } from '../helpers/openssl.js'
import { REPO_ROOT, type StepRun } from '../../scripts/lib/run-step.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const workspace = mkdtempSync(join(tmpdir(), 'b2c-keys-apply-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const LIST = 'GET /beta/trustFramework/keySets'
const graphCalls = (on: Emulator = emulator) => on.requests.filter((request) => request.service === 'graph').map((request) => `${request.method} ${request.path}`)
const graphWrites = (on: Emulator = emulator) => on.requests.filter(isGraphWrite)

/** Runs apply with the manifest text as `manifest.yml` in a workspace; RUNNER_TEMP kept to read the report. */
function applyStep(manifest: string, options: { env?: Record<string, string>; inputs?: Record<string, string>; on?: Emulator } = {}): Promise<StepRun> {
  writeFileSync(join(workspace, 'manifest.yml'), manifest)
  const runnerTemp = mkdtempSync(join(workspace, 'temp-'))
  return step(options.on ?? emulator, { operation: 'apply', manifest: 'manifest.yml', ...options.inputs }, { env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, ...options.env } })
}

function reportOf(run: StepRun): { counts: Record<string, number>; entries: { id: string; action: string; kid: string | null; reason: string; place: string }[]; kids: Record<string, string | null> } {
  return JSON.parse(readFileSync(run.outputs['report'] ?? '', 'utf8'))
}

const TENANT = `# yaml-language-server: $schema=../schema/manifest.schema.json
keysets:
  - id: TokenSigningKeyContainer
    generate: { key-type: RSA, use: sig }
    expires: P1Y
    rotate-if-expiring-within: 30d
  - id: TokenEncryptionKeyContainer
    generate: { key-type: oct, use: enc }
  - id: FacebookSecret
    secret: { env: FACEBOOK_APP_SECRET }
  - id: SamlIdpCert
    certificate: { env: SAML_CERT }
`

describe('apply', () => {
  const saml = makeSelfSignedCert({ days: 400 })
  const env = { FACEBOOK_APP_SECRET: 'fb-secret-from-env-9c1', SAML_CERT: saml.certPem }

  it('creates every keyset from empty, then a re-run costs one Graph request and writes nothing', async () => {
    const first = await applyStep(TENANT, { env })
    expectSuccess(first)
    expect(first.outputs['action-taken']).toBe('applied')
    const calls = graphCalls()
    expect(calls[0]).toBe(LIST)
    expect(calls.filter((call) => call === LIST)).toHaveLength(1)
    expect(calls.filter((call) => call === 'POST /beta/trustFramework/keySets')).toHaveLength(4)
    expect(graphWrites()).toHaveLength(8)
    const ids = ['B2C_1A_TokenSigningKeyContainer', 'B2C_1A_TokenEncryptionKeyContainer', 'B2C_1A_FacebookSecret', 'B2C_1A_SamlIdpCert']
    const kids = JSON.parse(first.outputs['kids'] ?? '{}')
    expect(kids).toEqual(Object.fromEntries(ids.map((id) => [id, emulator.keysets.get(id)?.keys[0]?.kid])))
    const report = reportOf(first)
    expect(report.entries.map((entry) => [entry.id, entry.action, entry.place])).toEqual([
      ['B2C_1A_TokenSigningKeyContainer', 'generated', 'manifest.yml:3:5'],
      ['B2C_1A_TokenEncryptionKeyContainer', 'generated', 'manifest.yml:7:5'],
      ['B2C_1A_FacebookSecret', 'uploaded', 'manifest.yml:9:5'],
      ['B2C_1A_SamlIdpCert', 'uploaded', 'manifest.yml:11:5'],
    ])
    expect(emulator.keysets.get('B2C_1A_SamlIdpCert')?.keys[0]?.x5t).toBe(Buffer.from(sha1Fingerprint(saml.certPem), 'hex').toString('base64url'))
    expect(first.summary).toContain('| `manifest.yml:9:5` | `B2C_1A_FacebookSecret` | uploaded (keyset created) |')
    // The secret came from the environment: masked, and never printed.
    expect(first.masked).toContain(env.FACEBOOK_APP_SECRET)
    expect(first.visibleLines.join('\n')).not.toContain(env.FACEBOOK_APP_SECRET)
    expect(readFileSync(first.outputs['report'] ?? '', 'utf8')).not.toContain(env.FACEBOOK_APP_SECRET)

    const before = emulator.requests.length
    const again = await applyStep(TENANT, { env })
    expectSuccess(again)
    expect(again.outputs['action-taken']).toBe('skipped')
    expect(emulator.requests.slice(before).filter((request) => request.service === 'graph').map((request) => `${request.method} ${request.path}`)).toEqual([LIST])
    expect(JSON.parse(again.outputs['kids'] ?? '{}')).toEqual(kids)
    expect(reportOf(again).counts).toMatchObject({ skipped: 4, generated: 0, uploaded: 0 })
  })

  it('rotates only the entry that is due', async () => {
    const manifest = `keysets:
  - id: ShortLived
    generate: { key-type: oct, use: sig }
    expires: P10D
    rotate-if-expiring-within: 30d
  - id: LongLived
    generate: { key-type: oct, use: sig }
    expires: P1Y
    rotate-if-expiring-within: 30d
`
    expectSuccess(await applyStep(manifest))
    const before = emulator.requests.length
    const second = await applyStep(manifest)
    expectSuccess(second)
    expect(emulator.requests.slice(before).filter((request) => request.service === 'graph').map((request) => `${request.method} ${request.path}`)).toEqual([
      LIST,
      'POST /beta/trustFramework/keySets/B2C_1A_ShortLived/generateKey',
    ])
    expect(emulator.keysets.get('B2C_1A_ShortLived')?.keys).toHaveLength(2)
    expect(emulator.keysets.get('B2C_1A_LongLived')?.keys).toHaveLength(1)
    const [short, long] = reportOf(second).entries
    expect(short?.reason).toMatch(/^Due: the active key, .+, is valid until .+, before /)
    expect(long?.reason).toMatch(/^Not due: the active key, .+, is valid until .+, past /)
    expect(JSON.parse(second.outputs['kids'] ?? '{}')['B2C_1A_ShortLived']).toBe(emulator.keysets.get('B2C_1A_ShortLived')?.keys[1]?.kid)
  })

  it('re-uploads a secret only as upload-again says', async () => {
    const manifest = (again: string) => `keysets:\n  - id: Rotated\n    secret: { env: S }\n    upload-again: ${again}\n`
    expectSuccess(await applyStep(manifest('when-due'), { env: { S: 'one' } }))
    const quiet = await applyStep(manifest('30d'), { env: { S: 'two' } })
    expect(quiet.outputs['action-taken']).toBe('skipped')
    const forced = await applyStep(manifest('always'), { env: { S: 'three' } })
    expect(forced.outputs['action-taken']).toBe('applied')
    const renewed = await applyStep(manifest('0d'), { env: { S: 'four' } })
    expect(renewed.outputs['action-taken']).toBe('applied')
    expect(reportOf(renewed).entries[0]?.reason).toMatch(/started longer ago than the upload-again period/)
    expect(emulator.keysets.get('B2C_1A_Rotated')?.keys).toHaveLength(3)
  })

  it('uploads a PKCS#12 once: the same certificate is recognised on the next run', async () => {
    const pfx = makePfx(saml.certPem, saml.keyPem, 'pfx-pass-71', { legacy: true })
    const manifest = 'keysets:\n  - id: SamlSigning\n    pkcs12: { env: PFX, password-env: PFX_PASSWORD }\n    rotate-if-expiring-within: 1000d\n'
    const first = await applyStep(manifest, { env: { PFX: pfx, PFX_PASSWORD: 'pfx-pass-71' } })
    expectSuccess(first)
    expect(first.masked).toEqual(expect.arrayContaining(['pfx-pass-71']))
    const second = await applyStep(manifest, { env: { PFX: pfx, PFX_PASSWORD: 'pfx-pass-71' } })
    expectSuccess(second)
    expect(second.outputs['action-taken']).toBe('skipped')
    expect(reportOf(second).entries[0]?.reason).toMatch(/certificate [0-9A-F]{40} is already in the keyset/)
  })

  it('never shows a secret from the environment, with every debug switch on', async () => {
    const pfx = makePfx(saml.certPem, saml.keyPem, 'sweep-pfx-pass-55', { legacy: true })
    const secrets = { S: 'sweep-secret-value-31', PFX: pfx, PFX_PASSWORD: 'sweep-pfx-pass-55' }
    const manifest = 'keysets:\n  - id: SweepSecret\n    secret: { env: S }\n  - id: SweepPfx\n    pkcs12: { env: PFX, password-env: PFX_PASSWORD }\n'
    const run = await applyStep(manifest, { env: { ...secrets, ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', AZURE_LOG_LEVEL: 'verbose' } })
    // AZURE_LOG_LEVEL writes the SDK's log to stderr, which the sweep reads too (visibleLines).
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.masked).toEqual(expect.arrayContaining([secrets.S, secrets.PFX_PASSWORD]))
    const shown = [run.visibleLines.join('\n'), run.summary, JSON.stringify(run.outputs), readFileSync(run.outputs['report'] ?? '', 'utf8')].join('\n')
    for (const value of [secrets.S, secrets.PFX_PASSWORD, pfx.slice(0, 64), saml.keyPem.split('\n')[1] ?? 'key line']) expect(shown).not.toContain(value)
  })

  it('lets the other entries finish when one write fails, then fails the step with outputs written', async () => {
    emulator.injectFault({ method: 'POST', path: '/B2C_1A_Broken/generateKey', status: 400, code: 'BadRequest' })
    const run = await applyStep('keysets:\n  - id: Broken\n    generate: { key-type: oct }\n  - id: Healthy\n    generate: { key-type: oct }\n')
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^1 of 2 manifest entries failed; the others were applied and a re-run converges\. manifest\.yml:2:5: B2C_1A_Broken: Due: the keyset does not exist\. Failed: Generating a key in keyset B2C_1A_Broken failed/)])
    expect(run.outputs['action-taken']).toBe('applied')
    expect(JSON.parse(run.outputs['kids'] ?? '{}')).toEqual({ B2C_1A_Broken: null, B2C_1A_Healthy: emulator.keysets.get('B2C_1A_Healthy')?.keys[0]?.kid })
    expect(reportOf(run).entries.map((entry) => entry.action)).toEqual(['failed', 'generated'])
    expect(run.summary).toContain('| `manifest.yml:2:5` | `B2C_1A_Broken` | failed |')
  })

  it('refuses a type conflict with the keys already there before writing anything', async () => {
    await step(emulator, { operation: 'generate-key', keyset: 'Facebook', 'key-type': 'RSA' })
    const before = emulator.requests.length
    const run = await applyStep('keysets:\n  - id: Fresh\n    generate: { key-type: oct }\n  - id: Facebook\n    secret: { env: FB }\n', { env: { FB: 'x' } })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/nothing was written: manifest\.yml:4:5: Keyset B2C_1A_Facebook already holds .*RSA sig/)
    expect(emulator.requests.slice(before).filter((request) => request.service === 'graph').map((request) => `${request.method} ${request.path}`)).toEqual([LIST])
    expect(emulator.keysets.has('B2C_1A_Fresh')).toBe(false)
  })

  it.each([
    ['an unknown key', 'keysets:\n  - id: A\n    generate: {}\n    colour: red\n', /manifest\.yml:4:5: unknown key 'colour'/],
    ['a literal secret', 'keysets:\n  - id: A\n    secret: hunter2-literal\n', /manifest\.yml:3:13: 'secret' must name an environment variable/],
    ['YAML that does not parse', 'keysets:\n  - id: A\n   generate: {}\n', /manifest\.yml:3:\d+: /],
    ['a secret in a keyset declared RSA', 'keysets:\n  - id: A\n    secret: { env: S }\n    key-type: RSA\n', /manifest\.yml:4:5: a secret is an oct key/],
    ['an unset environment variable', 'keysets:\n  - id: A\n    secret: { env: NOT_SET_ANYWHERE }\n', /manifest\.yml:2:5: keyset B2C_1A_A: environment variable NOT_SET_ANYWHERE is not set/],
  ])('refuses %s with line and column, before any request', async (_, manifest, expected) => {
    const run = await applyStep(manifest)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/^Input 'manifest': /)
    expect(run.errors[0]).toMatch(expected)
    expect(run.visibleLines.join('\n')).not.toContain('hunter2')
    expect(emulator.requests).toEqual([])
  })

  it('refuses a manifest that is not there, naming the path', async () => {
    const run = await step(emulator, { operation: 'apply', manifest: 'missing.yml' }, { env: { GITHUB_WORKSPACE: workspace } })
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'manifest': cannot read 'missing\.yml' \(.*missing\.yml: ENOENT\)/)])
    expect(emulator.requests).toEqual([])
  })

  it('plans in a dry run with one read and no write', async () => {
    await step(emulator, { operation: 'upload-secret', keyset: 'FacebookSecret', secret: 'old', expires: '10d' })
    const before = emulator.requests.length
    const run = await applyStep(TENANT, { env, inputs: { 'dry-run': 'true' } })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('planned')
    expect(emulator.requests.slice(before).filter((request) => request.service === 'graph').map((request) => `${request.method} ${request.path}`)).toEqual([LIST])
    const report = reportOf(run)
    expect(report.entries.map((entry) => entry.action)).toEqual(['planned', 'planned', 'skipped', 'planned'])
    expect(report.entries[0]?.reason).toMatch(/would create keyset B2C_1A_TokenSigningKeyContainer, then generate/)
    expect(run.summary).toMatch(/\| `B2C_1A_FacebookSecret` \| skipped \|/)
    expect([...emulator.keysets.keys()]).toEqual(['B2C_1A_FacebookSecret'])
  })

})

describe('apply with Key Vault entries', () => {
  const ADMIN = { clientId: '7d2e9b3f-8d2e-4f4a-8b9c-7d6e5f4a3b2d', secret: 'apply-admin-secret-9R~kv' }
  const admin = { 'client-id': ADMIN.clientId, 'client-secret': ADMIN.secret }
  const DAY_MS = 86_400_000
  const v1 = makeSelfSignedCert({ days: 60, notBeforeDaysAgo: 30, commonName: 'app-cert v1' })
  const v2 = makeSelfSignedCert({ days: 60, notBeforeDaysAgo: 1, commonName: 'app-cert v2' })
  const samlCert = makeSelfSignedCert({ days: 90, commonName: 'saml idp' })

  function seedVault(): { objectId: string } {
    emulator.registerClient({ clientId: ADMIN.clientId, secret: ADMIN.secret, roles: ['Application.ReadWrite.All', 'TrustFrameworkKeySet.ReadWrite.All'] })
    emulator.keyVault.setRoles(ADMIN.clientId, Object.values(VAULT_ROLES))
    ;[v1, v2].forEach((cert, index) =>
      emulator.keyVault.addCertificateVersion('app-cert', { certificatePem: cert.certPem, keyPem: cert.keyPem, enabled: true, created: new Date(Date.now() - (2 - index) * DAY_MS) }),
    )
    emulator.keyVault.addCertificateVersion('saml-idp', { certificatePem: samlCert.certPem, keyPem: samlCert.keyPem, enabled: true, created: new Date() })
    return emulator.addApplication({ displayName: 'Contoso web', keyCredentials: [{ certificatePem: v1.certPem }] })
  }

  it('keeps an application on the newest vault version and uploads a keyset certificate from the vault', async () => {
    const { objectId } = seedVault()
    const manifest = `keysets:\n  - id: SamlIdpCert\n    key-vault-certificate: saml-idp\n  - id: SamlSigning\n    key-vault-pkcs12: saml-idp\napplications:\n  - application: ${objectId}\n    key-vault-certificate: app-cert\n`
    const inputs = { ...admin, 'key-vault': emulator.keyVault.url }
    const first = await applyStep(manifest, { inputs })
    expectSuccess(first)
    expect(first.outputs['action-taken']).toBe('applied')
    expect(reportOf(first).entries.map((entry) => [entry.id, entry.action, entry.place])).toEqual([
      ['B2C_1A_SamlIdpCert', 'uploaded', 'manifest.yml:2:5'],
      ['B2C_1A_SamlSigning', 'uploaded', 'manifest.yml:4:5'],
      [objectId, 'added', 'manifest.yml:7:5'],
    ])
    // key-vault-pkcs12 brings the private key (the emulator keeps it from the PFX); the public part does not.
    expect(emulator.keysets.get('B2C_1A_SamlSigning')?.keys[0]?.d).toEqual(expect.any(String))
    expect(emulator.keysets.get('B2C_1A_SamlIdpCert')?.keys[0]?.d).toBeUndefined()
    expect((emulator.applications.get(objectId)?.keyCredentials ?? []).map((credential) => credential.customKeyIdentifier)).toEqual([sha1Fingerprint(v1.certPem), sha1Fingerprint(v2.certPem)])
    expect(emulator.keysets.get('B2C_1A_SamlIdpCert')?.keys.map((key) => key.x5t)).toEqual([Buffer.from(sha1Fingerprint(samlCert.certPem), 'hex').toString('base64url')])

    // One token per scope, though the keyset list and the application's read start together, and so do the vault's clients.
    const scoped = (scope: string) => (request: RecordedRequest) => request.service === 'token' && (request.body as { scope?: string } | undefined)?.scope === scope
    expect(emulator.requests.filter(scoped(`${emulator.url}/.default`))).toHaveLength(1)
    expect(emulator.requests.filter(scoped('https://vault.azure.net/.default'))).toHaveLength(1)
    const writesBefore = graphWrites().length
    const again = await applyStep(manifest, { inputs })
    expectSuccess(again)
    expect(again.outputs['action-taken']).toBe('skipped')
    expect(graphWrites()).toHaveLength(writesBefore)
  })

  it('reads no keyset for a manifest of applications only', async () => {
    const { objectId } = seedVault()
    const run = await applyStep(`applications:\n  - application: ${objectId}\n    key-vault-certificate: app-cert\n`, { inputs: { ...admin, 'key-vault': emulator.keyVault.url, 'dry-run': 'true' } })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('planned')
    expect(emulator.requests.filter((request) => request.path.includes('trustFramework'))).toEqual([])
    expect(graphWrites()).toEqual([])
  })

  it('refuses two entries that name one application by object id and by appId, before any write', async () => {
    const { objectId } = seedVault()
    const { appId } = emulator.applications.get(objectId)!
    const run = await applyStep(`applications:\n  - application: ${objectId}\n    key-vault-certificate: app-cert\n  - application: ${appId}\n    key-vault-certificate: app-cert\n`, { inputs: { ...admin, 'key-vault': emulator.keyVault.url } })
    expect(run.errors).toEqual([expect.stringMatching(/manifest\.yml:4:5: application .+ is the same application \(object id .+\) as the entry at line 2; declare it once/)])
    expect(graphWrites()).toEqual([])
  })

  it('keeps a directory name with line breaks on one line', async () => {
    const { objectId } = seedVault()
    emulator.applications.get(objectId)!.displayName = 'Contoso\n::error::injected by a display name'
    const run = await applyStep(`applications:\n  - application: ${objectId}\n    key-vault-certificate: app-cert\n`, { inputs: { ...admin, 'key-vault': emulator.keyVault.url } })
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(reportOf(run).entries[0]?.reason).not.toMatch(/\n/)
  })

  it('refuses a Key Vault entry without the key-vault input, before any request', async () => {
    const run = await applyStep('applications:\n  - application: 00000000-0000-0000-0000-000000000001\n    key-vault-certificate: app-cert\n')
    expect(run.errors).toEqual([expect.stringMatching(/manifest\.yml:2:5: application 00000000-0000-0000-0000-000000000001: the Key Vault certificate 'app-cert' needs the vault: set the key-vault input/)])
    expect(emulator.requests).toEqual([])
  })
})

describe('apply in its own chunk', () => {
  it('keeps the YAML parser out of the bundle every run loads', () => {
    const chunks = readdirSync(join(REPO_ROOT, 'dist')).filter((name) => name.endsWith('.js'))
    const withYaml = chunks.filter((name) => readFileSync(join(REPO_ROOT, 'dist', name), 'utf8').includes('class Composer'))
    expect(withYaml).toHaveLength(1)
    expect(withYaml).not.toContain('index.js')
  })
})

describe('apply with service latency', () => {
  it('writes up to four keysets at once and never two writes on one keyset', async () => {
    const slow = await startEmulator({ latencyMs: 150 })
    try {
      const ids = Array.from({ length: 8 }, (_, i) => `Parallel${i}`)
      const manifest = `keysets:\n${ids.map((id) => `  - id: ${id}\n    generate: { key-type: oct }\n`).join('')}`
      const run = await applyStep(manifest, { on: slow })
      expectSuccess(run)
      const writes = graphWrites(slow)
      expect(writes).toHaveLength(16)
      expect(writes.filter((request) => request.status === 409)).toEqual([])
      // Each write holds the emulator for 150 ms: starts closer than that overlapped.
      const starts = writes.map((request) => request.at.getTime()).sort((a, b) => a - b)
      const inFlight = starts.map((start) => starts.filter((other) => other <= start && start - other < 150).length)
      expect(Math.max(...inFlight)).toBeGreaterThanOrEqual(2)
      expect(Math.max(...inFlight)).toBeLessThanOrEqual(4)
      // Per keyset, create then write, one after the other.
      for (const id of ids) {
        const own = writes.filter((request) => request.path.includes(`B2C_1A_${id}/`) || (request.body as { id?: string } | undefined)?.id === `B2C_1A_${id}`)
        expect(own.map((request) => request.path)).toEqual(['/beta/trustFramework/keySets', `/beta/trustFramework/keySets/B2C_1A_${id}/generateKey`])
        expect(own[1]!.at.getTime() - own[0]!.at.getTime()).toBeGreaterThanOrEqual(150)
      }
    } finally {
      await slow.close()
    }
  })
})
