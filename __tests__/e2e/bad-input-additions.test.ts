/**
 * The inputs of audit, Key Vault and apply, as a hostile or careless user gives them: each fails
 * before any request (the token request included) with one `::error::` that names the input and
 * says what is accepted. bad-input.test.ts does the same for the original inputs.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { step, useEmulator } from '../helpers/emulated-step.js'
import { makePfx, makeSelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const workspace = mkdtempSync(join(tmpdir(), 'b2c-keys-bad-input-'))
mkdirSync(join(workspace, 'a-directory'))
// One byte over the 1 MiB a manifest may have, though every line of it is valid YAML.
writeFileSync(join(workspace, 'huge.yml'), `keysets: []\n${'#'.repeat(1024 * 1024 - 11)}`)
writeFileSync(join(workspace, 'far.yml'), 'keysets:\n  - id: Far\n    expires: 300000y\n    generate: {}\n')
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const valid = makeSelfSignedCert({ days: 30 })
const signer = `${valid.certPem}${valid.keyPem}`
const pfx = makePfx(valid.certPem, valid.keyPem, 'right-password', { legacy: true })
const APP = '00000000-0000-0000-0000-0000000000a1'
const KEY_ID = '00000000-0000-0000-0000-000000000001'
const VERSION = '0123456789abcdef0123456789abcdef'

type Case = [description: string, inputs: Record<string, string>, input: string, accepted: RegExp]

const vault = (inputs: Record<string, string>) => ({ 'key-vault': 'contoso-kv', ...inputs })

const cases: Case[] = [
  // audit
  ['issue-on unknown', { operation: 'audit', 'issue-on': 'always' }, 'issue-on', /'always' is not accepted: one of 'never', 'critical', 'expiring'/],
  ['audit-scope of separators only', { operation: 'audit', 'audit-scope': ', ,' }, 'audit-scope', /names no scope: give one or more of 'keysets', 'applications', 'service-principals'/],
  ['warn-within negative', { operation: 'audit', 'warn-within': '-5d' }, 'warn-within', /not a duration: give an ISO-8601 duration/],
  ['fail-on unknown', { operation: 'audit', 'fail-on': 'error' }, 'fail-on', /one of 'never', 'critical', 'expiring'/],
  ['github-token that is two lines', { operation: 'audit', 'issue-on': 'critical', 'github-token': 'ghs_first\nghs_second' }, 'github-token', /one word/],
  ['github-token with a space', { operation: 'audit', 'issue-on': 'critical', 'github-token': 'Bearer ghs_abcdefghijkl' }, 'github-token', /one word/],
  ['warn-within beyond any date', { operation: 'audit', 'warn-within': '300000y' }, 'warn-within', /'300000y' is not a duration: .*, at most 1000 years/],
  ['expires beyond any date', { operation: 'generate-key', keyset: 'X', expires: '300000y' }, 'expires', /'300000y' is not .*, at most 1000 years/],
  ['rotate window beyond any date', { operation: 'generate-key', keyset: 'X', 'rotate-if-expiring-within': '300000y' }, 'rotate-if-expiring-within', /at most 1000 years/],
  ['remove-superseded-after beyond any date', vault({ operation: 'sync-key-vault-certificate', application: APP, 'key-vault-certificate': 'c', 'remove-superseded-after': '300000y' }), 'remove-superseded-after', /at most 1000 years/],
  ['a manifest duration beyond any date', { operation: 'apply', manifest: 'far.yml' }, 'manifest', /far\.yml:3:14: 'expires': '300000y' is not .*at most 1000 years/],
  // key-vault
  ['key-vault with a space', vault({ operation: 'upload-certificate', keyset: 'X', 'key-vault': 'contoso kv', 'key-vault-certificate': 'c' }), 'key-vault', /neither a vault name \(3-24 letters, digits or dashes\) nor a vault URL/],
  ['key-vault with a path', vault({ operation: 'upload-certificate', keyset: 'X', 'key-vault': 'https://contoso-kv.vault.azure.net/certificates/c', 'key-vault-certificate': 'c' }), 'key-vault', /the vault's origin only, such as 'https:\/\/contoso-kv\.vault\.azure\.net'/],
  ['key-vault alone on an operation without certificates', vault({ operation: 'upload-secret', keyset: 'X', secret: 'sss' }), 'key-vault', /is not used by upload-secret/],
  ['key-vault with a name too long', vault({ operation: 'upload-certificate', keyset: 'X', 'key-vault': 'a'.repeat(25), 'key-vault-certificate': 'c' }), 'key-vault', /neither a vault name/],
  // key-vault-certificate
  ['key-vault-certificate of three parts', vault({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': `c/${VERSION}/x` }), 'key-vault-certificate', /is not 'name' or 'name\/version'/],
  ['key-vault-certificate with a space', vault({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'my cert' }), 'key-vault-certificate', /is not 'name' or 'name\/version'/],
  ['key-vault-certificate with an empty version', vault({ operation: 'upload-certificate', keyset: 'X', 'key-vault-certificate': 'c/' }), 'key-vault-certificate', /is not 'name' or 'name\/version'/],
  ['key-vault-certificate and new-certificate', vault({ operation: 'add-key', application: APP, 'proof-certificate': signer, 'new-certificate': valid.certPem, 'key-vault-certificate': 'c' }), 'key-vault-certificate', /and 'new-certificate' exclude each other/],
  ['key-vault-certificate and pkcs12', vault({ operation: 'upload-pkcs12', keyset: 'X', pkcs12: pfx, 'key-vault-certificate': 'c' }), 'key-vault-certificate', /and 'pkcs12' exclude each other/],
  ['key-vault-certificate and pkcs12-password', vault({ operation: 'upload-pkcs12', keyset: 'X', 'pkcs12-password': 'right-password', 'key-vault-certificate': 'c' }), 'key-vault-certificate', /and 'pkcs12-password' exclude each other/],
  ['key-vault-certificate on create-keyset', vault({ operation: 'create-keyset', keyset: 'X', 'key-vault-certificate': 'c' }), 'key-vault-certificate', /is not used by create-keyset/],
  ['key-vault-certificate on remove-key', vault({ operation: 'remove-key', 'key-id': KEY_ID, 'proof-certificate': signer, 'key-vault-certificate': 'c' }), 'key-vault-certificate', /is not used by remove-key/],
  ['key-vault-certificate on audit', vault({ operation: 'audit', 'key-vault-certificate': 'c' }), 'key-vault-certificate', /is not used by audit/],
  ['key-vault-certificate on apply', vault({ operation: 'apply', manifest: 'manifest.yml', 'key-vault-certificate': 'c' }), 'key-vault-certificate', /is not used by apply/],
  ['key-vault-certificate without a vault on add-key', { operation: 'add-key', application: APP, 'proof-certificate': signer, 'key-vault-certificate': 'c' }, 'key-vault', /required with key-vault-certificate/],
  // proof-key-vault-certificate
  ['proof-key-vault-certificate and proof-certificate-password', vault({ operation: 'add-key', application: APP, 'proof-certificate-password': 'p', 'proof-key-vault-certificate': 'p', 'new-certificate': valid.certPem }), 'proof-key-vault-certificate', /and 'proof-certificate-password' exclude each other/],
  ['proof-key-vault-certificate and proof-certificate on sync', vault({ operation: 'sync-key-vault-certificate', application: APP, 'key-vault-certificate': 'c', 'proof-certificate': signer, 'proof-key-vault-certificate': 'p' }), 'proof-key-vault-certificate', /and 'proof-certificate' exclude each other/],
  ['proof-key-vault-certificate without a vault', { operation: 'remove-key', application: APP, 'key-id': KEY_ID, 'proof-key-vault-certificate': 'p' }, 'key-vault', /required with proof-key-vault-certificate/],
  ['proof-key-vault-certificate with a short version', vault({ operation: 'remove-key', application: APP, 'key-id': KEY_ID, 'proof-key-vault-certificate': 'p/abc' }), 'proof-key-vault-certificate', /a version of 32 hex digits/],
  ['proof-key-vault-certificate on upload-certificate', vault({ operation: 'upload-certificate', keyset: 'X', certificate: valid.certPem, 'proof-key-vault-certificate': 'p' }), 'proof-key-vault-certificate', /is not used by upload-certificate/],
  // remove-superseded-after
  ['remove-superseded-after negative', vault({ operation: 'sync-key-vault-certificate', application: APP, 'key-vault-certificate': 'c', 'remove-superseded-after': '-14d' }), 'remove-superseded-after', /is not a duration/],
  ['remove-superseded-after on add-key', vault({ operation: 'add-key', application: APP, 'proof-certificate': signer, 'key-vault-certificate': 'c', 'remove-superseded-after': '14d' }), 'remove-superseded-after', /is not used by add-key/],
  // manifest
  ['manifest missing', { operation: 'apply', manifest: '' }, 'manifest', /path of the YAML manifest .* is required by apply/],
  ['manifest a directory', { operation: 'apply', manifest: 'a-directory' }, 'manifest', /cannot read 'a-directory' \(.*EISDIR\)/],
  ['manifest over 1 MiB', { operation: 'apply', manifest: 'huge.yml' }, 'manifest', /'huge\.yml' is 1048577 bytes; a manifest can be at most 1 MiB/],
  ['manifest on another operation', { operation: 'upload-secret', keyset: 'X', secret: 'sss', manifest: 'manifest.yml' }, 'manifest', /is not used by upload-secret/],
]

describe('bad input to the new operations', () => {
  it.each(cases)('%s: exit 1, one error naming the input, no request', async (_description, inputs, input, accepted) => {
    const run = await step(emulator, inputs, { env: { GITHUB_WORKSPACE: workspace } })
    expect(run.errors).toEqual([expect.stringMatching(new RegExp(`^Input '${input}': `))])
    expect(run.errors[0]).toMatch(accepted)
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
  })

  it('issue-on in a job without GITHUB_REPOSITORY fails before the audit reads anything', async () => {
    const run = await step(emulator, { operation: 'audit', 'issue-on': 'critical', 'github-token': 'ghs_0123456789abcdef' }, { env: { GITHUB_REPOSITORY: 'no-slash' } })
    expect(run.errors).toEqual([expect.stringMatching(/^issue-on needs the workflow's repository in GITHUB_REPOSITORY \(the runner sets it\), but it is 'no-slash'/)])
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
  })
})

type ManifestCase = [description: string, manifest: string, env: Record<string, string>, expected: RegExp]

const manifestCases: ManifestCase[] = [
  ['a Key Vault keyset entry without the key-vault input', 'keysets:\n  - id: Saml\n    key-vault-certificate: saml-idp\n', {}, /manifest\.yml:2:5: keyset B2C_1A_Saml: .*key-vault/],
  ['an application entry without the key-vault input', `applications:\n  - application: ${APP}\n    key-vault-certificate: app-cert\n`, {}, /manifest\.yml:2:5: application .*key-vault/],
  ['a PKCS#12 whose password is wrong', 'keysets:\n  - id: Pfx\n    pkcs12: { env: PFX, password-env: PFX_PASSWORD }\n', { PFX: pfx, PFX_PASSWORD: 'wrong-password' }, /manifest\.yml:2:5: keyset B2C_1A_Pfx: .*password/],
  ['a certificate variable holding garbage', 'keysets:\n  - id: Cert\n    certificate: { env: CERT }\n', { CERT: 'not a certificate' }, /manifest\.yml:2:5: keyset B2C_1A_Cert: /],
  ['a secret variable that is empty', 'keysets:\n  - id: Secret\n    secret: { env: EMPTY_SECRET }\n', { EMPTY_SECRET: '' }, /manifest\.yml:2:5: keyset B2C_1A_Secret: .*EMPTY_SECRET/],
  ['upload-again unknown', 'keysets:\n  - id: Secret\n    secret: { env: S }\n    upload-again: sometimes\n', { S: 'a-secret-value' }, /manifest\.yml:4:19: 'upload-again' 'sometimes' is not accepted/],
  ['an application that is not a GUID', 'applications:\n  - application: my-app\n    key-vault-certificate: app-cert\n', {}, /manifest\.yml:2:18: 'application' 'my-app' is not an object id or appId/],
]

describe('bad manifests', () => {
  it.each(manifestCases)('%s: one error with file:line:col, no request', async (_description, manifest, env, expected) => {
    writeFileSync(join(workspace, 'manifest.yml'), manifest)
    const run = await step(emulator, { operation: 'apply', manifest: 'manifest.yml' }, { env: { GITHUB_WORKSPACE: workspace, ...env } })
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'manifest': /)])
    expect(run.errors[0]).toMatch(expected)
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
  })
})
