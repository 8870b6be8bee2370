/**
 * Key Vault (Azure SDK) and the audit issue (Octokit) send on the action's one transport, as Graph
 * and sign-in do: an oversized answer fails cleanly naming the host, a redirect is refused, a
 * stalled GitHub API fails within the timeout, and HTTPS_PROXY / NO_PROXY mean the same for them
 * as for every other request. Each test fails if either client goes back to its own HTTP stack:
 * the SDK's client reads any size and its proxy rules ignore a NO_PROXY port; Octokit's sends
 * loopback hosts direct whatever HTTPS_PROXY says.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { VAULT_ROLES, type Emulator } from '../../emulator/index.js'
import type { StepRun } from '../../scripts/lib/run-step.js'
import { setKeyset } from '../helpers/audit-tenant.js'
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js'
import { expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'
import { makeSelfSignedCert, type SelfSignedCert } from '../helpers/openssl.js'

const ROLES = ['Application.ReadWrite.All', 'TrustFrameworkKeySet.ReadWrite.All', 'Application.Read.All', 'TrustFrameworkKeySet.Read.All']
const OVERSIZED = 17 * 1024 * 1024
const SHORT_TIMEOUT = { B2C_KEYS_TEST_REQUEST_TIMEOUT_MS: '1000' }

let emulator: Emulator
useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: started.client.clientId, roles: ROLES })
})
beforeEach(() => emulator.keyVault.setRoles(emulator.client.clientId, Object.values(VAULT_ROLES)))

let certificate: SelfSignedCert
let proxy: ConnectProxy
beforeAll(async () => {
  certificate = makeSelfSignedCert({ days: 365, commonName: 'transport test' })
  proxy = await startConnectProxy()
})
afterAll(() => proxy.close())

const host = () => new URL(emulator.url).host
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** upload-certificate with the certificate read from the vault. */
function fromVault(env: Record<string, string> = {}): Promise<StepRun> {
  emulator.keyVault.addCertificateVersion('idp-cert', { certificatePem: certificate.certPem, keyPem: certificate.keyPem })
  return step(emulator, { operation: 'upload-certificate', keyset: 'FromVault', 'key-vault': emulator.keyVault.url, 'key-vault-certificate': 'idp-cert' }, { env })
}

/** An audit that has an expired keyset to report, so it writes the audit issue. */
function auditWithIssue(env: Record<string, string> = {}): Promise<StepRun> {
  setKeyset(emulator, 'B2C_1A_Gone', [])
  const inputs = { operation: 'audit', 'audit-scope': 'keysets', 'issue-on': 'critical', 'github-token': emulator.githubApi.token, 'fail-on': 'never' }
  return step(emulator, inputs, { env: { GITHUB_API_URL: emulator.githubApi.url, GITHUB_REPOSITORY: emulator.githubApi.repository, ...env } })
}

function expectOneError(run: StepRun, pattern: RegExp): void {
  expect({ exitCode: run.exitCode, errors: run.errors, stderr: run.stderr }).toEqual({ exitCode: 1, errors: [expect.stringMatching(pattern)], stderr: '' })
}

/** The audit's own findings come first as annotations; the issue's failure is the last error. */
function expectIssueFailure(run: StepRun, pattern: RegExp): void {
  expect({ exitCode: run.exitCode, lastError: run.errors.at(-1), stderr: run.stderr }).toEqual({ exitCode: 1, lastError: expect.stringMatching(pattern), stderr: '' })
}

describe('Key Vault answers are bounded', () => {
  it('an endless vault answer fails cleanly at the 16 MiB cap, naming the vault host', async () => {
    emulator.injectFault({ method: 'GET', path: /^\/certificates\//, oversizeBytes: OVERSIZED })
    const run = await fromVault()
    expectOneError(run, new RegExp(`^Could not .* in Key Vault .*: the answer from ${escaped(host())} is larger than the 16 MiB the action accepts; it was discarded\\. .*proxy`))
    expect(emulator.count({ service: 'graph', method: 'POST' })).toBe(0)
  })

  it('a vault answer that redirects is refused, not followed', async () => {
    emulator.injectFault({ method: 'GET', path: /^\/certificates\//, status: 302, location: 'https://elsewhere.example/certificates/idp-cert' })
    const run = await fromVault()
    expectOneError(run, new RegExp(`^Could not .* in Key Vault .*: ${escaped(host())} answered HTTP 302 with a redirect to elsewhere\\.example; the action does not follow redirects`))
    expect(emulator.count({ service: 'graph', method: 'POST' })).toBe(0)
  })
})

describe('GitHub answers are bounded', () => {
  it('an endless GitHub answer fails cleanly at the 16 MiB cap, naming the host, after the report', async () => {
    emulator.injectFault({ method: 'GET', path: /\/issues$/, oversizeBytes: OVERSIZED })
    const run = await auditWithIssue()
    expectIssueFailure(run, new RegExp(`^GitHub gave no usable answer while updating the audit issue in octo-org/octo-repo: the answer from ${escaped(host())} is larger than the 16 MiB`))
    expect(run.reportText).toContain('B2C_1A_Gone')
  })

  it('a stalled GitHub API fails within the timeout', async () => {
    emulator.injectFault({ path: /\/issues$/, stall: true, times: 5 })
    const started = Date.now()
    const run = await auditWithIssue(SHORT_TIMEOUT)
    expectIssueFailure(run, new RegExp(`^GitHub gave no usable answer .*: no answer from ${escaped(host())} within 1 s; the audit itself is complete\\. .*proxy`))
    expect(Date.now() - started).toBeLessThan(15_000)
  })
})

describe('one proxy rule set for Key Vault and GitHub too', () => {
  /** `service proxy|direct` for every request the emulator saw. */
  const carriers = () => emulator.requests.map((request) => `${request.service} ${proxy.upstreamPorts.includes(request.remotePort ?? -1) ? 'proxy' : 'direct'}`)

  it('with HTTPS_PROXY, vault and GitHub requests go through the proxy like sign-in and Graph', async () => {
    expectSuccess(await fromVault({ HTTPS_PROXY: proxy.url }))
    expect(await auditWithIssue({ HTTPS_PROXY: proxy.url })).toMatchObject({ exitCode: 0, stderr: '' })
    expect(emulator.githubApi.issues).toHaveLength(1)
    expect(new Set(carriers())).toEqual(new Set(['metadata proxy', 'token proxy', 'graph proxy', 'keyvault proxy', 'github proxy']))
  })

  it('NO_PROXY naming the host and port sends them direct alike', async () => {
    const before = proxy.tunnels.length
    const env = { HTTPS_PROXY: proxy.url, NO_PROXY: host() }
    expectSuccess(await fromVault(env))
    expect(await auditWithIssue(env)).toMatchObject({ exitCode: 0, stderr: '' })
    expect(new Set(carriers())).toEqual(new Set(['metadata direct', 'token direct', 'graph direct', 'keyvault direct', 'github direct']))
    expect(proxy.tunnels.length).toBe(before)
  })
})
