/**
 * Text the new operations quote from elsewhere (GitHub and Key Vault error messages, keyset ids
 * and display names in the audit summary and issue, manifest keys and values, the manifest path)
 * never starts a workflow command: line breaks are neutralised before anything is written.
 * hostile-answers.test.ts does the same for Graph answers.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VAULT_ROLES, type Emulator } from '../../emulator/index.js'
import { certificateCredential, setKeyset } from '../helpers/audit-tenant.js'
import { step, useEmulator } from '../helpers/emulated-step.js'
import { expectNoInjectedCommand } from '../helpers/leaks.js'
import { makeSelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator
useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: started.client.clientId, roles: ['TrustFrameworkKeySet.ReadWrite.All', 'Application.Read.All'] })
})

const workspace = mkdtempSync(join(tmpdir(), 'b2c-keys-hostile-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const EVIL = 'x\r\n::error::pwned\n::add-mask::pwned\u2028::set-output name=kid::pwned\r::stop-commands::pwned'

const issueEnv = () => ({ GITHUB_API_URL: emulator.githubApi.url, GITHUB_REPOSITORY: emulator.githubApi.repository })
const audit = (inputs: Record<string, string>) => step(emulator, { operation: 'audit', 'fail-on': 'never', ...inputs }, { env: issueEnv() })

describe('GitHub and Key Vault error messages', () => {
  it('a GitHub error message with line breaks stays on its line', async () => {
    setKeyset(emulator, 'B2C_1A_Gone', [])
    emulator.injectFault({ method: 'POST', path: /\/issues$/, status: 422, body: JSON.stringify({ message: `Validation Failed${EVIL}` }), contentType: 'application/json' })
    const run = await audit({ 'audit-scope': 'keysets', 'issue-on': 'critical', 'github-token': emulator.githubApi.token })
    expect(run.exitCode).toBe(1)
    // Only the first line of GitHub's message is quoted; what is left of it is still neutralised.
    expect(run.errors.at(-1)).toMatch(/^Could not update the audit issue in octo-org\/octo-repo: Validation Failedx/)
    expectNoInjectedCommand(run)
  })

  it('a Key Vault error message with line breaks stays on its line', async () => {
    emulator.keyVault.setRoles(emulator.client.clientId, Object.values(VAULT_ROLES))
    const certificate = makeSelfSignedCert({ days: 30 })
    // A named version: one GET whose error the SDK passes on (the version list's pager drops the message).
    const version = emulator.keyVault.addCertificateVersion('app-cert', { certificatePem: certificate.certPem, keyPem: certificate.keyPem })
    emulator.injectFault({ method: 'GET', path: /certificates\/app-cert/, status: 400, body: JSON.stringify({ error: { code: 'BadParameter', message: `Bad certificate${EVIL}` } }), contentType: 'application/json' })
    const run = await step(emulator, { operation: 'upload-certificate', keyset: 'Hostile', 'key-vault': emulator.keyVault.url, 'key-vault-certificate': `app-cert/${version}` })
    expect(run.exitCode).toBe(1)
    // The first line of the message is quoted, its CR replaced.
    expect(run.errors).toEqual([expect.stringMatching(/: Bad certificatex +\[Key Vault 400 BadParameter\]$/)])
    expectNoInjectedCommand(run)
  })

  it('a Key Vault error to the version list: what the vault said, not the pager, on one line', async () => {
    emulator.keyVault.setRoles(emulator.client.clientId, Object.values(VAULT_ROLES))
    const certificate = makeSelfSignedCert({ days: 30 })
    emulator.keyVault.addCertificateVersion('app-cert', { certificatePem: certificate.certPem, keyPem: certificate.keyPem })
    emulator.injectFault({ method: 'GET', path: /certificates\/app-cert\/versions/, status: 400, body: JSON.stringify({ error: { code: 'BadParameter', message: `Bad listing${EVIL}` } }), contentType: 'application/json' })
    const run = await step(emulator, { operation: 'upload-certificate', keyset: 'Hostile', 'key-vault': emulator.keyVault.url, 'key-vault-certificate': 'app-cert' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^Could not list the versions of certificate 'app-cert' in Key Vault .*: Bad listingx +\[Key Vault 400 BadParameter\]$/)])
    expectNoInjectedCommand(run)
  })
})

describe('names from Graph in the audit', () => {
  it('a keyset id and a display name with line breaks: one line in the log, one row in the summary and the issue', async () => {
    setKeyset(emulator, `B2C_1A_Evil${EVIL}`, [])
    const { objectId } = emulator.addApplication({ displayName: `Evil | app${EVIL}` })
    emulator.applications.get(objectId)?.keyCredentials.push(certificateCredential(-10, 5))
    const run = await audit({ 'audit-scope': 'keysets,applications', 'issue-on': 'expiring', 'github-token': emulator.githubApi.token })
    expect(run.exitCode).toBe(0)
    expectNoInjectedCommand(run)
    const [issue] = emulator.githubApi.issues
    for (const markdown of [run.summary, issue?.body ?? '']) {
      // The issue body goes to GitHub as it is: CR alone ends a Markdown line too (CommonMark).
      const lines = markdown.split(/\r\n|\r|\n/)
      expect(lines.filter((line) => /pwned/.test(line) && !line.startsWith('| '))).toEqual([])
      expect(lines.filter((line) => line.includes('B2C_1A_Evil'))).toHaveLength(1)
      expect(lines.filter((line) => line.includes('Evil \\| app'))).toHaveLength(1)
    }
  })
})

describe('the manifest', () => {
  const apply = (manifest: string, path = 'manifest.yml') => {
    writeFileSync(join(workspace, 'manifest.yml'), manifest)
    return step(emulator, { operation: 'apply', manifest: path }, { env: { GITHUB_WORKSPACE: workspace } })
  }

  it('keys and values with line breaks are quoted on one line', async () => {
    const quoted = JSON.stringify(EVIL)
    const run = await apply(`keysets:\n  - id: ${quoted}\n    generate: {}\n    ${quoted}: 1\n  - id: A\n    secret: { env: ${quoted} }\n`)
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'manifest': /)])
    for (const problem of [/manifest\.yml:2:9: 'id' 'x +::error::pwned /, /manifest\.yml:4:5: unknown key 'x +::error::pwned /, /manifest\.yml:6:20: 'secret'\.env is not an environment variable name/]) {
      expect(run.errors[0]).toMatch(problem)
    }
    expectNoInjectedCommand(run)
    expect(emulator.requests).toEqual([])
  })

  it('a manifest path with line breaks is quoted on one line', async () => {
    const run = await apply('keysets: []\n', `missing${EVIL}.yml`)
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'manifest': cannot read 'missingx +::error::pwned/)])
    expectNoInjectedCommand(run)
    expect(emulator.requests).toEqual([])
  })
})
