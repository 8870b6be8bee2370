/**
 * Every request is bounded in time: a service that accepts the connection and never answers fails
 * the step with a message naming the host and what to check, long before a job timeout. The
 * per-request timeout is 30 s; these runs shorten it to 1 s through the test-only variable.
 */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { emulatorEnv, expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'
import { runStep } from '../../scripts/lib/run-step.js'
import { connectionInputs } from '../helpers/emulated-step.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const SHORT = { B2C_KEYS_TEST_REQUEST_TIMEOUT_MS: '1000' }
const host = () => new URL(emulator.url).host

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now()
  const result = await work()
  return [result, Date.now() - started]
}

describe('a stalled sign-in fails within the timeout, naming the host', () => {
  it.each([
    ['the token endpoint', () => new RegExp(`^/${emulator.tenantId}/oauth2/v2\\.0/token$`)],
    ['the OpenID metadata', () => /openid-configuration$/],
  ])('%s', async (_what, path) => {
    emulator.injectFault({ path: path(), stall: true, times: 10 })
    const [run, ms] = await timed(() => step(emulator, { operation: 'create-keyset', keyset: 'Stalled' }, { env: SHORT }))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(new RegExp(`^Sign-in \\(auth: client-secret .*\\) got no usable answer from ${host()}: no answer from ${host()} within 1 s\\. .*proxy.*firewall`))])
    expect(emulator.count({ service: 'graph' })).toBe(0)
    expect(ms).toBeLessThan(10_000)
  })

  it("GitHub's ID-token endpoint: tried twice, then fails", async () => {
    emulator.injectFault({ path: '/github/oidc/token', stall: true, times: 10 })
    const [run, ms] = await timed(() =>
      runStep({ ...connectionInputs(emulator), operation: 'create-keyset', keyset: 'StalledOidc' }, { env: { ...emulatorEnv(emulator, { oidc: true }), ...SHORT } }),
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^Sign-in \(auth: oidc .*\) got no usable answer from .*: GitHub's ID-token endpoint: no answer from .* within 1 s\./)])
    expect(emulator.count({ service: 'oidc' })).toBe(2)
    expect(ms).toBeLessThan(10_000)
  })
})

describe('a dropped sign-in connection', () => {
  it('is retried, as the Azure SDK did with its own client, and an earlier drop is not blamed for a later refusal', async () => {
    emulator.injectFault({ path: /oauth2\/v2\.0\/token$/, drop: true })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'DroppedOnce' })
    expectSuccess(run)
    expect(emulator.count({ service: 'token' })).toBe(2)

    emulator.injectFault({ path: /oauth2\/v2\.0\/token$/, drop: true })
    const refused = await step(emulator, { operation: 'create-keyset', keyset: 'DroppedThenRefused', 'client-secret': 'wrong-secret-value' })
    expect(refused.errors).toEqual([expect.stringMatching(/client secret is wrong or expired.*AADSTS7000215/)])
  })
})

describe('a stalled Graph', () => {
  it('is asked again once, and the second answer counts', async () => {
    emulator.injectFault({ method: 'POST', path: /keySets$/, stall: true })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'StalledOnce' }, { env: SHORT })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('created')
    expect(emulator.count({ service: 'graph', method: 'POST' })).toBe(2)
  })

  it('that stalls twice fails, saying so and naming what to check', async () => {
    emulator.injectFault({ method: 'GET', path: /getActiveKey$/, stall: true, times: 5 })
    const [run, ms] = await timed(() => step(emulator, { operation: 'get-active-key', keyset: 'Stalled' }, { env: SHORT }))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(new RegExp(`no answer from ${host()} within 1 s; the request was retried 1 time\\. .*proxy.*firewall`)),
    ])
    expect(emulator.count({ service: 'graph' })).toBe(2)
    expect(ms).toBeLessThan(10_000)
  })
})

describe('5xx answers say how often the request was sent', () => {
  it('a 502 is sent once', async () => {
    emulator.injectFault({ method: 'POST', path: /keySets$/, status: 502 })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'BadGateway' })
    expect(run.errors).toEqual([expect.stringMatching(/^Creating the keyset failed: .*Microsoft Graph failed on its side; the request was sent once\. .*\[Graph 502 /)])
    expect(emulator.count({ service: 'graph' })).toBe(1)
  })

  it('a 503 that persists is retried, and the message counts the retries', async () => {
    emulator.injectFault({ method: 'POST', path: /keySets$/, status: 503, retryAfter: '0', times: 5 })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'Unavailable' })
    expect(run.errors).toEqual([expect.stringMatching(/; the request was retried 4 times\./)])
    expect(emulator.count({ service: 'graph' })).toBe(5)
  })
})
