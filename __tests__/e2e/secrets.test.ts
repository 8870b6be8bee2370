/**
 * With step debug logging on (and the Azure SDK's own logging), no secret appears anywhere a
 * person could read it: log lines, outputs, summary. Only `::add-mask::` lines carry them, and
 * the test asserts exactly which values were registered there.
 */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { connectionInputs, emulatorEnv, useEmulator } from '../helpers/emulated-step.js'
import { encryptPkcs8, makePfx, makeSelfSignedCert } from '../helpers/openssl.js'
import { runStep, type StepRun } from '../../scripts/lib/run-step.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

/** Every debug switch a runner or a library reads: the runner's, the Azure SDK's, Node's own HTTP/TLS, and `debug`'s. */
const DEBUG_ENV = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', AZURE_LOG_LEVEL: 'verbose', NODE_DEBUG: 'http,https,net,tls', DEBUG: '*' }
const CERT_CLIENT = '9d8c7b6a-5f4e-4d3c-8b2a-190817263540'

/** The long lines of a PEM body: what a leak of a key would look like in a log. */
function pemBodyLines(pem: string): string[] {
  return pem.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----'))
}

function bearerTokensSent(): string[] {
  return emulator.requests
    .map((request) => request.headers['authorization'])
    .filter((value): value is string => typeof value === 'string' && value.startsWith('Bearer '))
    .map((value) => value.slice('Bearer '.length))
}

function expectNowhere(run: StepRun, secrets: string[]): void {
  const readable = [...run.visibleLines, ...Object.values(run.outputs), run.summary]
  for (const secret of secrets) {
    const leaks = readable.filter((text) => text.includes(secret))
    expect({ secret: `${secret.slice(0, 6)}…`, leaks }).toEqual({ secret: `${secret.slice(0, 6)}…`, leaks: [] })
  }
}

describe('secret sweep with step debug logging on', () => {
  it('client secret and keyset secret: masked first, never shown', async () => {
    const run = await runStep(
      {
        ...connectionInputs(emulator),
        'client-secret': emulator.client.clientSecret,
        operation: 'upload-secret',
        keyset: 'SweepSecret',
        secret: 'facebook-app-secret-5f2b9c',
      },
      { env: { ...emulatorEnv(emulator), ...DEBUG_ENV } },
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('::debug::')
    expect(run.masked).toEqual(expect.arrayContaining([emulator.client.clientSecret, 'facebook-app-secret-5f2b9c']))
    expect(run.stdout.indexOf('::add-mask::')).toBeLessThan(run.stdout.indexOf('::debug::'))
    // Node's HTTP debug output did run: the sweep looked where a header in the request options would have shown.
    expect(run.stderr).toMatch(/^HTTPS? \d+:/m)
    expect(run.masked).toEqual(expect.arrayContaining(bearerTokensSent()))
    expectNowhere(run, [emulator.client.clientSecret, 'facebook-app-secret-5f2b9c', ...bearerTokensSent()])
  })

  it('client certificate key, PKCS#12 and passwords: masked line by line, never shown', async () => {
    const client = makeSelfSignedCert({ days: 30 })
    emulator.registerClient({ clientId: CERT_CLIENT, certificatePem: client.certPem, roles: ['TrustFrameworkKeySet.ReadWrite.All'] })
    const encryptedKey = encryptPkcs8(client.keyPem, 'client-key-pass-7731')
    const uploaded = makeSelfSignedCert({ days: 365 })
    const pfx = makePfx(uploaded.certPem, uploaded.keyPem, 'pfx-pass-1994', { legacy: true })
    const run = await runStep(
      {
        ...connectionInputs(emulator),
        'client-id': CERT_CLIENT,
        'client-certificate': `${client.certPem}${encryptedKey}`,
        'client-certificate-password': 'client-key-pass-7731',
        operation: 'upload-pkcs12',
        keyset: 'SweepPfx',
        pkcs12: pfx,
        'pkcs12-password': 'pfx-pass-1994',
      },
      { env: { ...emulatorEnv(emulator), ...DEBUG_ENV } },
    )
    expect(run.exitCode).toBe(0)
    expect(run.masked).toEqual(expect.arrayContaining(['client-key-pass-7731', pfx, 'pfx-pass-1994', ...pemBodyLines(encryptedKey)]))
    // The decrypted keys exist only in memory, and are masked too in case anything printed them.
    expect(run.masked).toEqual(expect.arrayContaining(pemBodyLines(client.keyPem)))
    expectNowhere(run, [
      'client-key-pass-7731',
      'pfx-pass-1994',
      pfx,
      ...pemBodyLines(encryptedKey),
      ...pemBodyLines(client.keyPem),
      ...pemBodyLines(uploaded.keyPem),
      ...bearerTokensSent(),
    ])
  })

  it('GitHub ID token and the client assertion: never shown', async () => {
    const run = await runStep(
      { ...connectionInputs(emulator), operation: 'create-keyset', keyset: 'SweepOidc' },
      { env: { ...emulatorEnv(emulator, { oidc: true }), ...DEBUG_ENV } },
    )
    expect(run.exitCode).toBe(0)
    const assertion = (emulator.requests.find((request) => request.service === 'token')?.body as Record<string, string>)['client_assertion']
    expect(assertion).toBeDefined()
    // The ID token is the assertion; it was fetched once, and masked before Entra saw it.
    expect(emulator.count({ service: 'oidc' })).toBe(1)
    expect(run.masked).toEqual(expect.arrayContaining([assertion!, ...bearerTokensSent()]))
    expectNowhere(run, [assertion!, emulator.github.requestToken, ...bearerTokensSent()])
  })

  it('a client assertion signed with the client certificate: masked, never shown', async () => {
    const client = makeSelfSignedCert({ days: 30 })
    emulator.registerClient({ clientId: CERT_CLIENT, certificatePem: client.certPem, roles: ['TrustFrameworkKeySet.ReadWrite.All'] })
    const run = await runStep(
      { ...connectionInputs(emulator), 'client-id': CERT_CLIENT, 'client-certificate': `${client.certPem}${client.keyPem}`, operation: 'create-keyset', keyset: 'SweepAssertion' },
      { env: { ...emulatorEnv(emulator), ...DEBUG_ENV } },
    )
    expect(run.exitCode).toBe(0)
    const assertion = (emulator.requests.find((request) => request.service === 'token')?.body as Record<string, string>)['client_assertion']
    expect(run.masked).toEqual(expect.arrayContaining([assertion!]))
    expectNowhere(run, [assertion!, ...bearerTokensSent()])
  })

  it('the proof JWT of a certificate roll: masked, never shown', async () => {
    const admin = { clientId: '2f3e4d5c-6b7a-4981-8a7b-6c5d4e3f2a10', secret: 'sweep-admin-secret-7781' }
    emulator.registerClient({ clientId: admin.clientId, secret: admin.secret, roles: ['Application.ReadWrite.All'] })
    const current = makeSelfSignedCert({ days: 30, notBeforeDaysAgo: 1 })
    const next = makeSelfSignedCert({ days: 365 })
    const app = emulator.addApplication({ displayName: 'Sweep app', keyCredentials: [{ certificatePem: current.certPem }] })
    const run = await runStep(
      {
        ...connectionInputs(emulator),
        'client-id': admin.clientId,
        'client-secret': admin.secret,
        operation: 'add-key',
        application: app.appId,
        'proof-certificate': `${current.certPem}${current.keyPem}`,
        'new-certificate': next.certPem,
      },
      { env: { ...emulatorEnv(emulator), ...DEBUG_ENV } },
    )
    expect(run.exitCode).toBe(0)
    const proof = (emulator.requests.find((request) => request.path.endsWith('/addKey'))?.body as { proof?: string } | undefined)?.proof
    expect(proof).toBeDefined()
    expect(run.masked).toEqual(expect.arrayContaining([proof!]))
    expectNowhere(run, [proof!, admin.secret, ...pemBodyLines(current.keyPem), ...bearerTokensSent()])
  })

  it('a sign-in error that echoes the request: the client secret stays out of the error', async () => {
    emulator.injectFault({ path: /oauth2\/v2\.0\/token$/, status: 400, code: 'AADSTS900144', echo: true })
    const run = await runStep(
      { ...connectionInputs(emulator), 'client-secret': emulator.client.clientSecret, operation: 'create-keyset', keyset: 'SweepSignInEcho' },
      { env: { ...emulatorEnv(emulator), ...DEBUG_ENV } },
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/could not process client_id=/)
    const secret = emulator.client.clientSecret
    expectNowhere(run, [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])
  })

  it('a service error that echoes the request: the uploaded secret and the token stay out of the error', async () => {
    emulator.injectFault({ path: /uploadSecret$/, status: 400, code: 'BadRequest', echo: true })
    const secret = 'echoed-secret-value-0193'
    const run = await runStep(
      { ...connectionInputs(emulator), 'client-secret': emulator.client.clientSecret, operation: 'upload-secret', keyset: 'SweepEcho', secret },
      { env: { ...emulatorEnv(emulator), ...DEBUG_ENV } },
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Uploading a secret to keyset B2C_1A_SweepEcho failed: "Invalid request: /)
    expect(run.errors[0]).toContain('***')
    expectNowhere(run, [secret, JSON.stringify(secret), ...bearerTokensSent()])
  })
})
