/**
 * audit, end to end: the bundled action against the emulator. Every status rule of the health
 * model, the report file, outputs, summary and annotations, fail-on, a scope answering 403, the
 * audit issue's lifecycle, bad input, and a secret sweep.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { certificateCredential, DAY, nowSeconds, policyKey, secretCredential, setKeyset } from '../helpers/audit-tenant.js'
import { emulatorEnv, secretAuthInputs, step, useEmulator } from '../helpers/emulated-step.js'
import { prepareStep, REPO_ROOT, type StepRun } from '../../scripts/lib/run-step.js'

const AUDITOR_ROLES = ['TrustFrameworkKeySet.Read.All', 'Application.Read.All']
const ALL_SCOPES = 'keysets,applications,service-principals'

let emulator: Emulator
useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: started.client.clientId, roles: AUDITOR_ROLES })
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const reportOf = (run: StepRun): Json => JSON.parse(run.reportText ?? 'null')
const graphRequests = () => emulator.requests.filter((request) => request.service === 'graph')
const itemOf = (run: StepRun, id: string, credential?: string): Json => reportOf(run).items.find((item: Json) => item.id === id && (credential === undefined || item.credential === credential))

function audit(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<StepRun> {
  return step(emulator, { operation: 'audit', 'audit-scope': ALL_SCOPES, ...inputs }, { env })
}

/** Exit 0 and nothing on stderr; the findings' annotations are expected. */
function expectPassed(run: StepRun): void {
  expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' })
}

/** Days from now to an item's `expires` (fixtures use half days, so that whole-day texts never sit on a boundary). */
const daysTo = (seconds: number): number => Math.round(((seconds - nowSeconds()) / DAY) * 10) / 10

function addApplication(displayName: string, certificates: ReturnType<typeof certificateCredential>[], secrets: ReturnType<typeof secretCredential>[] = []): string {
  const { objectId } = emulator.addApplication({ displayName, passwordCredentials: secrets })
  emulator.applications.get(objectId)?.keyCredentials.push(...certificates)
  return objectId
}

describe('health of keysets', () => {
  it('applies every status rule and says what to do', async () => {
    const active = policyKey(-30, 400)
    setKeyset(emulator, 'B2C_1A_Empty', [])
    setKeyset(emulator, 'B2C_1A_Expired', [policyKey(-400, -3.5)])
    setKeyset(emulator, 'B2C_1A_QueuedOnly', [policyKey(-400, -1), policyKey(5, 400)])
    setKeyset(emulator, 'B2C_1A_Expiring', [policyKey(-300, 9.5, 'RSA')])
    setKeyset(emulator, 'B2C_1A_SuccessorTooShort', [policyKey(-300, 5), policyKey(4, 20)])
    setKeyset(emulator, 'B2C_1A_SuccessorQueued', [policyKey(-300, 5), policyKey(4, 200)])
    setKeyset(emulator, 'B2C_1A_Gap', [policyKey(-300, 5), policyKey(12, 200)])
    setKeyset(emulator, 'B2C_1A_NoExpiry', [policyKey(-10, undefined)])
    setKeyset(emulator, 'B2C_1A_Healthy', [policyKey(-400, 100), active])

    const run = await audit({ 'audit-scope': 'keysets', 'fail-on': 'never' })
    expectPassed(run)
    const status = (id: string) => itemOf(run, id).status
    expect(['Empty', 'Expired', 'QueuedOnly'].map((id) => status(`B2C_1A_${id}`))).toEqual(['critical', 'critical', 'critical'])
    expect(['Expiring', 'SuccessorTooShort', 'Gap'].map((id) => status(`B2C_1A_${id}`))).toEqual(['expiring', 'expiring', 'expiring'])
    expect(['SuccessorQueued', 'NoExpiry', 'Healthy'].map((id) => status(`B2C_1A_${id}`))).toEqual(['ok', 'ok', 'ok'])

    expect(itemOf(run, 'B2C_1A_Empty')).toMatchObject({ kind: 'keyset', credential: 'policy-key', keyId: '' })
    expect(itemOf(run, 'B2C_1A_Empty').reason).toBe('no key at all: every policy using B2C_1A_Empty fails at sign-in — run generate-key, upload-secret or upload-certificate now')
    expect(itemOf(run, 'B2C_1A_Expired').reason).toMatch(/^no active key: the last key expired 3 days ago \(\d{4}-\d\d-\d\d\); every policy using B2C_1A_Expired fails at sign-in — run upload-secret \(or generate-key\) now$/)
    expect(daysTo(itemOf(run, 'B2C_1A_Expired').expires)).toBe(-3.5)
    expect(itemOf(run, 'B2C_1A_QueuedOnly').reason).toMatch(/^no active key until .*\(the queued key's not-before\): every policy using B2C_1A_QueuedOnly fails at sign-in until then/)
    expect(itemOf(run, 'B2C_1A_Expiring').reason).toMatch(/^active key expires in 9 days \(.*\) and no successor is queued — run generate-key/)
    expect(daysTo(itemOf(run, 'B2C_1A_Expiring').expires)).toBe(9.5)
    // The queued successor counts: the keyset runs out when the successor does.
    expect(daysTo(itemOf(run, 'B2C_1A_SuccessorTooShort').expires)).toBe(20)
    expect(itemOf(run, 'B2C_1A_SuccessorTooShort').reason).toContain('the queued successor included')
    expect(daysTo(itemOf(run, 'B2C_1A_SuccessorQueued').expires)).toBe(200)
    expect(daysTo(itemOf(run, 'B2C_1A_Gap').expires)).toBe(5)
    expect(itemOf(run, 'B2C_1A_Gap').reason).toContain('fails at sign-in in between')
    expect(itemOf(run, 'B2C_1A_NoExpiry').expires).toBeNull()
    // The active key is the valid one with the latest not-before.
    expect(itemOf(run, 'B2C_1A_Healthy').keyId).toBe(active.kid)

    const report = reportOf(run)
    expect(Object.keys(report)).toEqual(['tenant', 'generatedAt', 'warnWithin', 'counts', 'items', 'unreadable'])
    expect(report).toMatchObject({ tenant: emulator.tenantId, warnWithin: '30d', counts: { ok: 3, expiring: 3, critical: 3 }, unreadable: [] })
    expect(report.items.map((item: Json) => item.status)).toEqual(['critical', 'critical', 'critical', 'expiring', 'expiring', 'expiring', 'ok', 'ok', 'ok'])
    const expiries = report.items.filter((item: Json) => item.status === 'expiring').map((item: Json) => item.expires)
    expect(expiries).toEqual([...expiries].sort((a, b) => a - b))
    expect(Object.keys(report.items[0]).sort()).toEqual(['credential', 'expires', 'id', 'keyId', 'kind', 'reason', 'status'])

    expect(run.outputs).toMatchObject({ 'action-taken': 'audited', 'critical-count': '3', 'expiring-count': '3' })
    expect(graphRequests().map((request) => `${request.method} ${request.path}`)).toEqual(['GET /beta/trustFramework/keySets'])
  })

  it('counts warn-within from now: a longer window turns ok into expiring', async () => {
    setKeyset(emulator, 'B2C_1A_Sixty', [policyKey(-10, 60)])
    expect(itemOf(await audit({ 'audit-scope': 'keysets' }), 'B2C_1A_Sixty').status).toBe('ok')
    const run = await audit({ 'audit-scope': 'keysets', 'warn-within': 'P90D', 'fail-on': 'never' })
    expect(itemOf(run, 'B2C_1A_Sixty').status).toBe('expiring')
    expect(reportOf(run).warnWithin).toBe('P90D')
  })
})

describe('health of applications and service principals', () => {
  it('makes one item per object and credential type, labels other identity types, skips objects without credentials', async () => {
    const web = addApplication('web', [certificateCredential(-300, 9.5)], [secretCredential(-400, -2.5)])
    const rolled = addApplication('rolled', [certificateCredential(-300, 9), certificateCredential(-1, 300)])
    addApplication('public client', [])
    const { objectId: saml } = emulator.addServicePrincipal({ displayName: 'saml sp' })
    emulator.servicePrincipals.get(saml)?.keyCredentials.push(certificateCredential(-30, 700))
    const { objectId: agent } = emulator.addServicePrincipal({ displayName: 'agent', odataType: '#microsoft.graph.agentIdentity', passwordCredentials: [secretCredential(-1, 20)] })

    const notYet = addApplication('not yet', [certificateCredential(-400, -10), certificateCredential(3, 300)])
    const gap = addApplication('gap', [], [secretCredential(-100, 5.5), secretCredential(8, 300)])
    const handedOver = addApplication('handed over', [], [secretCredential(-100, 5.5), secretCredential(5, 300)])

    const run = await audit({ 'fail-on': 'never' })
    expectPassed(run)
    expect(itemOf(run, notYet)).toMatchObject({ status: 'critical', credential: 'certificate' })
    expect(itemOf(run, notYet).reason).toMatch(/^no certificate is valid until \d{4}-\d\d-\d\d: sign-ins of not yet with a certificate fail until then — add a certificate \(add-key\) valid now$/)
    expect(daysTo(itemOf(run, notYet).expires)).toBe(-10)
    expect(itemOf(run, gap)).toMatchObject({ status: 'expiring', credential: 'client-secret' })
    expect(itemOf(run, gap).reason).toMatch(/^client secrets run out in 5 days \(.*\) and the next one starts only on .*: sign-ins of gap with a client secret fail in between — add a client secret that closes the gap$/)
    expect(itemOf(run, handedOver)).toMatchObject({ status: 'ok', keyId: emulator.applications.get(handedOver)?.passwordCredentials[1]?.keyId })
    expect(itemOf(run, web, 'certificate')).toMatchObject({ kind: 'application', displayName: 'web', status: 'expiring', keyId: emulator.applications.get(web)?.keyCredentials[0]?.keyId })
    expect(itemOf(run, web, 'certificate').reason).toMatch(/^last certificate expires in 9 days \(.*\) and no successor is queued — add a certificate \(add-key\) before then$/)
    expect(itemOf(run, web, 'client-secret')).toMatchObject({ status: 'critical' })
    expect(itemOf(run, web, 'client-secret').reason).toMatch(/^every client secret has expired, the last 2 days ago/)
    const rolledItem = itemOf(run, rolled, 'certificate')
    expect(rolledItem.status).toBe('ok')
    expect(rolledItem.keyId).toBe(emulator.applications.get(rolled)?.keyCredentials[1]?.keyId)
    expect(daysTo(rolledItem.expires)).toBe(300)
    expect(reportOf(run).items.filter((item: Json) => item.displayName === 'public client')).toEqual([])
    expect(itemOf(run, saml)).toMatchObject({ kind: 'service-principal', credential: 'certificate', status: 'ok' })
    expect(itemOf(run, agent)).toMatchObject({ kind: 'service-principal', objectType: 'agentIdentity', credential: 'client-secret', status: 'expiring' })

    const lists = graphRequests().map((request) => `${request.method} ${request.path}?${new URLSearchParams(request.query).toString()}`)
    expect(lists.sort()).toEqual([
      'GET /beta/trustFramework/keySets?',
      'GET /v1.0/applications?%24select=id%2CappId%2CdisplayName%2CkeyCredentials%2CpasswordCredentials&%24top=999',
      'GET /v1.0/servicePrincipals?%24select=id%2CappId%2CdisplayName%2CkeyCredentials%2CpasswordCredentials&%24top=999',
    ])
  })
})

describe('outputs people look at', () => {
  it('annotates critical items as errors and expiring ones as warnings, 20 of each and one line for the rest', async () => {
    for (let i = 0; i < 23; i++) setKeyset(emulator, `B2C_1A_Dead${String(i).padStart(2, '0')}`, [])
    for (let i = 0; i < 2; i++) setKeyset(emulator, `B2C_1A_Soon${i}`, [policyKey(-10, 3)])
    const run = await audit({ 'audit-scope': 'keysets', 'fail-on': 'never' })
    expect(run.exitCode).toBe(0)
    expect(run.errors).toHaveLength(21)
    expect(run.errors[0]).toMatch(/^B2C_1A_Dead00 \(keyset\): no key at all/)
    expect(run.errors[20]).toBe('…and 3 more critical items: see the step summary or the report file')
    expect(run.warnings).toEqual([expect.stringMatching(/^B2C_1A_Soon0 \(keyset\): active key expires/), expect.stringMatching(/^B2C_1A_Soon1 \(keyset\)/)])
  })

  it('writes a summary table sorted critical first, with days left and what to do', async () => {
    setKeyset(emulator, 'B2C_1A_Fine', [policyKey(-10, 100.5)])
    setKeyset(emulator, 'B2C_1A_Soon', [policyKey(-10, 10.5, 'RSA')])
    setKeyset(emulator, 'B2C_1A_Gone', [])
    const run = await audit({ 'audit-scope': 'keysets', 'fail-on': 'never' })
    const rows = run.summary.split('\n').filter((line) => line.startsWith('| 🔴') || line.startsWith('| 🟠') || line.startsWith('| 🟢'))
    expect(run.summary).toContain('**1 critical, 1 expiring, 1 ok**')
    expect(run.summary).toContain('| Status | Item | Expires | Days left | What to do |')
    expect(rows[0]).toBe('| 🔴 critical | B2C_1A_Gone (keyset) | ' + new Date().toISOString().slice(0, 10) + ' | 0 | run generate-key, upload-secret or upload-certificate now |')
    expect(rows[1]).toMatch(/^\| 🟠 expiring \| B2C_1A_Soon \(keyset\) \| \d{4}-\d\d-\d\d \| 10 \| run generate-key before \d{4}-\d\d-\d\d \|$/)
    expect(rows[2]).toMatch(/^\| 🟢 ok \| B2C_1A_Fine \(keyset\) \| .* \| 100 \| — \|$/)
  })

  it('keeps a display name from Graph from breaking the table or the log', async () => {
    addApplication('evil | name\r\n::error::injected', [certificateCredential(-10, 5)])
    const run = await audit({ 'audit-scope': 'applications', 'fail-on': 'never' })
    expect(run.visibleLines.filter((line) => line.startsWith('::error::injected'))).toEqual([])
    expect(run.summary).toContain('evil \\| name ::error::injected')
    expect(run.warnings.find((line) => line.startsWith('evil'))).toMatch(/^evil \| name ::error::injected \(application, certificate\): last certificate expires/)
    expect(reportOf(run).items.map((item: Json) => item.displayName)).toContain('evil | name ::error::injected')
  })
})

describe('fail-on', () => {
  it('fails on critical by default, on expiring when asked, never when told so', async () => {
    setKeyset(emulator, 'B2C_1A_Soon', [policyKey(-10, 3)])
    const expiringOnly = await audit({ 'audit-scope': 'keysets' })
    expectPassed(expiringOnly)
    const strict = await audit({ 'audit-scope': 'keysets', 'fail-on': 'expiring' })
    expect(strict.exitCode).toBe(1)
    expect(strict.errors.at(-1)).toBe('Audit found 1 expiring (fail-on: expiring); the step summary and the report file list what to do')

    setKeyset(emulator, 'B2C_1A_Gone', [])
    const critical = await audit({ 'audit-scope': 'keysets' })
    expect(critical.exitCode).toBe(1)
    expect(critical.errors.at(-1)).toBe('Audit found 1 critical (fail-on: critical); the step summary and the report file list what to do')
    expect(critical.outputs['critical-count']).toBe('1')
    expect(critical.reportText).toBeDefined()
    expect((await audit({ 'audit-scope': 'keysets', 'fail-on': 'never' })).exitCode).toBe(0)
  })
})

describe('partial permissions', () => {
  it('reports a scope answering 403 with the permission to grant, and audits the rest', async () => {
    emulator.registerClient({ clientId: emulator.client.clientId, roles: ['TrustFrameworkKeySet.Read.All'] })
    try {
      setKeyset(emulator, 'B2C_1A_Fine', [policyKey(-10, 100)])
      const run = await audit({ 'audit-scope': 'keysets applications' })
      expect(run.exitCode).toBe(1)
      const report = reportOf(run)
      expect(report.items.map((item: Json) => item.id)).toEqual(['B2C_1A_Fine'])
      expect(report.unreadable).toEqual([{ scope: 'applications', permission: 'Application.Read.All', answer: 'Authorization_RequestDenied: Insufficient privileges to complete the operation.' }])
      expect(run.errors[0]).toBe(
        "could not read applications (Authorization_RequestDenied: Insufficient privileges to complete the operation.): grant the application permission Application.Read.All to the identity the action signs in with, or leave 'applications' out of audit-scope",
      )
      expect(run.summary).toContain('Application.Read.All')

      emulator.registerClient({ clientId: emulator.client.clientId, roles: ['Application.Read.All'] })
      const noKeysets = await audit({ 'audit-scope': 'keysets', 'fail-on': 'never' })
      expect(noKeysets.exitCode).toBe(0)
      expect(reportOf(noKeysets).unreadable[0].permission).toBe('TrustFrameworkKeySet.Read.All')
    } finally {
      emulator.registerClient({ clientId: emulator.client.clientId, roles: AUDITOR_ROLES })
    }
  })
})

describe('audit issue', () => {
  const issueEnv = (): Record<string, string> => ({ GITHUB_API_URL: emulator.githubApi.url, GITHUB_REPOSITORY: emulator.githubApi.repository, GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '42' })
  const issueInputs = (): Record<string, string> => ({ 'audit-scope': 'keysets', 'issue-on': 'expiring', 'github-token': emulator.githubApi.token, 'fail-on': 'never' })
  const openIssues = () => emulator.githubApi.issues.filter((issue) => issue.state === 'open')

  it('creates one issue, updates its body on every run, and closes it with a comment when nothing is left', async () => {
    setKeyset(emulator, 'B2C_1A_Gone', [])
    const created = await audit(issueInputs(), issueEnv())
    expectPassed(created)
    expect(openIssues()).toHaveLength(1)
    const [issue] = emulator.githubApi.issues
    expect(issue).toMatchObject({ number: 1, title: 'B2C keys audit: 1 critical, 0 expiring', labels: ['b2c-keys-audit'] })
    expect(issue?.body).toContain('| 🔴 critical | B2C_1A_Gone (keyset) |')
    expect(issue?.body).toContain('https://github.example/octo-org/octo-repo/actions/runs/42')
    expect(created.summary).toContain('Audit issue #1 created')

    setKeyset(emulator, 'B2C_1A_Gone', [policyKey(-1, 10)])
    const updated = await audit(issueInputs(), issueEnv())
    expectPassed(updated)
    expect(emulator.githubApi.issues).toHaveLength(1)
    expect(issue).toMatchObject({ state: 'open', title: 'B2C keys audit: 0 critical, 1 expiring' })
    expect(issue?.body).toContain('| 🟠 expiring | B2C_1A_Gone (keyset) |')
    expect(issue?.body).not.toContain('🔴')

    setKeyset(emulator, 'B2C_1A_Gone', [policyKey(-1, 300)])
    const closed = await audit(issueInputs(), issueEnv())
    expectPassed(closed)
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(issue?.comments).toEqual(['Nothing is expiring or critical any more (https://github.example/octo-org/octo-repo/actions/runs/42): closing.'])

    const quiet = await audit(issueInputs(), issueEnv())
    expectPassed(quiet)
    expect(emulator.githubApi.issues).toHaveLength(1)
    expect(emulator.requests.filter((request) => request.service === 'github').map((request) => request.method).slice(-1)).toEqual(['GET'])
  })

  it('lists only items at issue-on or worse, and keeps exactly one open issue', async () => {
    setKeyset(emulator, 'B2C_1A_Soon', [policyKey(-1, 10)])
    setKeyset(emulator, 'B2C_1A_Gone', [])
    for (const n of [1, 2]) emulator.githubApi.issues.push({ number: n, title: 'old', body: '', state: 'open', stateReason: null, labels: ['b2c-keys-audit'], comments: [], createdAt: '', updatedAt: '' })
    const run = await audit({ ...issueInputs(), 'issue-on': 'critical' }, issueEnv())
    expectPassed(run)
    expect(openIssues().map((issue) => issue.number)).toEqual([1])
    expect(openIssues()[0]?.body).toContain('B2C_1A_Gone')
    expect(openIssues()[0]?.body).not.toContain('B2C_1A_Soon')
    expect(emulator.githubApi.issues[1]?.comments).toEqual(['Superseded by #1: the audit keeps one open issue.'])
  })

  it('explains a 403 with permissions: issues: write, after writing the report', async () => {
    emulator.githubApi.issuesWritable = false
    setKeyset(emulator, 'B2C_1A_Gone', [])
    const run = await audit(issueInputs(), issueEnv())
    expect(run.exitCode).toBe(1)
    expect(run.errors.at(-1)).toMatch(/^GitHub refused to write the audit issue in octo-org\/octo-repo \(403 Resource not accessible by integration.*\): add `permissions: issues: write` to the workflow or job/)
    expect(reportOf(run).counts.critical).toBe(1)
  })

  it('never talks to GitHub, nor loads Octokit, when issue-on is never', async () => {
    setKeyset(emulator, 'B2C_1A_Gone', [])
    // A copy of dist/ without the chunk that holds Octokit: an audit that does not need it still runs.
    const copy = mkdtempSync(join(tmpdir(), 'b2c-keys-dist-'))
    try {
      cpSync(join(REPO_ROOT, 'dist'), copy, { recursive: true })
      const octokitChunks = readdirSync(copy).filter((file) => file !== 'index.js' && readFileSync(join(copy, file), 'utf8').includes('octokit-core.js'))
      expect(octokitChunks).toHaveLength(1)
      rmSync(join(copy, octokitChunks[0]!))
      // Spawned asynchronously: the emulator answers from this process.
      const withoutOctokit = async (inputs: Record<string, string>): Promise<{ status: number | null; stdout: string }> => {
        const prepared = prepareStep({ ...secretAuthInputs(emulator), operation: 'audit', 'audit-scope': 'keysets', 'fail-on': 'never', ...inputs }, { env: { ...emulatorEnv(emulator), ...issueEnv() } })
        try {
          const child = spawn(prepared.command, [join(copy, 'index.js')], { env: prepared.env, stdio: ['ignore', 'pipe', 'pipe'] })
          let stdout = ''
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
          const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
          return { status, stdout }
        } finally {
          prepared.dispose()
        }
      }
      expect((await withoutOctokit({})).status).toBe(0)
      expect(emulator.requests.filter((request) => request.service === 'github')).toEqual([])
      const needsIt = await withoutOctokit({ 'issue-on': 'critical', 'github-token': emulator.githubApi.token })
      expect(needsIt.status).toBe(1)
      expect(needsIt.stdout).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/)
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})

describe('bad input fails before any request', () => {
  it.each([
    [{ 'warn-within': 'soon' }, /^Input 'warn-within': 'soon' is not a duration/],
    [{ 'audit-scope': 'keysets users' }, /^Input 'audit-scope': 'users' is not a scope: give one or more of 'keysets', 'applications', 'service-principals'/],
    [{ 'fail-on': 'warning' }, /^Input 'fail-on': 'warning' is not accepted: one of 'never', 'critical', 'expiring'/],
    [{ 'issue-on': 'critical', 'github-token': '' }, /^Input 'github-token': is required with issue-on 'critical'/],
  ])('%p', async (inputs, message) => {
    const run = await audit(inputs as Record<string, string>)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(message)])
    expect(emulator.requests).toEqual([])
  })
})

describe('secret sweep', () => {
  it('never shows the client secret or the GitHub token, with step debug logging on', async () => {
    setKeyset(emulator, 'B2C_1A_Gone', [])
    const env = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', AZURE_LOG_LEVEL: 'verbose', GITHUB_API_URL: emulator.githubApi.url, GITHUB_REPOSITORY: emulator.githubApi.repository }
    const run = await audit({ 'audit-scope': 'keysets', 'issue-on': 'critical', 'github-token': emulator.githubApi.token }, env)
    expect(run.exitCode).toBe(1)
    expect(run.masked).toEqual(expect.arrayContaining([emulator.client.clientSecret, emulator.githubApi.token]))
    for (const secret of [emulator.client.clientSecret, emulator.githubApi.token]) {
      expect(run.visibleLines.filter((line) => line.includes(secret))).toEqual([])
      expect(run.summary).not.toContain(secret)
      expect(run.reportText).not.toContain(secret)
      expect(emulator.githubApi.issues[0]?.body).not.toContain(secret)
    }
  })
})
