/**
 * audit over a generated tenant: keysets and directory objects that span several pages, and
 * Graph's throttle on keyCredentials selects. Every object is read exactly once; a 429 is waited
 * out as Retry-After says.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { generateTenant } from '../../emulator/generate-tenant.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { step } from '../helpers/emulated-step.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ keysetPageSize: 10, keyCredentialsThrottle: { limit: 2, windowMs: 1500 } })
  emulator.registerClient({ clientId: emulator.client.clientId, roles: ['TrustFrameworkKeySet.Read.All', 'Application.Read.All'] })
})
afterAll(async () => {
  await emulator.close()
})
beforeEach(() => {
  emulator.reset()
  emulator.applications.clear()
  emulator.servicePrincipals.clear()
  emulator.registerClient({ clientId: emulator.client.clientId, roles: ['TrustFrameworkKeySet.Read.All', 'Application.Read.All'] })
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

describe('audit of a tenant that spans pages', () => {
  it('follows every next link, reads each object once, and waits out the keyCredentials throttle', async () => {
    await generateTenant(emulator, { keysets: 25, applications: 2100, servicePrincipals: 1000, seed: 3 })
    const run = await step(emulator, { operation: 'audit', 'audit-scope': 'keysets,applications,service-principals', 'fail-on': 'never' }, { timeoutMs: 60_000 })
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' })
    const report: Json = JSON.parse(run.reportText ?? 'null')

    const graph = emulator.requests.filter((request) => request.service === 'graph')
    const answered = graph.filter((request) => request.status === 200)
    const byPath = (path: string) => answered.filter((request) => request.path === path).length
    expect(byPath('/beta/trustFramework/keySets')).toBe(3)
    expect(byPath('/v1.0/applications')).toBe(3)
    expect(byPath('/v1.0/servicePrincipals')).toBe(2)
    // Each page answered once: no page (so no object) was read twice.
    const pages = answered.map((request) => `${request.path}?${request.query['$skiptoken'] ?? ''}`)
    expect(new Set(pages).size).toBe(pages.length)

    // Items cover every keyset and every object with credentials, once per credential type.
    const expected = [...emulator.applications.values(), ...emulator.servicePrincipals.values()].reduce(
      (sum, object) => sum + (object.keyCredentials.length > 0 ? 1 : 0) + (object.passwordCredentials.length > 0 ? 1 : 0),
      25,
    )
    expect(report.items).toHaveLength(expected)
    const keys = report.items.map((item: Json) => `${item.id}/${item.credential}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(report.counts.critical + report.counts.expiring + report.counts.ok).toBe(expected)

    // 5 keyCredentials selects against 2 per 1.5 s: throttled, and every retry came after Retry-After.
    const throttled = graph.filter((request) => request.status === 429)
    expect(throttled.length).toBeGreaterThan(0)
    for (const refused of throttled) {
      const retry = graph.find((request) => request.at > refused.at && request.path === refused.path && request.query['$skiptoken'] === refused.query['$skiptoken'])
      expect(retry).toBeDefined()
      expect((retry?.at.getTime() ?? 0) - refused.at.getTime()).toBeGreaterThanOrEqual(1000)
    }
  }, 90_000)
})
