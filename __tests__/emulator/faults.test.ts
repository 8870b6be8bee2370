import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { call, code, startTrusted } from './helpers.js'

const KS = '/beta/trustFramework/keySets'
const UPLOAD = `${KS}/B2C_1A_F/uploadSecret`

let emu: Emulator
beforeAll(async () => {
  emu = await startTrusted()
})
afterAll(async () => {
  await emu.close()
})
beforeEach(async () => {
  emu.reset()
  await call(emu, 'POST', KS, { json: { id: 'F' } })
})

const upload = (k = 'x') => call(emu, 'POST', UPLOAD, { json: { use: 'sig', k } })
const keys = (): number => emu.keysets.get('B2C_1A_F')?.keys.length ?? -1

describe('injected faults', () => {
  it('before: 429 with Retry-After and a B2C code, nothing written, then normal again', async () => {
    emu.injectFault({ path: '/uploadSecret', status: 429, retryAfter: '7', code: 'AADB2C95043' })
    const r = await upload()
    expect(r.status).toBe(429)
    expect(r.headers.get('retry-after')).toBe('7')
    expect(code(r)).toBe('AADB2C95043')
    expect(r.headers.get('request-id')).toBeTruthy()
    expect(keys()).toBe(0)
    expect((await upload()).status).toBe(200)
    expect(keys()).toBe(1)
  })

  it('sends an HTTP-date Retry-After verbatim and defaults the code by status', async () => {
    const date = new Date(Date.now() + 5000).toUTCString()
    emu.injectFault({ status: 503, retryAfter: date })
    const r = await upload()
    expect(r.status).toBe(503)
    expect(r.headers.get('retry-after')).toBe(date)
    expect(code(r)).toBe('ServiceUnavailable')
  })

  it('times: the fault applies to that many matching requests', async () => {
    emu.injectFault({ method: 'POST', path: /uploadSecret$/, status: 504, times: 2 })
    expect((await upload()).status).toBe(504)
    expect((await upload()).status).toBe(504)
    expect((await upload()).status).toBe(200)
  })

  it('matches on method and path only', async () => {
    emu.injectFault({ method: 'GET', path: /getActiveKey$/, status: 503, code: 'AADB2C95053' })
    expect((await upload()).status).toBe(200) // POST to another path: untouched
    const r = await call(emu, 'GET', `${KS}/B2C_1A_F/getActiveKey`)
    expect(r.status).toBe(503)
    expect(code(r)).toBe('AADB2C95053')
    expect(emu.requests.at(-1)?.fault).toMatch(/503/)
  })

  it('after: the key IS written, but the answer is the fault (a lost response)', async () => {
    emu.injectFault({ path: '/uploadSecret', phase: 'after', status: 503 })
    const r = await upload()
    expect(r.status).toBe(503)
    expect(keys()).toBe(1)
  })

  it('drop before: the connection is destroyed and nothing is written', async () => {
    emu.injectFault({ path: '/uploadSecret', drop: true })
    await expect(upload()).rejects.toThrow()
    expect(keys()).toBe(0)
    expect(emu.requests.at(-1)?.status).toBe(0)
  })

  it('drop after: the connection is destroyed after the key was written', async () => {
    emu.injectFault({ path: '/uploadSecret', drop: true, phase: 'after' })
    await expect(upload()).rejects.toThrow()
    expect(keys()).toBe(1)
  })

  it('faults on the token endpoint answer in Entra form', async () => {
    emu.injectFault({ path: /\/oauth2\/v2\.0\/token$/, status: 503, retryAfter: '1' })
    const r = await call(emu, 'POST', `/${emu.tenantId}/oauth2/v2.0/token`, {
      token: null,
      form: { grant_type: 'client_credentials', client_id: emu.client.clientId, client_secret: emu.client.clientSecret, scope: `${emu.url}/.default` },
    })
    expect(r.status).toBe(503)
    expect(r.body.error).toBe('temporarily_unavailable')
    expect(r.headers.get('retry-after')).toBe('1')
  })

  it('stall: accepts the request and never answers', async () => {
    emu.injectFault({ path: '/uploadSecret', stall: true })
    await expect(call(emu, 'POST', UPLOAD, { json: { use: 'sig', k: 'x' }, signal: AbortSignal.timeout(300) })).rejects.toThrow()
    expect(emu.requests.at(-1)).toMatchObject({ status: 0, fault: 'before: stall' })
    expect(keys()).toBe(0)
  })

  it('body: any text with any content type, in place of the service envelope', async () => {
    emu.injectFault({ path: '/uploadSecret', status: 200, body: '<html>proxy login</html>', contentType: 'text/html' })
    const r = await upload()
    expect([r.status, r.headers.get('content-type'), r.text]).toEqual([200, 'text/html', '<html>proxy login</html>'])
    expect(keys()).toBe(0)
  })

  it('location: a redirect with its target', async () => {
    emu.injectFault({ path: '/uploadSecret', status: 302, location: 'https://login.evil.test/x' })
    const r = await upload()
    expect([r.status, r.headers.get('location')]).toEqual([302, 'https://login.evil.test/x'])
  })

  it('oversizeBytes: streams an answer of that size', async () => {
    emu.injectFault({ path: '/uploadSecret', oversizeBytes: 1_000_000 })
    const r = await upload()
    expect(r.status).toBe(200)
    expect(r.text.length).toBe(1_000_000 + '{"value":"'.length)
  })

  it('echo: the error text quotes the request body and its Authorization header', async () => {
    emu.injectFault({ path: '/uploadSecret', status: 400, echo: true })
    const r = await call(emu, 'POST', UPLOAD, { json: { use: 'sig', k: 'the-uploaded-secret' }, token: 'the-bearer' })
    expect(r.body.error.message).toContain('the-uploaded-secret')
    expect(r.body.error.message).toContain('Bearer the-bearer')
  })

  it('rejects a fault with neither status nor drop', () => {
    expect(() => emu.injectFault({ path: '/x' })).toThrow()
  })
})

describe('reset and count', () => {
  it('reset clears requests, keysets and faults but keeps registrations', async () => {
    emu.injectFault({ status: 503 })
    emu.reset()
    expect(emu.requests).toHaveLength(0)
    expect(emu.keysets.size).toBe(0)
    const r = await call(emu, 'GET', KS)
    expect(r.status).toBe(200) // the fault is gone and the default client's token still works
    expect(emu.count()).toBe(1)
    expect(emu.count({ service: 'graph', method: 'GET' })).toBe(1)
    expect(emu.count({ service: 'token' })).toBe(0)
  })
})

describe('latency and concurrent writes', () => {
  let slow: Emulator
  beforeAll(async () => {
    slow = await startTrusted({ latencyMs: 150 })
  })
  afterAll(async () => {
    await slow.close()
  })

  it('delays answers by latencyMs', async () => {
    const t0 = Date.now()
    await call(slow, 'GET', KS)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
  })

  it('overlapping writes to one keyset: one succeeds, the other is 409 AADB2C95053', async () => {
    await call(slow, 'POST', KS, { json: { id: 'C' } })
    const body = { json: { use: 'sig', k: 'x' } }
    const [a, b] = await Promise.all([call(slow, 'POST', `${KS}/B2C_1A_C/uploadSecret`, body), call(slow, 'POST', `${KS}/B2C_1A_C/uploadSecret`, body)])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    expect(code(a.status === 409 ? a : b)).toBe('AADB2C95053')
    expect(slow.keysets.get('B2C_1A_C')?.keys).toHaveLength(1)
  })

  it('writes to different keysets do not conflict', async () => {
    await call(slow, 'POST', KS, { json: { id: 'D1' } })
    await call(slow, 'POST', KS, { json: { id: 'D2' } })
    const body = { json: { use: 'sig', k: 'x' } }
    const [a, b] = await Promise.all([call(slow, 'POST', `${KS}/B2C_1A_D1/uploadSecret`, body), call(slow, 'POST', `${KS}/B2C_1A_D2/uploadSecret`, body)])
    expect([a.status, b.status]).toEqual([200, 200])
  })
})
