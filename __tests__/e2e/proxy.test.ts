/**
 * One proxy rule set for every request: sign-in (OpenID metadata, token), the GitHub ID token and
 * Graph. With only HTTP_PROXY set (the Azure SDK falls back to it for https), all of them go
 * through the proxy; the emulator's record of each request's client port shows which connection
 * carried it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { runStep } from '../../scripts/lib/run-step.js'
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js'
import { connectionInputs, emulatorEnv, expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

let proxy: ConnectProxy
beforeAll(async () => {
  proxy = await startConnectProxy()
})
afterAll(() => proxy.close())

/** `service path` of every request the emulator saw, and whether it came through the proxy. */
function carriers(): string[] {
  return emulator.requests.map((request) => `${request.service} ${proxy.upstreamPorts.includes(request.remotePort ?? -1) ? 'proxy' : 'direct'}`)
}

describe('with only HTTP_PROXY set', () => {
  it('sign-in and Graph both go through the proxy', async () => {
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'Proxied' }, { env: { HTTP_PROXY: proxy.url } })
    expectSuccess(run)
    expect(new Set(emulator.requests.map((request) => request.service))).toEqual(new Set(['metadata', 'token', 'graph']))
    expect(carriers().filter((carrier) => carrier.endsWith('direct'))).toEqual([])
    expect(proxy.tunnels).toContain(new URL(emulator.url).host)
  })

  it('so does the GitHub ID token (OIDC)', async () => {
    const run = await runStep(
      { ...connectionInputs(emulator), operation: 'create-keyset', keyset: 'ProxiedOidc' },
      { env: { ...emulatorEnv(emulator, { oidc: true }), http_proxy: proxy.url } },
    )
    expectSuccess(run)
    expect(carriers()).toContain('oidc proxy')
    expect(carriers().filter((carrier) => carrier.endsWith('direct'))).toEqual([])
  })

  it('NO_PROXY sends sign-in and Graph direct alike', async () => {
    const before = proxy.tunnels.length
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'Direct' }, { env: { HTTP_PROXY: proxy.url, NO_PROXY: `localhost,${new URL(emulator.url).host}` } })
    expectSuccess(run)
    expect(proxy.tunnels.length).toBe(before)
    expect(carriers().filter((carrier) => carrier.endsWith('proxy'))).toEqual([])
  })
})
