import { describe, expect, it } from '@jest/globals'
import { TransportFailure, type Transport, type TransportRequest } from '../../src/net/https-transport.js'
import { GraphClient, type GraphClientOptions } from '../../src/graph/client.js'
import { GraphError, GraphTransportError } from '../../src/graph/errors.js'

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'drop'

/** A scripted Graph: answers in order, records what was sent and how long the client slept. */
function scripted(answers: Answer[], options: Partial<GraphClientOptions> = {}) {
  const sent: { method: string; url: string; authorization: string | null; body: string | undefined }[] = []
  const slept: number[] = []
  let tokens = 0
  const fetch = async (url: string, init?: TransportRequest): Promise<Response> => {
    const headers = new Headers(init?.headers)
    sent.push({ method: init?.method ?? 'GET', url: String(url), authorization: headers.get('authorization'), body: init?.body as string | undefined })
    const answer = answers.shift()
    if (answer === undefined) throw new Error('test script ran out of answers')
    if (answer === 'drop') throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) })
    const body = answer.body === undefined ? null : JSON.stringify(answer.body)
    return new Response(answer.status === 204 ? null : body, { status: answer.status, headers: answer.headers })
  }
  const client = new GraphClient({
    endpoint: 'https://graph.test',
    getToken: async () => `token-${++tokens}`,
    transport: fetch as unknown as Transport,
    sleep: async (ms) => void slept.push(ms),
    now: () => Date.parse('2027-01-31T10:00:00Z'),
    ...options,
  })
  return { client, sent, slept }
}

const throttled = (retryAfter?: string): Answer => ({
  status: 429,
  body: { error: { code: 'TooManyRequests', message: 'slow down' } },
  headers: retryAfter ? { 'retry-after': retryAfter } : {},
})

describe('GraphClient', () => {
  it('sends JSON with a bearer token to endpoint + path and returns the parsed body', async () => {
    const { client, sent } = scripted([{ status: 200, body: { kid: 'k1' } }])
    await expect(client.request('POST', '/beta/x', { body: { a: 1 } })).resolves.toEqual({ kid: 'k1' })
    expect(sent).toEqual([{ method: 'POST', url: 'https://graph.test/beta/x', authorization: 'Bearer token-1', body: '{"a":1}' }])
  })

  it('waits as Retry-After says (seconds) and then succeeds', async () => {
    const { client, sent, slept } = scripted([throttled('3'), { status: 200, body: { kid: 'k1' } }])
    await expect(client.request('POST', '/beta/x', { body: {} })).resolves.toEqual({ kid: 'k1' })
    expect(slept).toEqual([3000])
    expect(sent).toHaveLength(2)
  })

  it('waits as Retry-After says (HTTP-date)', async () => {
    const { client, slept } = scripted([throttled('Sun, 31 Jan 2027 10:00:12 GMT'), { status: 200, body: {} }])
    await client.get('/beta/x')
    expect(slept).toEqual([12_000])
  })

  it('backs off exponentially when no Retry-After is given', async () => {
    const { client, slept } = scripted([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 200, body: {} }])
    await client.get('/beta/x')
    expect(slept).toEqual([1000, 2000, 4000])
  })

  it('retries B2C throttling and concurrency codes whatever their status', async () => {
    const { client, sent } = scripted([
      { status: 400, body: { error: { code: 'AADB2C95043', message: 'too many' } } },
      { status: 409, body: { error: { code: 'AADB2C95053', message: 'concurrent' } } },
      { status: 200, body: { kid: 'k' } },
    ])
    await client.request('POST', '/beta/x', { body: {} })
    expect(sent).toHaveLength(3)
  })

  it('gives up after the attempt limit with the last Graph error', async () => {
    const { client, sent } = scripted(Array.from({ length: 5 }, () => throttled('1')))
    await expect(client.get('/beta/x')).rejects.toMatchObject({ name: 'GraphError', status: 429, code: 'TooManyRequests' })
    expect(sent).toHaveLength(5)
  })

  it('fails at once when Retry-After exceeds the total wait budget', async () => {
    const { client, slept } = scripted([throttled('3600')])
    await expect(client.get('/beta/x')).rejects.toBeInstanceOf(GraphError)
    expect(slept).toEqual([])
  })

  it('does not retry client errors, and keeps code, status and request-id', async () => {
    const { client, sent } = scripted([
      { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges', innerError: { 'request-id': 'body-id' } } }, headers: { 'request-id': 'header-id' } },
    ])
    const error = await client.get('/beta/x').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ status: 403, code: 'Authorization_RequestDenied', graphMessage: 'Insufficient privileges', requestId: 'header-id' })
    expect(sent).toHaveLength(1)
  })

  it('reads a non-JSON error body without crashing', async () => {
    const fetch = async () => new Response('<html>bad gateway</html>', { status: 502 })
    const client = new GraphClient({ endpoint: 'https://g', getToken: async () => 't', transport: fetch as unknown as Transport })
    await expect(client.get('/x')).rejects.toMatchObject({ status: 502, code: 'HTTP502', graphMessage: '<html>bad gateway</html>' })
  })

  it('retries a dropped GET', async () => {
    const { client, sent } = scripted(['drop', { status: 200, body: { id: 'k' } }])
    await expect(client.get('/beta/x')).resolves.toEqual({ id: 'k' })
    expect(sent).toHaveLength(2)
  })

  it('never resends a write whose answer was lost when it cannot check', async () => {
    const { client, sent } = scripted(['drop'])
    await expect(client.request('POST', '/beta/x', { body: {} })).rejects.toBeInstanceOf(GraphTransportError)
    expect(sent).toHaveLength(1)
  })

  it('returns what reconcile finds instead of writing again', async () => {
    const { client, sent } = scripted(['drop'])
    const reconciled: string[] = []
    const result = await client.request('POST', '/beta/x', {
      body: {},
      reconcile: async () => {
        reconciled.push('looked')
        return { kid: 'landed' }
      },
    })
    expect(result).toEqual({ kid: 'landed' })
    expect(reconciled).toEqual(['looked'])
    expect(sent).toHaveLength(1)
  })

  it('writes again when reconcile finds nothing, after a 504 as after a drop', async () => {
    const { client, sent } = scripted([{ status: 504 }, { status: 200, body: { kid: 'second' } }])
    const result = await client.request('POST', '/beta/x', { body: {}, reconcile: async () => undefined })
    expect(result).toEqual({ kid: 'second' })
    expect(sent).toHaveLength(2)
  })

  it('treats a 429 on a write as refused: resends without reconciling', async () => {
    const { client } = scripted([throttled('1'), { status: 200, body: { kid: 'k' } }])
    const result = await client.request('POST', '/beta/x', {
      body: {},
      reconcile: async () => {
        throw new Error('must not reconcile a refused write')
      },
    })
    expect(result).toEqual({ kid: 'k' })
  })

  it('reports a timeout as a transport failure, and sends a stalled request at most twice', async () => {
    let sent = 0
    const stall = async () => {
      sent++
      throw new TransportFailure('timeout', 'g', 'no answer from g within 30 s')
    }
    const client = new GraphClient({ endpoint: 'https://g', getToken: async () => 't', transport: stall as Transport, sleep: async () => undefined })
    await expect(client.get('/x')).rejects.toMatchObject({ name: 'GraphTransportError', reason: 'no answer from g within 30 s', attempts: 2 })
    expect(sent).toBe(2)
  })

  it('does not follow or resend a redirect', async () => {
    let sent = 0
    const redirect = async () => {
      sent++
      throw new TransportFailure('redirect', 'g', 'g answered HTTP 302 with a redirect to evil.test')
    }
    const client = new GraphClient({ endpoint: 'https://g', getToken: async () => 't', transport: redirect as Transport })
    await expect(client.get('/x')).rejects.toMatchObject({ reason: expect.stringContaining('evil.test') })
    expect(sent).toBe(1)
  })

  it.each([
    ['HTML from a proxy', '<html>login</html>', 'text/html', /HTTP 200 \(text\/html\) with a body starting '<html>login<\/html>'/],
    ['null', 'null', 'application/json', /body starting 'null'/],
    ['an empty body', '', 'application/json', /an empty body/],
    ['invalid JSON', '{"kid":', 'application/json', /body starting '\{"kid":'/],
  ])('fails on a 2xx that is %s, saying what arrived', async (_what, body, type, said) => {
    const answer = async () => new Response(body, { status: 200, headers: { 'content-type': type } })
    const client = new GraphClient({ endpoint: 'https://g', getToken: async () => 't', transport: answer as unknown as Transport })
    await expect(client.get('/x')).rejects.toMatchObject({ name: 'GraphTransportError', retriable: false, reason: expect.stringMatching(said) })
  })

  it('reconciles a write answered by a non-JSON 2xx before failing', async () => {
    const answer = async () => new Response('<html/>', { status: 200, headers: { 'content-type': 'text/html' } })
    const client = new GraphClient({ endpoint: 'https://g', getToken: async () => 't', transport: answer as unknown as Transport })
    await expect(client.request('POST', '/x', { body: {}, reconcile: async () => ({ kid: 'landed' }) })).resolves.toEqual({ kid: 'landed' })
  })

  it('counts the attempts on the final error', async () => {
    const { client } = scripted([{ status: 503 }, { status: 503 }, { status: 502 }])
    await expect(client.get('/x')).rejects.toMatchObject({ status: 502, attempts: 3 })
  })

  it('counts every request sent, retries included', async () => {
    const { client } = scripted([throttled('1'), { status: 200, body: {} }])
    await client.get('/x')
    expect(client.requestCount).toBe(2)
  })
})
