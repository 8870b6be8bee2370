/**
 * The secret sweep of secrets.test.ts, for apply (secrets and PKCS#12 passwords from the
 * environment variables a manifest names) and for audit with issue-on (the github-token), with
 * every debug switch on: no secret, token or proof outside `::add-mask::` lines, in stdout,
 * stderr, outputs, the summary or the report file, also when a service echoes the request.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VAULT_ROLES, type Emulator } from '../../emulator/index.js'
import { setKeyset } from '../helpers/audit-tenant.js'
import { step, useEmulator } from '../helpers/emulated-step.js'
import { credentialsSent, DEBUG_ENV, expectNowhere, pemBodyLines } from '../helpers/leaks.js'
import { makePfx, makeSelfSignedCert } from '../helpers/openssl.js'
import type { StepRun } from '../../scripts/lib/run-step.js'

let emulator: Emulator
useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: started.client.clientId, roles: ['TrustFrameworkKeySet.ReadWrite.All', 'Application.Read.All'] })
})

const workspace = mkdtempSync(join(tmpdir(), 'b2c-keys-sweep-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

function applyStep(manifest: string, env: Record<string, string>): Promise<StepRun> {
  writeFileSync(join(workspace, 'manifest.yml'), manifest)
  const runnerTemp = mkdtempSync(join(workspace, 'temp-'))
  return step(emulator, { operation: 'apply', manifest: 'manifest.yml' }, { env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, ...DEBUG_ENV, ...env } })
}

const MANIFEST = `keysets:
  - id: SweepSecret
    secret: { env: SWEEP_SECRET }
  - id: SweepPfx
    pkcs12: { env: SWEEP_PFX, password-env: SWEEP_PFX_PASSWORD }
`

describe('apply: secrets from the environment', () => {
  const uploaded = makeSelfSignedCert({ days: 365 })
  const vars = {
    SWEEP_SECRET: 'manifest-secret-from-env-4e7a1c',
    SWEEP_PFX: makePfx(uploaded.certPem, uploaded.keyPem, 'pfx-password-from-env-83', { legacy: true }),
    SWEEP_PFX_PASSWORD: 'pfx-password-from-env-83',
  }

  it('the secret, the PFX, its password and its key: masked, never shown', async () => {
    const run = await applyStep(MANIFEST, vars)
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.stdout).toContain('::debug::')
    expect(run.stderr).toMatch(/^HTTPS? \d+:/m)
    expect(run.reportText).toBeDefined()
    const pkcs12 = emulator.requests.find((request) => request.path.endsWith('/uploadPkcs12'))?.body as { key: string; password: string }
    expect(run.masked).toEqual(expect.arrayContaining([vars.SWEEP_SECRET, vars.SWEEP_PFX, vars.SWEEP_PFX_PASSWORD, pkcs12.key, pkcs12.password, ...credentialsSent(emulator)]))
    expectNowhere(run, [
      ...Object.values(vars),
      pkcs12.key,
      pkcs12.password,
      emulator.client.clientSecret,
      ...pemBodyLines(uploaded.keyPem),
      ...credentialsSent(emulator),
    ])
  })

  it('a service that echoes the upload: the secret stays out of the error, the summary and the report', async () => {
    emulator.injectFault({ path: /uploadSecret$/, status: 400, code: 'BadRequest', echo: true })
    const run = await applyStep(MANIFEST, vars)
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/Invalid request: /)
    expect(run.reportText).toContain('***')
    expectNowhere(run, [vars.SWEEP_SECRET, JSON.stringify(vars.SWEEP_SECRET), vars.SWEEP_PFX_PASSWORD, emulator.client.clientSecret, ...credentialsSent(emulator)])
  })
})

describe('apply: a PFX from Key Vault', () => {
  it('the vault PFX, the re-wrapped PFX and its password, vault tokens: masked, never shown', async () => {
    const stored = makeSelfSignedCert({ days: 365 })
    emulator.keyVault.setRoles(emulator.client.clientId, Object.values(VAULT_ROLES))
    emulator.keyVault.addCertificateVersion('sweep-cert', { certificatePem: stored.certPem, keyPem: stored.keyPem })
    writeFileSync(join(workspace, 'manifest.yml'), 'keysets:\n  - id: SweepVaultPfx\n    key-vault-pkcs12: sweep-cert\n')
    const run = await step(emulator, { operation: 'apply', manifest: 'manifest.yml', 'key-vault': emulator.keyVault.url }, { env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(workspace, 'temp-')), ...DEBUG_ENV } })
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    const pkcs12 = emulator.requests.find((request) => request.path.endsWith('/uploadPkcs12'))?.body as { key: string; password: string }
    const vaultPfx = emulator.keyVault.vault.certificates.get('sweep-cert')?.map((version) => version.pfx) ?? []
    const vaultTokens = emulator.requests.filter((request) => request.service === 'keyvault').flatMap((request) => (request.headers['authorization'] ? [request.headers['authorization'].replace(/^Bearer /, '')] : []))
    expect(vaultTokens.length).toBeGreaterThan(0)
    expect(run.masked).toEqual(expect.arrayContaining([pkcs12.key, pkcs12.password, ...vaultTokens]))
    expectNowhere(run, [pkcs12.key, pkcs12.password, ...vaultPfx, ...vaultTokens, ...pemBodyLines(stored.keyPem), ...credentialsSent(emulator)])
  })
})

describe('apply: an application entry', () => {
  it('the proof signed in Key Vault and the vault tokens: masked, never shown', async () => {
    const [current, next] = [makeSelfSignedCert({ days: 60, notBeforeDaysAgo: 30 }), makeSelfSignedCert({ days: 365 })]
    emulator.registerClient({ clientId: emulator.client.clientId, roles: ['Application.ReadWrite.All', 'TrustFrameworkKeySet.ReadWrite.All'] })
    emulator.keyVault.setRoles(emulator.client.clientId, Object.values(VAULT_ROLES))
    emulator.keyVault.addCertificateVersion('app-cert', { certificatePem: current.certPem, keyPem: current.keyPem, created: new Date(Date.now() - 86_400_000) })
    emulator.keyVault.addCertificateVersion('app-cert', { certificatePem: next.certPem, keyPem: next.keyPem })
    const { objectId } = emulator.addApplication({ displayName: 'Sweep app', keyCredentials: [{ certificatePem: current.certPem }] })
    writeFileSync(join(workspace, 'manifest.yml'), `applications:\n  - application: ${objectId}\n    key-vault-certificate: app-cert\n`)
    const run = await step(emulator, { operation: 'apply', manifest: 'manifest.yml', 'key-vault': emulator.keyVault.url }, { env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(workspace, 'temp-')), ...DEBUG_ENV } })
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    const proof = (emulator.requests.find((request) => request.path.endsWith('/addKey'))?.body as { proof?: string } | undefined)?.proof
    expect(proof).toBeDefined()
    expect(run.masked).toEqual(expect.arrayContaining([proof!, ...credentialsSent(emulator)]))
    expectNowhere(run, [proof!, emulator.client.clientSecret, ...pemBodyLines(current.keyPem), ...pemBodyLines(next.keyPem), ...credentialsSent(emulator)])
  })
})

describe('apply: a private key where a certificate belongs', () => {
  it('masked line by line, as the refusal says, before the manifest is refused', async () => {
    const pasted = makeSelfSignedCert({ days: 365 })
    const run = await applyStep('keysets:\n  - id: SweepCert\n    certificate: { env: SWEEP_CERT }\n', { SWEEP_CERT: `${pasted.certPem}${pasted.keyPem}` })
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'manifest': manifest\.yml:2:5: keyset B2C_1A_SweepCert: .*holds a private key: .*the key lines were masked/)])
    expect(emulator.requests).toEqual([])
    expect(run.masked).toEqual(expect.arrayContaining(pemBodyLines(pasted.keyPem)))
    expectNowhere(run, pemBodyLines(pasted.keyPem))
  })
})

describe('apply: a secret pasted where its variable name belongs', () => {
  it('is not quoted in the refusal', async () => {
    const pasted = 'pasted-secret-value-7f3e'
    const run = await applyStep(`keysets:\n  - id: A\n    secret: { env: ${pasted} }\n  - id: B\n    pkcs12: { env: PFX, password-env: "${pasted}" }\n`, {})
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'manifest': manifest\.yml:3:20: 'secret'\.env is not an environment variable name .*; manifest\.yml:5:39: 'pkcs12'\.password-env is not/)])
    expect(emulator.requests).toEqual([])
    expectNowhere(run, [pasted])
  })
})

describe('audit with issue-on: the github-token', () => {
  const issueEnv = () => ({ ...DEBUG_ENV, GITHUB_API_URL: emulator.githubApi.url, GITHUB_REPOSITORY: emulator.githubApi.repository })
  const audit = () => step(emulator, { operation: 'audit', 'audit-scope': 'keysets', 'issue-on': 'critical', 'github-token': emulator.githubApi.token }, { env: issueEnv() })

  it('masked, never shown, with Node and debug logging on', async () => {
    setKeyset(emulator, 'B2C_1A_Gone', [])
    const run = await audit()
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/^HTTPS? \d+:/m)
    expect(emulator.githubApi.issues).toHaveLength(1)
    expect(run.masked).toEqual(expect.arrayContaining([emulator.githubApi.token, emulator.client.clientSecret]))
    expectNowhere(run, [emulator.githubApi.token, emulator.client.clientSecret, ...credentialsSent(emulator)])
    expect(emulator.githubApi.issues[0]?.body).not.toContain(emulator.githubApi.token)
  })

  it('a GitHub error that echoes the request and its Authorization header: the token stays out', async () => {
    setKeyset(emulator, 'B2C_1A_Gone', [])
    emulator.injectFault({ method: 'POST', path: /\/issues$/, status: 422, code: 'Validation Failed', echo: true })
    const run = await audit()
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/could not process .*\(Authorization: token \*\*\*\)/)
    expectNowhere(run, [emulator.githubApi.token, emulator.client.clientSecret, ...credentialsSent(emulator)])
  })
})
