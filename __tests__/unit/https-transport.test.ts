import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { httpsTransport, MAX_RESPONSE_BYTES, requestTimeoutMs } from '../../src/net/https-transport.js'

/** A loopback http server (graph-endpoint may be plain http on loopback) that echoes what it got. */
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2000).unref()
      if (request.url === '/redirect') return void response.writeHead(302, { location: 'https://evil.test/steal' }).end()
      if (request.url === '/huge') {
        response.writeHead(200, { 'content-type': 'application/json' })
        const chunk = Buffer.alloc(1024 * 1024, 'a')
        for (let i = 0; i <= MAX_RESPONSE_BYTES / chunk.length; i++) response.write(chunk)
        return void response.end()
      }
      response.writeHead(201, { 'content-type': 'application/json', 'request-id': 'rid-1' })
      response.end(JSON.stringify({ method: request.method, url: request.url, auth: request.headers['authorization'], body: Buffer.concat(chunks).toString() }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('httpsTransport', () => {
  it('sends method, headers and body, and reads status, headers and body', async () => {
    const response = await httpsTransport(`${base}/beta/x?y=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"a":1}',
      signal: AbortSignal.timeout(5000),
    })
    expect(response.status).toBe(201)
    expect(response.ok).toBe(true)
    expect(response.headers.get('Request-Id')).toBe('rid-1')
    expect(response.headers.get('missing')).toBeNull()
    expect(JSON.parse(await response.text())).toEqual({ method: 'POST', url: '/beta/x?y=1', auth: 'Bearer t', body: '{"a":1}' })
  })

  it('gives up when the caller aborts', async () => {
    const started = Date.now()
    await expect(httpsTransport(`${base}/slow`, { method: 'GET', headers: {}, signal: AbortSignal.timeout(100) })).rejects.toMatchObject({ kind: 'aborted' })
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('times out on its own, naming the host', async () => {
    process.env['B2C_KEYS_TEST_REQUEST_TIMEOUT_MS'] = '200'
    try {
      const failure = httpsTransport(`${base}/slow`, { method: 'GET', headers: {} })
      await expect(failure).rejects.toMatchObject({ kind: 'timeout', retriable: true, message: `no answer from ${new URL(base).host} within 0.2 s` })
    } finally {
      delete process.env['B2C_KEYS_TEST_REQUEST_TIMEOUT_MS']
    }
  })

  it('waits 30 s by default; only a positive integer overrides it', () => {
    expect(requestTimeoutMs({})).toBe(30_000)
    expect(requestTimeoutMs({ B2C_KEYS_TEST_REQUEST_TIMEOUT_MS: 'soon' })).toBe(30_000)
    expect(requestTimeoutMs({ B2C_KEYS_TEST_REQUEST_TIMEOUT_MS: '1500' })).toBe(1500)
  })

  it('does not follow a redirect, and names its status and target host', async () => {
    await expect(httpsTransport(`${base}/redirect`, { method: 'GET', headers: {} })).rejects.toMatchObject({
      kind: 'redirect',
      retriable: false,
      message: expect.stringMatching(/answered HTTP 302 with a redirect to evil\.test; the action does not follow redirects/),
    })
  })

  it('discards an answer over the size cap', async () => {
    await expect(httpsTransport(`${base}/huge`, { method: 'GET', headers: {} })).rejects.toMatchObject({ kind: 'too-large', retriable: false })
  })

  it('rejects when nothing listens', async () => {
    await expect(httpsTransport('http://127.0.0.1:1/x', { method: 'GET', headers: {} })).rejects.toMatchObject({ kind: 'network', code: 'ECONNREFUSED' })
  })
})
