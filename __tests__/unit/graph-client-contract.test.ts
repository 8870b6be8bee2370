/**
 * What the Graph client promises beyond one happy request: the headers and body it sends, the
 * total wait budget, idempotent POSTs retried, and what it reports while waiting.
 */
import { describe, expect, it } from '@jest/globals'
import { GraphClient } from '../../src/graph/client.js'
import { GraphError } from '../../src/graph/errors.js'
import type { TransportRequest, TransportResponse } from '../../src/net/https-transport.js'

type Reply = { status: number; text?: string; headers?: Record<string, string> } | Error

/** Replies in order; keeps every request as sent, and every wait and debug line. */
function graph(replies: Reply[], policy = { maxAttempts: 5, maxTotalWaitMs: 120_000, baseDelayMs: 1_000, maxDelayMs: 30_000 }) {
  const requests: (TransportRequest & { url: string })[] = []
  const waits: number[] = []
  const debug: string[] = []
  const client = new GraphClient({
    endpoint: 'https://graph.test',
    getToken: async () => 'tok',
    transport: async (url, init): Promise<TransportResponse> => {
      requests.push({ url, ...init })
      const reply = replies.shift()
      if (reply === undefined) throw new Error('no reply scripted')
      if (reply instanceof Error) throw reply
      const headers = new Headers(reply.headers)
      return { status: reply.status, ok: reply.status < 300, headers, text: async () => reply.text ?? '' }
    },
    sleep: async (ms) => void waits.push(ms),
    now: () => 0,
    debug: (line) => void debug.push(line),
    retryPolicy: policy,
    userAgent: 'agent/1',
  })
  return { client, requests, waits, debug }
}

const unavailable: Reply = { status: 503, text: '{"error":{"code":"ServiceUnavailable","message":"busy"}}' }
const dropped = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })

describe('what the client sends', () => {
  it('a write: JSON body with its content type, bearer token, accept, user agent and a request id', async () => {
    const { client, requests } = graph([{ status: 200, text: '{"id":"k"}' }])
    await expect(client.request('PATCH', '/beta/x', { body: { a: [1] } })).resolves.toEqual({ id: 'k' })
    const [sent] = requests
    expect(sent).toMatchObject({ url: 'https://graph.test/beta/x', method: 'PATCH', body: '{"a":[1]}' })
    expect(sent?.headers).toEqual({
      authorization: 'Bearer tok',
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': 'agent/1',
      'client-request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
  })

  it('a read: no body and no content type; an empty answer is undefined', async () => {
    const { client, requests } = graph([{ status: 204 }])
    await expect(client.request('DELETE', '/beta/x')).resolves.toBeUndefined()
    expect(requests[0]?.body).toBeUndefined()
    expect(requests[0]?.headers).not.toHaveProperty('content-type')
  })

  it('a fresh client-request-id per attempt', async () => {
    const { client, requests } = graph([unavailable, { status: 200, text: '{}' }])
    await client.get('/x')
    expect(requests[0]?.headers['client-request-id']).not.toBe(requests[1]?.headers['client-request-id'])
  })
})

describe('retries', () => {
  it('stops when the next wait would pass the total budget', async () => {
    const { client, requests, waits } = graph([unavailable, unavailable, unavailable], { maxAttempts: 5, maxTotalWaitMs: 2_999, baseDelayMs: 1_000, maxDelayMs: 30_000 })
    await expect(client.get('/x')).rejects.toMatchObject({ status: 503 })
    expect(waits).toEqual([1_000])
    expect(requests).toHaveLength(2)
  })

  it('waits up to exactly the budget', async () => {
    const { client, waits } = graph([unavailable, unavailable, { status: 200, text: '{}' }], { maxAttempts: 5, maxTotalWaitMs: 3_000, baseDelayMs: 1_000, maxDelayMs: 30_000 })
    await client.get('/x')
    expect(waits).toEqual([1_000, 2_000])
  })

  it('counts Retry-After waits against the budget', async () => {
    const slow: Reply = { status: 429, text: '', headers: { 'retry-after': '2' } }
    const { client, waits } = graph([slow, slow, slow], { maxAttempts: 5, maxTotalWaitMs: 5_000, baseDelayMs: 1_000, maxDelayMs: 30_000 })
    await expect(client.get('/x')).rejects.toMatchObject({ status: 429, retryAfterMs: 2_000 })
    expect(waits).toEqual([2_000, 2_000])
  })

  it('waits as long as Retry-After asks even when it is longer than the backoff', async () => {
    const { client, waits, debug } = graph([{ status: 429, headers: { 'retry-after': '3' } }, { status: 200, text: '{}' }])
    await client.get('/x')
    expect(waits).toEqual([3_000])
    expect(debug).toContain('GET /x: GET /x failed: HTTP 429 HTTP429: (no message); attempt 2 in 3 s')
  })

  it('backs off when Retry-After is not a number of seconds', async () => {
    const { client, waits } = graph([{ status: 429, headers: { 'retry-after': '5x' } }, { status: 200, text: '{}' }])
    await client.get('/x')
    expect(waits).toEqual([1_000])
  })

  it('resends an idempotent POST whose answer was lost, without reconciling', async () => {
    const { client, requests } = graph([dropped(), { status: 201, text: '{"id":"B2C_1A_x"}' }])
    await expect(client.request('POST', '/beta/trustFramework/keySets', { body: { id: 'B2C_1A_x' }, idempotent: true })).resolves.toEqual({ id: 'B2C_1A_x' })
    expect(requests.map((request) => request.body)).toEqual(['{"id":"B2C_1A_x"}', '{"id":"B2C_1A_x"}'])
  })

  it('never resends a plain POST whose answer was lost', async () => {
    const { client, requests } = graph([dropped()])
    await expect(client.request('POST', '/beta/x', { body: {} })).rejects.toMatchObject({ name: 'GraphTransportError', reason: 'ECONNRESET: socket hang up' })
    expect(requests).toHaveLength(1)
  })

  it('gives up on a write after the attempts even when reconcile keeps finding nothing', async () => {
    const { client, requests } = graph([{ status: 504 }, { status: 504 }], { maxAttempts: 2, maxTotalWaitMs: 120_000, baseDelayMs: 1_000, maxDelayMs: 30_000 })
    const looked: number[] = []
    await expect(client.request('POST', '/x', { body: {}, reconcile: async () => void looked.push(1) })).rejects.toBeInstanceOf(GraphError)
    expect(requests).toHaveLength(2)
    expect(looked).toEqual([1, 1])
  })

  it('does not retry what is not Graph or transport trouble', async () => {
    let asked = 0
    const client = new GraphClient({ endpoint: 'https://g', getToken: async () => Promise.reject(new Error(`no token ${++asked}`)) })
    await expect(client.get('/x')).rejects.toThrow('no token 1')
    expect(asked).toBe(1)
  })
})

describe('debug log', () => {
  it('logs each request and answer with the request-id', async () => {
    const { client, debug } = graph([{ status: 200, text: '{}', headers: { 'request-id': 'rid-1' } }])
    await client.get('/x')
    expect(debug).toEqual(['→ GET /x', '← 200 GET /x in 0 ms (request-id rid-1)'])
  })
})
