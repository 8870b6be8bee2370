import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { httpsTransport } from '../../src/graph/https-transport.js'

/** A loopback http server (graph-endpoint may be plain http on loopback) that echoes what it got. */
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2000).unref()
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

  it('gives up when the signal aborts, with an AbortError', async () => {
    const started = Date.now()
    await expect(httpsTransport(`${base}/slow`, { method: 'GET', headers: {}, signal: AbortSignal.timeout(100) })).rejects.toMatchObject({ name: 'AbortError' })
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('rejects when nothing listens', async () => {
    await expect(httpsTransport('http://127.0.0.1:1/x', { method: 'GET', headers: {}, signal: AbortSignal.timeout(5000) })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
