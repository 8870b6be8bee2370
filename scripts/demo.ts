/**
 * `npm run demo`: the action's main job, offline. Starts the emulator of Entra ID, GitHub's OIDC
 * endpoint and Graph, then runs the bundled dist/index.js as workflow steps would, printing each
 * step's inputs, log, outputs and summary: keyset steps, a full certificate roll of an
 * application, a roll of a certificate kept in Key Vault, a manifest converged by `apply` (twice:
 * the second run finds nothing due), then the nightly audit of the whole tenant. Exits non-zero
 * if any step fails, yields no kid (the audit: no report; apply: no kids) or sends another number
 * of Graph requests than it declares.
 */
import { startEmulator, VAULT_ROLES, type Emulator } from '../emulator/index.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { makeSelfSignedCert, makeTempDir, removeTempDirs } from './lib/openssl.js'
import { runStep, type StepRun } from './lib/run-step.js'

interface DemoStep {
  title: string
  inputs: Record<string, string>
  /** Inputs taken from the previous step's outputs (input → output), as `${{ steps.x.outputs.y }}` would. */
  chain?: Record<string, string>
  /** What the printed workflow shows instead of a long value, e.g. a PEM. */
  display?: Record<string, string>
  oidc?: boolean
  /** Extra environment of the step (the audit issue's GitHub API). */
  env?: Record<string, string>
  /** The output that must not be empty (default `kid`). */
  yields?: string
  /** Expected `action-taken`; the demo fails loudly when the action does something else. */
  expect: string
  /** Waits this long before the step (stands in for the days between nightly runs). */
  waitMs?: number
  /** A file of the repository the step reads (apply's manifest), printed with the step. */
  file?: { path: string; text: string }
  /** The step's `env:` as the printed workflow shows it (the values come from secrets). */
  displayEnv?: Record<string, string>
  /** Exactly this many Graph requests, or the demo fails. */
  graphRequests?: number
}

const SECRET_INPUTS = new Set(['client-secret', 'secret', 'pkcs12', 'pkcs12-password', 'client-certificate', 'proof-certificate', 'github-token'])

function keysetSteps(emulator: Emulator): DemoStep[] {
  const oidcSignIn = { 'tenant-id': emulator.tenantId, 'client-id': emulator.client.clientId }
  return [
    {
      title: 'Upload the Facebook app secret into a new keyset (signed in with GitHub OIDC)',
      oidc: true,
      inputs: { ...oidcSignIn, operation: 'upload-secret', keyset: 'FacebookSecret', secret: 'demo-facebook-app-secret', use: 'sig' },
      expect: 'uploaded',
    },
    {
      title: 'Generate the RSA token signing key, valid for a year',
      oidc: true,
      inputs: { ...oidcSignIn, operation: 'generate-key', keyset: 'TokenSigningKeyContainer', 'key-type': 'RSA', use: 'sig', expires: '1y' },
      expect: 'generated',
    },
    {
      title: 'Nightly rotation run: the signing key is not due, nothing is written',
      oidc: true,
      inputs: {
        ...oidcSignIn,
        operation: 'generate-key',
        keyset: 'TokenSigningKeyContainer',
        expires: '1y',
        'rotate-if-expiring-within': '30d',
      },
      expect: 'skipped',
    },
  ]
}

/**
 * An application that rolls its own certificate: it signs in with its current certificate, adds
 * a new one with a proof signed by the current one, then removes the current one with a proof
 * signed by the new one. It holds no Graph permission: an application may roll its own keys.
 */
function certificateRollSteps(emulator: Emulator): DemoStep[] {
  const current = makeSelfSignedCert({ commonName: 'contoso-web 2026', days: 30 })
  const next = makeSelfSignedCert({ commonName: 'contoso-web 2027', days: 365 })
  const app = emulator.addApplication({ displayName: 'contoso-web', keyCredentials: [{ certificatePem: current.certPem, displayName: 'contoso-web 2026' }] })
  emulator.registerClient({ clientId: app.appId, certificatePem: current.certPem, roles: [] })
  const signIn = { 'tenant-id': emulator.tenantId, 'client-id': app.appId, auth: 'client-certificate', 'client-certificate': `${current.certPem}${current.keyPem}` }
  return [
    {
      title: 'Roll, part 1: add the new certificate to the application, proof signed by the current one (proof-certificate defaults to client-certificate)',
      inputs: { ...signIn, operation: 'add-key', 'new-certificate': next.certPem, 'key-display-name': 'contoso-web 2027' },
      display: { 'new-certificate': '${{ vars.NEW_CERTIFICATE_PEM }}' },
      expect: 'added',
    },
    {
      title: 'Roll, part 2 (after deploying the new certificate): remove the old one, proof signed by the new one',
      inputs: { ...signIn, operation: 'remove-key', 'proof-certificate': `${next.certPem}${next.keyPem}` },
      chain: { 'key-id': 'previous-kid' },
      expect: 'removed',
    },
  ]
}

/**
 * A certificate kept in Key Vault and renewed there: v1 is on the application; Key Vault renews it
 * (v2); a nightly sync adds v2 with a proof signed inside the vault by v1; a later run removes v1
 * (proof signed by v2); the next finds nothing to do. No private key leaves the vault.
 */
function keyVaultRollSteps(emulator: Emulator): DemoStep[] {
  const v1 = makeSelfSignedCert({ commonName: 'contoso-api 2026', days: 30 })
  const v2 = makeSelfSignedCert({ commonName: 'contoso-api 2027', days: 365 })
  emulator.keyVault.addCertificateVersion('contoso-api', { ...seedOf(v1), created: new Date(Date.now() - 300 * 86_400_000) })
  emulator.keyVault.addCertificateVersion('contoso-api', seedOf(v2))
  const app = emulator.addApplication({ displayName: 'contoso-api', keyCredentials: [{ certificatePem: v1.certPem, displayName: 'contoso-api 2026' }] })
  const syncer = { clientId: '3f6c1a52-8d4b-4f1e-9c7a-2b5d8e0f4a61', secret: 'demo-sync-secret-8Q~kv' }
  emulator.registerClient({ clientId: syncer.clientId, secret: syncer.secret, roles: ['Application.ReadWrite.All'] })
  emulator.keyVault.setRoles(syncer.clientId, [VAULT_ROLES.certificateUser, VAULT_ROLES.cryptoUser])
  const inputs = {
    'tenant-id': emulator.tenantId,
    'client-id': syncer.clientId,
    'client-secret': syncer.secret,
    operation: 'sync-key-vault-certificate',
    application: app.appId,
    'key-vault': emulator.keyVault.url,
    'key-vault-certificate': 'contoso-api',
    // Stands in for 14d, so that the demo need not wait two weeks.
    'remove-superseded-after': '1s',
  }
  return [
    { title: 'Key Vault roll, night 1: Key Vault renewed the certificate (v2); sync adds v2, proof signed inside Key Vault by v1', inputs, expect: 'added' },
    { title: 'Key Vault roll, a later night: v2 has been valid for remove-superseded-after; sync removes v1, proof signed by v2', inputs, expect: 'removed', waitMs: 1_500 },
    { title: 'Key Vault roll, the next night: nothing to do', inputs, expect: 'skipped' },
  ]
}

/**
 * Policy keys as code: a manifest in the repository (a temp GITHUB_WORKSPACE here) declares three
 * keysets: a secret from the step's environment, a generated key, and a certificate kept in Key
 * Vault (its public part). The first apply creates and writes them all; the next run finds nothing
 * due and costs one Graph request, the keyset list.
 */
function applySteps(emulator: Emulator): DemoStep[] {
  const workspace = makeTempDir()
  const manifest = {
    path: 'b2c/tenant.yml',
    text: `# yaml-language-server: $schema=https://raw.githubusercontent.com/org/b2c-keys-action/v1/schema/manifest.schema.json
keysets:
  - id: PartnerApiSecret
    secret: { env: PARTNER_API_SECRET }   # from the step's env:, i.e. a repository secret
    use: sig
  - id: TokenEncryptionKeyContainer
    generate: { key-type: RSA, use: enc }
    expires: P1Y
    rotate-if-expiring-within: 30d
  - id: SamlIdpCert
    key-vault-certificate: contoso-saml   # public part, from the vault named by key-vault
`,
  }
  mkdirSync(dirname(join(workspace, manifest.path)), { recursive: true })
  writeFileSync(join(workspace, manifest.path), manifest.text)
  const saml = makeSelfSignedCert({ commonName: 'contoso saml idp', days: 365 })
  emulator.keyVault.addCertificateVersion('contoso-saml', seedOf(saml))
  const deployer = { clientId: '5b7d2c14-9e3a-4c6f-8d1b-4a2e6f9c3d70', secret: 'demo-deploy-secret-7P~ap' }
  emulator.registerClient({ clientId: deployer.clientId, secret: deployer.secret, roles: ['TrustFrameworkKeySet.ReadWrite.All'] })
  emulator.keyVault.setRoles(deployer.clientId, [VAULT_ROLES.certificateUser])
  const step = {
    inputs: { 'tenant-id': emulator.tenantId, 'client-id': deployer.clientId, 'client-secret': deployer.secret, operation: 'apply', manifest: manifest.path, 'key-vault': emulator.keyVault.url },
    env: { GITHUB_WORKSPACE: workspace, PARTNER_API_SECRET: 'demo-partner-api-secret-2f8c' },
    displayEnv: { PARTNER_API_SECRET: '${{ secrets.PARTNER_API_SECRET }}' },
    file: manifest,
    yields: 'kids',
  }
  const { file: _shownOnce, ...again } = step
  return [
    { ...step, title: `Apply the manifest ${manifest.path}: every keyset is missing, each is created and written`, expect: 'applied' },
    { ...again, title: 'Apply it again on the next push: nothing is due, one Graph request (the keyset list)', expect: 'skipped', graphRequests: 1 },
  ]
}

function seedOf(certificate: { certPem: string; keyPem: string }): { certificatePem: string; keyPem: string } {
  return { certificatePem: certificate.certPem, keyPem: certificate.keyPem }
}

/**
 * The nightly audit. The tenant also holds two keysets made by hand long ago: one whose only
 * secret expires in 10 days, one left empty. The audit finds both, and keeps an issue open in
 * the (emulated) repository. fail-on: never keeps the demo going; a nightly fails on critical.
 */
function auditSteps(emulator: Emulator): DemoStep[] {
  const now = Math.floor(Date.now() / 1000)
  emulator.keysets.set('B2C_1A_GoogleSecret', { id: 'B2C_1A_GoogleSecret', keys: [{ kid: 'google-2025', use: 'sig', kty: 'oct', nbf: now - 355 * 86_400, exp: now + 10 * 86_400 + 3_600, k: 'ZGVtbw', addedAt: new Date() }] })
  emulator.keysets.set('B2C_1A_SamlSigningCert', { id: 'B2C_1A_SamlSigningCert', keys: [] })
  emulator.registerClient({ clientId: emulator.client.clientId, roles: ['TrustFrameworkKeySet.ReadWrite.All', 'Application.Read.All'] })
  return [
    {
      title: 'Nightly audit of every keyset and application credential, keeping one issue open for what is critical',
      oidc: true,
      env: { GITHUB_API_URL: emulator.githubApi.url, GITHUB_REPOSITORY: emulator.githubApi.repository },
      inputs: {
        'tenant-id': emulator.tenantId,
        'client-id': emulator.client.clientId,
        operation: 'audit',
        'warn-within': '30d',
        'fail-on': 'never',
        'issue-on': 'critical',
        'github-token': emulator.githubApi.token,
      },
      display: { 'github-token': '${{ github.token }}' },
      yields: 'report',
      expect: 'audited',
    },
  ]
}

/** The inputs as the step receives them: its own, plus those chained from the previous step's outputs. */
function resolveInputs(step: DemoStep, previous: StepRun | undefined): Record<string, string> {
  const chained = Object.entries(step.chain ?? {}).map(([input, output]) => [input, previous?.outputs[output] ?? ''])
  return { ...step.inputs, ...Object.fromEntries(chained) }
}

function printStep(index: number, step: DemoStep, run: StepRun): void {
  const shown = (name: string, value: string) => (SECRET_INPUTS.has(name) ? '***' : (step.display?.[name] ?? value))
  const chained = Object.entries(step.chain ?? {}).map(([input, output]) => `    ${input}: \${{ steps.previous.outputs.${output} }}`)
  const shownInputs = [...Object.entries(step.inputs).map(([name, value]) => `    ${name}: ${shown(name, value)}`), ...chained]
  console.log(`\n━━ Step ${index}: ${step.title}`)
  if (step.file) console.log(`\n  ${step.file.path} (in the repository):\n${step.file.text.trimEnd().split('\n').map((line) => `    ${line}`).join('\n')}\n`)
  const shownEnv = Object.entries(step.displayEnv ?? {}).map(([name, value]) => `      ${name}: ${value}`)
  console.log(`  - uses: ./${shownEnv.length ? `\n    env:\n${shownEnv.join('\n')}` : ''}\n    with:\n${shownInputs.map((line) => `  ${line}`).join('\n')}`)
  console.log('\n  log:')
  for (const line of run.visibleLines.filter((text) => text.trim() !== '' && !text.startsWith('::debug::'))) console.log(`    ${line}`)
  console.log('\n  outputs:')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`    ${name.padEnd(15)} ${value}`)
  console.log('\n  step summary:')
  for (const line of run.summary.trim().split('\n')) console.log(`    ${line}`)
}

async function main(): Promise<number> {
  const emulator = await startEmulator()
  console.log(`Emulator of Entra ID, GitHub OIDC, Microsoft Graph and Key Vault at ${emulator.url} (tenant ${emulator.tenantId})`)
  let failures = 0
  try {
    const steps = [...keysetSteps(emulator), ...certificateRollSteps(emulator), ...keyVaultRollSteps(emulator), ...applySteps(emulator), ...auditSteps(emulator)]
    let previous: StepRun | undefined
    for (const [index, step] of steps.entries()) {
      if (step.waitMs) await new Promise((resolve) => setTimeout(resolve, step.waitMs))
      const graphBefore = emulator.count({ service: 'graph' })
      const run = await runStep(resolveInputs(step, previous), {
        env: {
          NODE_EXTRA_CA_CERTS: emulator.caFile,
          ...(step.oidc ? { ACTIONS_ID_TOKEN_REQUEST_URL: emulator.github.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.github.requestToken } : {}),
          ...step.env,
        },
        overrides: { 'graph-endpoint': emulator.url, 'authority-host': emulator.url },
      })
      printStep(index + 1, step, run)
      previous = run
      const taken = run.outputs['action-taken']
      const yields = step.yields ?? 'kid'
      let failed = run.exitCode !== 0 || !run.outputs[yields] || taken !== step.expect
      if (failed) console.log(`\n  ✗ expected action-taken '${step.expect}' and a ${yields}; got exit ${run.exitCode}, action-taken '${taken ?? ''}'`)
      if (step.graphRequests !== undefined) {
        const graphRequests = emulator.count({ service: 'graph' }) - graphBefore
        const met = graphRequests === step.graphRequests
        failed ||= !met
        console.log(`\n  ${met ? '✓' : '✗'} ${graphRequests} Graph request${graphRequests === 1 ? '' : 's'} (expected ${step.graphRequests})`)
      }
      if (failed) failures++
    }
    const graph = emulator.requests.filter((request) => request.service === 'graph').length
    const token = emulator.requests.filter((request) => request.service === 'token').length
    const issue = emulator.githubApi.issues.find((candidate) => candidate.state === 'open')
    if (issue) console.log(`\nThe audit issue in ${emulator.githubApi.repository}: #${issue.number} "${issue.title}"\n${issue.body.split('\n').map((line) => `    ${line}`).join('\n')}`)
    console.log(`\n${steps.length - failures}/${steps.length} steps as expected; the emulator answered ${graph} Graph and ${token} token requests.`)
  } finally {
    await emulator.close()
    removeTempDirs()
  }
  return failures === 0 ? 0 : 1
}

process.exitCode = await main()
