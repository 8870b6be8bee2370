/**
 * preconnect(): the connection it opens is the one the first request to that origin uses, and
 * nothing is opened where it would not be used. Connections are counted by a bench forwarder in
 * front of the emulator; with 40 ms of RTT the first request then costs 1 round trip, not 3.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Agent as HttpAgent } from 'node:http'
import { Agent, request } from 'node:https'
import type { Emulator } from '../../emulator/index.js'
import { networkTime, startForwarder, type Forwarder } from '../../scripts/lib/bench-forwarder.js'
import { preconnect } from '../../src/net/preconnect.js'
import { startTrusted } from '../emulator/helpers.js'

const RTT_MS = 40
let emu: Emulator
let forwarder: Forwarder

beforeAll(async () => {
  emu = await startTrusted()
  forwarder = await startForwarder({ host: '127.0.0.1', port: Number(new URL(emu.url).port) }, RTT_MS)
})
afterAll(async () => {
  await forwarder.close()
  await emu.close()
})

function get(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent }, (incoming) => {
      incoming.resume()
      incoming.on('end', () => resolve(incoming.statusCode ?? 0))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

const metadata = (): string => `${forwarder.url}/${emu.tenantId}/v2.0/.well-known/openid-configuration`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('preconnect', () => {
  it('hands its connection to the first request through the same agent', async () => {
    const agent = new Agent({ keepAlive: true })
    forwarder.reset()
    // Settles once the connect is issued, long before the handshake could end.
    await expect(preconnect([forwarder.url, `${forwarder.url}/ignored/path`], { agentFor: () => agent, proxied: () => false })).resolves.toBeUndefined()
    // TCP and TLS done meanwhile (the forwarder counted both), then time for the session tickets.
    for (let waited = 0; forwarder.counts().roundTrips < 2 && waited < 3000; waited += RTT_MS) await sleep(RTT_MS)
    await sleep(3 * RTT_MS)
    const roundTripsBefore = forwarder.counts().roundTrips
    expect(await get(metadata(), agent)).toBe(200)
    expect(forwarder.counts().connections).toBe(1)
    expect(forwarder.counts().roundTrips - roundTripsBefore).toBe(1)
    // TCP, TLS, the request: the handshake's last flight, answered only by session tickets, is no round trip.
    expect(forwarder.counts().roundTrips).toBe(3)
    // Only the request was waited for: the handshakes ended before it was sent.
    expect(networkTime(forwarder.pathIntervals())).toBe(RTT_MS)
    agent.destroy()
  })

  it('opens nothing behind a proxy, for plain http, or for another kind of agent', async () => {
    forwarder.reset()
    const agent = new Agent({ keepAlive: true })
    preconnect([forwarder.url], { agentFor: () => agent, proxied: () => true })
    preconnect([forwarder.url.replace('https:', 'http:'), 'not a url'], { agentFor: () => agent, proxied: () => false })
    preconnect([forwarder.url], { agentFor: () => new HttpAgent(), proxied: () => false })
    await sleep(RTT_MS)
    expect(forwarder.counts().connections).toBe(0)
    agent.destroy()
  })
})
