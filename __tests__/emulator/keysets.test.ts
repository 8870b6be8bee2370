import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { DEFAULT_NO_ACTIVE_KEY_CODE, type Emulator } from '../../emulator/index.js'
import { call, code, startTrusted, testClock, Workdir, type CallResult, type TestCert } from './helpers.js'

const KS = '/beta/trustFramework/keySets'
const SECRET_FIELDS = ['k', 'd', 'p', 'q', 'dp', 'dq', 'qi']

let emu: Emulator
let work: Workdir
let cert: TestCert
const clock = testClock()

beforeAll(async () => {
  emu = await startTrusted({ now: clock.now })
  work = await Workdir.create()
  cert = await work.cert({ days: 10 })
})
afterAll(async () => {
  await emu.close()
  await work.remove()
})
beforeEach(() => {
  emu.reset()
  clock.set(new Date())
})

async function create(id: string): Promise<CallResult> {
  return call(emu, 'POST', KS, { json: { id } })
}

function expectNoSecrets(obj: Record<string, unknown>): void {
  for (const f of SECRET_FIELDS) expect(obj).not.toHaveProperty(f)
}

describe('create keyset', () => {
  it('adds the B2C_1A_ prefix, answers 201 with Location and an empty keyset', async () => {
    const r = await create('Facebook')
    expect(r.status).toBe(201)
    expect(r.headers.get('location')).toBe("/trustFramework/keySets('B2C_1A_Facebook')")
    expect(r.body).toMatchObject({ id: 'B2C_1A_Facebook', keys: [] })
    expect(emu.keysets.has('B2C_1A_Facebook')).toBe(true)
  })

  it('keeps an existing prefix instead of doubling it', async () => {
    const r = await create('B2C_1A_Google')
    expect(r.body.id).toBe('B2C_1A_Google')
    expect([...emu.keysets.keys()]).toEqual(['B2C_1A_Google'])
  })

  it('recognises the prefix in any case and normalises it', async () => {
    const r = await create('b2c_1a_Twitter')
    expect(r.body.id).toBe('B2C_1A_Twitter')
  })

  it('answers 409 AADB2C95028 when the keyset exists', async () => {
    await create('Dup')
    const r = await create('B2C_1A_Dup')
    expect(r.status).toBe(409)
    expect(code(r)).toBe('AADB2C95028')
    expect(emu.keysets.size).toBe(1)
  })

  it.each([
    ['@odata.type', { '@odata.type': '#microsoft.graph.trustFrameworkKeySet', id: 'x' }],
    ['keys', { id: 'x', keys: [] }],
    ['no id', {}],
    ['non-string id', { id: 7 }],
  ])('refuses a body with %s: 400 "The \'keySet\' field is invalid"', async (_what, body) => {
    const r = await call(emu, 'POST', KS, { json: body })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('BadRequest')
    expect(r.body.error.message).toContain("The 'keySet' field is invalid in request")
    expect(emu.keysets.size).toBe(0)
  })
})

describe('read, replace and delete keysets', () => {
  it('lists keysets', async () => {
    await create('A')
    await create('B')
    const r = await call(emu, 'GET', KS)
    expect(r.status).toBe(200)
    expect(r.body.value.map((k: { id: string }) => k.id)).toEqual(['B2C_1A_A', 'B2C_1A_B'])
  })

  it('gets one keyset, and 404 when it is missing', async () => {
    await create('A')
    expect((await call(emu, 'GET', `${KS}/B2C_1A_A`)).body).toMatchObject({ id: 'B2C_1A_A', keys: [] })
    expect((await call(emu, 'GET', `${KS}('B2C_1A_A')`)).status).toBe(200)
    const missing = await call(emu, 'GET', `${KS}/B2C_1A_Nope`)
    expect(missing.status).toBe(404)
    expect(code(missing)).toBe('ResourceNotFound')
  })

  it('deletes with 204, then the keyset is gone; deleting again is 404', async () => {
    await create('A')
    expect((await call(emu, 'DELETE', `${KS}/B2C_1A_A`)).status).toBe(204)
    expect(emu.keysets.size).toBe(0)
    expect((await call(emu, 'DELETE', `${KS}/B2C_1A_A`)).status).toBe(404)
  })

  it('replaces the keys with PUT and never shows their secret parts', async () => {
    await create('A')
    const k = Buffer.from('s3cret').toString('base64url')
    const r = await call(emu, 'PUT', `${KS}/B2C_1A_A`, { json: { keys: [{ kty: 'oct', use: 'sig', k, nbf: 1700000000 }] } })
    expect(r.status).toBe(200)
    expect(r.body.keys).toHaveLength(1)
    expectNoSecrets(r.body.keys[0])
    expect(emu.keysets.get('B2C_1A_A')?.keys[0]?.k).toBe(k)
  })

  it('PUT to a missing keyset is 400 AADB2C95052', async () => {
    const r = await call(emu, 'PUT', `${KS}/B2C_1A_None`, { json: { keys: [] } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C95052')
  })

  it('PUT with a k that is not base64url is 400 AADB2C95029', async () => {
    await create('A')
    const r = await call(emu, 'PUT', `${KS}/B2C_1A_A`, { json: { keys: [{ kty: 'oct', use: 'sig', k: 'not base64url!' }] } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C95029')
  })

  it('PUT mixing RSA and oct is 400 AADB2C95032', async () => {
    await create('A')
    const r = await call(emu, 'PUT', `${KS}/B2C_1A_A`, {
      json: { keys: [{ kty: 'oct', use: 'sig', k: 'YQ' }, { kty: 'RSA', use: 'sig', n: 'AQAB', e: 'AQAB' }] },
    })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C95032')
    expect(emu.keysets.get('B2C_1A_A')?.keys).toHaveLength(0)
  })
})

describe('uploadSecret and generateKey', () => {
  beforeEach(async () => {
    await create('S')
  })

  it('uploadSecret stores the secret (as JWK k) and answers a key without k', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/uploadSecret`, { json: { use: 'sig', k: 'app-secret', nbf: 1700000000, exp: 1900000000 } })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ use: 'sig', kty: 'oct', nbf: 1700000000, exp: 1900000000 })
    expect(typeof r.body.kid).toBe('string')
    expectNoSecrets(r.body)
    const stored = emu.keysets.get('B2C_1A_S')?.keys[0]
    expect(Buffer.from(stored?.k ?? '', 'base64url').toString()).toBe('app-secret')
    expect(stored?.kid).toBe(r.body.kid)
  })

  it('uploadSecret without nbf/exp gives a key without them', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/uploadSecret`, { json: { use: 'enc', k: 'x' } })
    expect(r.status).toBe(200)
    expect(r.body).not.toHaveProperty('nbf')
    expect(r.body).not.toHaveProperty('exp')
  })

  it('generateKey RSA returns n and e, never d; the private key is kept', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/generateKey`, { json: { use: 'sig', kty: 'RSA' } })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ kty: 'RSA', use: 'sig', e: 'AQAB' })
    expect(r.body.n.length).toBeGreaterThan(300)
    expectNoSecrets(r.body)
    expect(emu.keysets.get('B2C_1A_S')?.keys[0]?.d).toBeDefined()
  })

  it('generateKey oct keeps k to itself', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/generateKey`, { json: { use: 'enc', kty: 'oct', nbf: 1700000000 } })
    expect(r.status).toBe(200)
    expectNoSecrets(r.body)
    expect(emu.keysets.get('B2C_1A_S')?.keys[0]?.k).toBeDefined()
  })

  it.each([
    ['uploadSecret', { use: 'sig', k: 'x', kty: 'oct' }, 'kty'],
    ['uploadSecret', { use: 'sig', k: 'x', '@odata.type': 'x' }, '@odata.type'],
    ['generateKey', { use: 'sig', kty: 'RSA', k: 'x' }, 'k'],
    ['generateKey', { use: 'sig', kty: 'RSA', nbf: 1, expires: 2 }, 'expires'],
  ])('%s refuses an undocumented parameter (%j)', async (action, body, param) => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/${action}`, { json: body })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('BadRequest')
    expect(r.body.error.message).toContain(`'${param}'`)
  })

  it.each([
    ['milliseconds', { nbf: 1700000000000 }],
    ['a fraction', { nbf: 1700000000.5 }],
    ['a string', { exp: '1900000000' }],
    ['exp before nbf', { nbf: 1800000000, exp: 1700000000 }],
  ])('refuses nbf/exp given as %s', async (_what, dates) => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/uploadSecret`, { json: { use: 'sig', k: 'x', ...dates } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('BadRequest')
    expect(emu.keysets.get('B2C_1A_S')?.keys).toHaveLength(0)
  })

  it('refuses a use other than sig/enc', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/uploadSecret`, { json: { use: 'sign', k: 'x' } })
    expect(r.status).toBe(400)
  })

  it('writing to a missing keyset is 400 AADB2C95052 (not 404)', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_Missing/uploadSecret`, { json: { use: 'sig', k: 'x' } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C95052')
  })

  it('mixing RSA and oct is 400 AADB2C95032, naming the existing type', async () => {
    await call(emu, 'POST', `${KS}/B2C_1A_S/uploadSecret`, { json: { use: 'sig', k: 'x' } })
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/generateKey`, { json: { use: 'sig', kty: 'RSA' } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C95032')
    expect(r.body.error.message).toContain("'oct'")
  })

  it('mixing sig and enc is 400 AADB2C95042, naming the existing use', async () => {
    await call(emu, 'POST', `${KS}/B2C_1A_S/uploadSecret`, { json: { use: 'sig', k: 'x' } })
    const r = await call(emu, 'POST', `${KS}/B2C_1A_S/uploadSecret`, { json: { use: 'enc', k: 'y' } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C95042')
    expect(r.body.error.message).toContain("'sig'")
  })
})

describe('uploadCertificate and uploadPkcs12', () => {
  beforeEach(async () => {
    await create('C')
  })

  it('uploadCertificate takes nbf/exp, x5c, x5t, n, e from the certificate', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_C/uploadCertificate`, { json: { key: cert.base64 } })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ kty: 'RSA', use: 'sig', x5c: [cert.base64], x5t: cert.x5t, e: 'AQAB' })
    expect(r.body.exp - r.body.nbf).toBeGreaterThanOrEqual(10 * 86400 - 1)
    expect(Math.abs(r.body.nbf - Date.now() / 1000)).toBeLessThan(120)
    expectNoSecrets(r.body)
  })

  it('uploadCertificate refuses a PEM (key must be base64 DER)', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_C/uploadCertificate`, { json: { key: cert.certPem } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('BadRequest')
  })

  it('uploadCertificate refuses a use parameter (Graph takes none)', async () => {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_C/uploadCertificate`, { json: { key: cert.base64, use: 'sig' } })
    expect(r.status).toBe(400)
  })

  it('uploadPkcs12 opens a legacy PFX and keeps the private key', async () => {
    const pfx = await work.pfx(cert, 'pfx-pass', true)
    const r = await call(emu, 'POST', `${KS}/B2C_1A_C/uploadPkcs12`, { json: { key: pfx, password: 'pfx-pass' } })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ kty: 'RSA', x5t: cert.x5t })
    expectNoSecrets(r.body)
    expect(emu.keysets.get('B2C_1A_C')?.keys[0]?.d).toBeDefined()
  })

  it('uploadPkcs12 with a wrong password is 400 AADB2C90213', async () => {
    const pfx = await work.pfx(cert, 'right', true)
    const r = await call(emu, 'POST', `${KS}/B2C_1A_C/uploadPkcs12`, { json: { key: pfx, password: 'wrong' } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C90213')
    expect(emu.requests.at(-1)?.rejectReason).toMatch(/password/)
  })

  it('uploadPkcs12 refuses an AES-encrypted PFX even with the right password (AADB2C90213)', async () => {
    const pfx = await work.pfx(cert, 'right', false)
    const r = await call(emu, 'POST', `${KS}/B2C_1A_C/uploadPkcs12`, { json: { key: pfx, password: 'right' } })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('AADB2C90213')
    expect(emu.requests.at(-1)?.rejectReason).toMatch(/AES/)
    expect(emu.keysets.get('B2C_1A_C')?.keys).toHaveLength(0)
  })

  it('accepts an AES PFX when started with acceptAesPkcs12', async () => {
    const lenient = await startTrusted({ acceptAesPkcs12: true })
    try {
      await call(lenient, 'POST', KS, { json: { id: 'C' } })
      const pfx = await work.pfx(cert, 'right', false)
      const r = await call(lenient, 'POST', `${KS}/B2C_1A_C/uploadPkcs12`, { json: { key: pfx, password: 'right' } })
      expect(r.status).toBe(200)
    } finally {
      await lenient.close()
    }
  })

  it('a certificate cannot join a keyset of enc keys (AADB2C95042)', async () => {
    await create('E')
    await call(emu, 'POST', `${KS}/B2C_1A_E/generateKey`, { json: { use: 'enc', kty: 'RSA' } })
    const r = await call(emu, 'POST', `${KS}/B2C_1A_E/uploadCertificate`, { json: { key: cert.base64 } })
    expect(code(r)).toBe('AADB2C95042')
  })
})

describe('getActiveKey', () => {
  const now = (): number => Math.floor(clock.now().getTime() / 1000)

  beforeEach(async () => {
    await create('R')
  })

  async function upload(nbf?: number, exp?: number): Promise<string> {
    const r = await call(emu, 'POST', `${KS}/B2C_1A_R/uploadSecret`, { json: { use: 'sig', k: 'x', ...(nbf !== undefined ? { nbf } : {}), ...(exp !== undefined ? { exp } : {}) } })
    expect(r.status).toBe(200)
    return r.body.kid as string
  }

  it('is a GET; POST is 405', async () => {
    await upload()
    expect((await call(emu, 'GET', `${KS}/B2C_1A_R/getActiveKey`)).status).toBe(200)
    expect((await call(emu, 'POST', `${KS}/B2C_1A_R/getActiveKey`, { json: {} })).status).toBe(405)
  })

  it(`is 404 ${DEFAULT_NO_ACTIVE_KEY_CODE} when no key is active`, async () => {
    const empty = await call(emu, 'GET', `${KS}/B2C_1A_R/getActiveKey`)
    expect(empty.status).toBe(404)
    expect(code(empty)).toBe(DEFAULT_NO_ACTIVE_KEY_CODE)
    await upload(now() + 3600)
    expect(code(await call(emu, 'GET', `${KS}/B2C_1A_R/getActiveKey`))).toBe(DEFAULT_NO_ACTIVE_KEY_CODE)
  })

  it('is 404 ResourceNotFound for a missing keyset', async () => {
    const r = await call(emu, 'GET', `${KS}/B2C_1A_Nope/getActiveKey`)
    expect(r.status).toBe(404)
    expect(code(r)).toBe('ResourceNotFound')
  })

  it('picks the latest nbf that has passed and skips expired and future keys', async () => {
    const t = now()
    const old = await upload(t - 7200)
    const current = await upload(t - 60)
    await upload(t + 3600) // next
    await upload(t - 30, t - 10) // latest nbf but expired
    const r = await call(emu, 'GET', `${KS}/B2C_1A_R/getActiveKey`)
    expect(r.body.kid).toBe(current)
    expectNoSecrets(r.body)
    expect(old).not.toBe(current)
  })

  it('rotates when time passes the next key nbf, and falls back when the active one expires', async () => {
    const t = now()
    const first = await upload(t - 100)
    const second = await upload(t + 100, t + 200)
    expect((await call(emu, 'GET', `${KS}/B2C_1A_R/getActiveKey`)).body.kid).toBe(first)
    clock.advance(150)
    expect((await call(emu, 'GET', `${KS}/B2C_1A_R/getActiveKey`)).body.kid).toBe(second)
    clock.advance(100)
    expect((await call(emu, 'GET', `${KS}/B2C_1A_R/getActiveKey`)).body.kid).toBe(first)
  })
})

describe('Graph authentication, permissions and routing', () => {
  it('401 InvalidAuthenticationToken without a token', async () => {
    const r = await call(emu, 'GET', KS, { token: null })
    expect(r.status).toBe(401)
    expect(code(r)).toBe('InvalidAuthenticationToken')
  })

  it('401 for a token whose signature does not verify', async () => {
    const [h, p, s] = emu.issueAccessToken().split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
    claims.roles = ['TrustFrameworkKeySet.ReadWrite.All', 'Directory.ReadWrite.All']
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`
    const r = await call(emu, 'GET', KS, { token: forged })
    expect(r.status).toBe(401)
    expect(code(r)).toBe('InvalidAuthenticationToken')
  })

  it('401 for a token with base64 padding', async () => {
    const [h, p, s] = emu.issueAccessToken().split('.') as [string, string, string]
    const padded = `${h}.${p}${'='.repeat((4 - (p.length % 4)) % 4 || 1)}.${s}`
    expect((await call(emu, 'GET', KS, { token: padded })).status).toBe(401)
  })

  it('401 once the token has expired (emulator clock)', async () => {
    const token = emu.issueAccessToken()
    clock.advance(2 * 3600)
    const r = await call(emu, 'GET', KS, { token })
    expect(r.status).toBe(401)
    expect(r.body.error.message).toMatch(/expired/)
  })

  it('401 for a token from another emulator (different signing key)', async () => {
    const other = await startTrusted()
    try {
      const r = await call(emu, 'GET', KS, { token: other.issueAccessToken() })
      expect(r.status).toBe(401)
    } finally {
      await other.close()
    }
  })

  it('403 Authorization_RequestDenied without a keyset role', async () => {
    const r = await call(emu, 'GET', KS, { token: emu.issueAccessToken({ roles: [] }) })
    expect(r.status).toBe(403)
    expect(code(r)).toBe('Authorization_RequestDenied')
    expect(r.body.error.message).toBe('Insufficient privileges to complete the operation.')
  })

  it('TrustFrameworkKeySet.Read.All reads but cannot write', async () => {
    const token = emu.issueAccessToken({ roles: ['TrustFrameworkKeySet.Read.All'] })
    expect((await call(emu, 'GET', KS, { token })).status).toBe(200)
    const w = await call(emu, 'POST', KS, { token, json: { id: 'x' } })
    expect(w.status).toBe(403)
    expect(code(w)).toBe('Authorization_RequestDenied')
  })

  it('unknown segments are 400 BadRequest "Resource not found for the segment"', async () => {
    const r = await call(emu, 'GET', '/beta/trustFramework/keySetz')
    expect(r.status).toBe(400)
    expect(code(r)).toBe('BadRequest')
    expect(r.body.error.message).toBe("Resource not found for the segment 'keySetz'.")
    await create('A')
    const action = await call(emu, 'POST', `${KS}/B2C_1A_A/uploadKey`, { json: {} })
    expect(action.body.error.message).toBe("Resource not found for the segment 'uploadKey'.")
  })

  it('keysets exist on beta only', async () => {
    const r = await call(emu, 'GET', '/v1.0/trustFramework/keySets')
    expect(r.status).toBe(400)
    expect(r.body.error.message).toContain("'trustFramework'")
  })

  it('refuses non-JSON bodies: wrong content type 415, malformed JSON 400', async () => {
    expect((await call(emu, 'POST', KS, { raw: { body: 'id=x', contentType: 'text/plain' } })).status).toBe(415)
    const bad = await call(emu, 'POST', KS, { raw: { body: '{"id":', contentType: 'application/json' } })
    expect(bad.status).toBe(400)
    expect(code(bad)).toBe('BadRequest')
  })

  it('sends request-id and the Graph error envelope with innerError', async () => {
    const r = await call(emu, 'GET', `${KS}/B2C_1A_Nope`, { headers: { 'client-request-id': 'abc-123' } })
    const requestId = r.headers.get('request-id')
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(r.headers.get('client-request-id')).toBe('abc-123')
    expect(r.body.error.innerError).toMatchObject({ 'request-id': requestId, 'client-request-id': 'abc-123' })
    expect(typeof r.body.error.innerError.date).toBe('string')
  })

  it('records every request with its service, status and parsed body', async () => {
    await create('Rec')
    const rec = emu.requests.at(-1)
    expect(rec).toMatchObject({ service: 'graph', method: 'POST', path: KS, status: 201, body: { id: 'Rec' } })
    expect(emu.count({ service: 'graph', method: 'POST' })).toBe(1)
  })
})

describe('responses never carry secret key material', () => {
  it('list and get show only public members', async () => {
    await create('P')
    await call(emu, 'POST', `${KS}/B2C_1A_P/generateKey`, { json: { use: 'sig', kty: 'RSA' } })
    const pfx = await work.pfx(cert, 'pw', true)
    await call(emu, 'POST', `${KS}/B2C_1A_P/uploadPkcs12`, { json: { key: pfx, password: 'pw' } })
    for (const r of [await call(emu, 'GET', KS), await call(emu, 'GET', `${KS}/B2C_1A_P`)]) {
      for (const f of SECRET_FIELDS) expect(r.text).not.toContain(`"${f}"`)
    }
    // …while the state keeps them, for assertions
    expect(emu.keysets.get('B2C_1A_P')?.keys.every((k) => k.d !== undefined)).toBe(true)
    expect(createHash('sha1').update(cert.der).digest('base64url')).toBe(cert.x5t)
  })
})
