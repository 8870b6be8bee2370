/**
 * The bench's latency model: forwarders in front of the emulator stand for distinct hosts. The
 * emulator must answer as each of them (metadata, token audience, Graph's audience check), and a
 * forwarder must cost what the model says: 3 round trips for a request on a new connection.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ClientSecretCredential } from '@azure/identity'
import { request } from 'node:https'
import type { Emulator } from '../../emulator/index.js'
import { networkTime, startForwarder, type Forwarder } from '../../scripts/lib/bench-forwarder.js'
import { startTrusted } from './helpers.js'

const RTT_MS = 30
let emu: Emulator
let login: Forwarder
let graph: Forwarder

beforeAll(async () => {
  emu = await startTrusted()
  const target = { host: '127.0.0.1', port: Number(new URL(emu.url).port) }
  login = await startForwarder(target, RTT_MS)
  graph = await startForwarder(target, RTT_MS)
  emu.addAlias(login.url)
  emu.addAlias(graph.url)
})
afterAll(async () => {
  await Promise.all([login.close(), graph.close()])
  await emu.close()
})

function get(url: string, token?: string): Promise<{ status: number; body: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const headers = token === undefined ? {} : { authorization: `Bearer ${token}` }
    const outgoing = request(url, { agent: false, headers }, (incoming) => {
      let body = ''
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()))
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body, ms: performance.now() - started }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

describe('emulator behind forwarders', () => {
  it('serves metadata naming the origin the client addressed', async () => {
    const answer = await get(`${login.url}/${emu.tenantId}/v2.0/.well-known/openid-configuration`)
    expect(JSON.parse(answer.body).token_endpoint).toBe(`${login.url}/${emu.tenantId}/oauth2/v2.0/token`)
  })

  it('issues a token for the Graph alias that only that alias accepts', async () => {
    const credential = new ClientSecretCredential(emu.tenantId, emu.client.clientId, emu.client.clientSecret, { authorityHost: login.url, disableInstanceDiscovery: true })
    const token = (await credential.getToken(`${graph.url}/.default`)).token
    const path = '/beta/trustFramework/keySets'
    expect((await get(`${graph.url}${path}`, token)).status).toBe(200)
    expect((await get(`${emu.url}${path}`, token)).status).toBe(401)
    expect(emu.requests.filter((r) => r.service === 'token').every((r) => r.headers['host'] === login.host)).toBe(true)
  })

  it('costs 3 round trips for a request on a new connection, counted and timed', async () => {
    graph.reset()
    const answer = await get(`${graph.url}/${emu.tenantId}/v2.0/.well-known/openid-configuration`)
    expect(graph.counts()).toEqual({ connections: 1, roundTrips: 3 })
    expect(answer.ms).toBeGreaterThanOrEqual(3 * RTT_MS - 2)
    expect(networkTime(graph.intervals())).toBeGreaterThanOrEqual(3 * RTT_MS - 2)
    // Without the emulator's answer time: the three round trips of the model, less the moment the
    // client took to write its ClientHello (the TCP round trip counts from its first byte).
    const waited = networkTime(graph.pathIntervals())
    expect(waited).toBeGreaterThan(2.5 * RTT_MS)
    expect(waited).toBeLessThanOrEqual(3 * RTT_MS + 2)
  })
})
