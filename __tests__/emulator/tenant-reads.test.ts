import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { generateTenant } from '../../emulator/generate-tenant.js'
import { call, code, startTrusted } from './helpers.js'

const SELECT = '$select=id,appId,displayName,keyCredentials,passwordCredentials'

let emu: Emulator
const reader = () => emu.issueAccessToken({ roles: ['Application.Read.All'] })

beforeAll(async () => {
  emu = await startTrusted({ keyCredentialsThrottle: { limit: 3, windowMs: 1500 } })
})
afterAll(async () => {
  await emu.close()
})
beforeEach(() => {
  emu.reset()
  emu.applications.clear()
  emu.servicePrincipals.clear()
})

async function readAll(path: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = []
  let next: string | undefined = path
  let pages = 0
  while (next !== undefined) {
    const r = await call(emu, 'GET', next, { token: reader() })
    expect(r.status).toBe(200)
    pages++
    ids.push(...r.body.value.map((o: { id: string }) => o.id))
    const link: string | undefined = r.body['@odata.nextLink']
    next = link === undefined ? undefined : link.slice(emu.url.length)
  }
  return { ids, pages }
}

describe('application and service principal lists', () => {
  it('pages 100 by default and up to 999 with $top, never losing or repeating an object', async () => {
    await generateTenant(emu, { keysets: 0, applications: 1200, servicePrincipals: 0 })
    const byDefault = await readAll('/v1.0/applications?$select=id')
    expect(byDefault.pages).toBe(12)
    const big = await readAll('/v1.0/applications?$select=id&$top=999')
    expect(big.pages).toBe(2)
    expect(new Set(big.ids).size).toBe(1200)
    expect(big.ids).toEqual(byDefault.ids)
  })

  it('lists certificates without their key and client secrets without their text', async () => {
    const app = emu.addApplication({
      displayName: 'with secret',
      passwordCredentials: [{ keyId: '11111111-1111-1111-1111-111111111111', displayName: 'ci', hint: 'abc', startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' }],
    })
    await generateTenant(emu, { keysets: 0, applications: 40, servicePrincipals: 0 })
    const r = await call(emu, 'GET', `/v1.0/applications?${SELECT}&$top=999`, { token: reader() })
    const listed = r.body.value.find((o: { id: string }) => o.id === app.objectId)
    expect(listed.passwordCredentials).toEqual([
      { customKeyIdentifier: null, displayName: 'ci', endDateTime: '2027-01-01T00:00:00Z', hint: 'abc', keyId: '11111111-1111-1111-1111-111111111111', secretText: null, startDateTime: '2026-01-01T00:00:00Z' },
    ])
    const withCertificate = r.body.value.find((o: { keyCredentials: unknown[] }) => o.keyCredentials.length > 0)
    expect(withCertificate.keyCredentials[0].key).toBeNull()
  })

  it('labels objects of another identity type with @odata.type', async () => {
    emu.addServicePrincipal({ displayName: 'agent', odataType: '#microsoft.graph.agentIdentity' })
    const r = await call(emu, 'GET', `/v1.0/servicePrincipals?${SELECT}`, { token: reader() })
    expect(r.body.value[0]['@odata.type']).toBe('#microsoft.graph.agentIdentity')
  })

  it('refuses a list without Application.Read.All (403) and a page size over 999', async () => {
    const denied = await call(emu, 'GET', `/v1.0/applications?${SELECT}`, { token: emu.issueAccessToken({ roles: ['TrustFrameworkKeySet.Read.All'] }) })
    expect(denied.status).toBe(403)
    expect(code(denied)).toBe('Authorization_RequestDenied')
    expect((await call(emu, 'GET', '/v1.0/applications?$top=1000', { token: reader() })).status).toBe(400)
  })

  it('throttles keyCredentials selects over the limit with 429 and a Retry-After that frees the window', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await call(emu, 'GET', `/v1.0/applications?${SELECT}`, { token: reader() })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    expect((await call(emu, 'GET', '/v1.0/applications?$select=id', { token: reader() })).status).toBe(200)
    const throttled = await call(emu, 'GET', `/v1.0/servicePrincipals?${SELECT}`, { token: reader() })
    const wait = Number(throttled.headers.get('retry-after'))
    expect(wait).toBeGreaterThanOrEqual(1)
    await new Promise((resolve) => setTimeout(resolve, wait * 1000))
    expect((await call(emu, 'GET', `/v1.0/servicePrincipals?${SELECT}`, { token: reader() })).status).toBe(200)
  })
})

describe('generateTenant', () => {
  it('makes the same tenant from the same seed, with every kind of keyset health', async () => {
    const shape = { keysets: 60, applications: 50, servicePrincipals: 50, seed: 7 }
    const first = await generateTenant(emu, shape)
    const ids = [...emu.applications.keys()]
    emu.keysets.clear()
    emu.applications.clear()
    emu.servicePrincipals.clear()
    expect(await generateTenant(emu, shape)).toEqual(first)
    expect([...emu.applications.keys()]).toEqual(ids)
    expect(emu.keysets.size).toBe(60)
    expect(Object.values(first.keysets).every((n) => n > 0)).toBe(true)
  })
})
