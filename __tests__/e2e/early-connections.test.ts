/**
 * Connections opened early (src/net/preconnect.ts, the entry chunk): through the bundled action,
 * each host gets one connection that its requests then use, nothing is opened for bad input, and
 * nothing goes direct behind a proxy. Hosts are bench forwarders in front of the emulator, which
 * count the connections made to them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { startForwarder, type Forwarder } from '../../scripts/lib/bench-forwarder.js'
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js'
import { expectSuccess, step } from '../helpers/emulated-step.js'

let emulator: Emulator
let login: Forwarder
let graph: Forwarder
let proxy: ConnectProxy

beforeAll(async () => {
  emulator = await startEmulator()
  const target = { host: '127.0.0.1', port: Number(new URL(emulator.url).port) }
  login = await startForwarder(target, 0)
  graph = await startForwarder(target, 0)
  emulator.addAlias(login.url)
  emulator.addAlias(graph.url)
  proxy = await startConnectProxy()
})
afterAll(async () => {
  await Promise.all([login.close(), graph.close(), proxy.close()])
  await emulator.close()
})
beforeEach(() => {
  emulator.reset()
  emulator.keysets.set('B2C_1A_Early', { id: 'B2C_1A_Early', keys: [] })
  login.reset()
  graph.reset()
})

const upload = { operation: 'upload-secret', keyset: 'Early', secret: 's' }
const hosts = () => ({ 'authority-host': login.url, 'graph-endpoint': graph.url })
const requestsTo = (forwarder: Forwarder) => emulator.requests.filter((request) => request.headers['host'] === forwarder.host).length

describe('connections opened early', () => {
  it('opens one connection per host, which all its requests use', async () => {
    const run = await step(emulator, { ...upload, ...hosts() })
    expectSuccess(run)
    expect({ login: login.counts().connections, graph: graph.counts().connections }).toEqual({ login: 1, graph: 1 })
    expect({ login: requestsTo(login), graph: requestsTo(graph) }).toEqual({ login: 2, graph: 1 })
  })

  it('opens nothing when an input is refused', async () => {
    const run = await step(emulator, { ...upload, ...hosts(), keyset: '' })
    expect(run.exitCode).toBe(1)
    expect(login.counts().connections + graph.counts().connections).toBe(0)
  })

  it('goes through the proxy only: no direct connection next to the tunnels', async () => {
    const before = proxy.tunnels.length
    const run = await step(emulator, { ...upload, ...hosts() }, { env: { HTTPS_PROXY: proxy.url } })
    expectSuccess(run)
    const tunnels = proxy.tunnels.slice(before)
    expect(tunnels.filter((tunnel) => tunnel === login.host)).toHaveLength(login.counts().connections)
    expect(tunnels.filter((tunnel) => tunnel === graph.host)).toHaveLength(graph.counts().connections)
  })
})
