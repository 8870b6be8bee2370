import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { call, code, startTrusted } from './helpers.js'

const KS = '/beta/trustFramework/keySets'

let emu: Emulator
beforeAll(async () => {
  emu = await startTrusted({ keysetPageSize: 2 })
})
afterAll(async () => {
  await emu.close()
})
beforeEach(() => {
  emu.reset()
  for (const id of ['B2C_1A_A', 'B2C_1A_B', 'B2C_1A_C', 'B2C_1A_D', 'B2C_1A_E']) emu.keysets.set(id, { id, keys: [] })
})

describe('keyset list paging', () => {
  it('answers in pages with @odata.nextLink on its own origin until the last page', async () => {
    const ids: string[] = []
    let path: string | undefined = KS
    let pages = 0
    while (path !== undefined) {
      const r = await call(emu, 'GET', path)
      expect(r.status).toBe(200)
      pages++
      ids.push(...r.body.value.map((k: { id: string }) => k.id))
      const next: string | undefined = r.body['@odata.nextLink']
      if (next !== undefined) expect(new URL(next).origin).toBe(emu.url)
      path = next === undefined ? undefined : new URL(next).pathname + new URL(next).search
    }
    expect(pages).toBe(3)
    expect(ids).toEqual(['B2C_1A_A', 'B2C_1A_B', 'B2C_1A_C', 'B2C_1A_D', 'B2C_1A_E'])
  })

  it('honours $top and refuses one outside 1..999', async () => {
    const r = await call(emu, 'GET', `${KS}?$top=4`)
    expect(r.body.value).toHaveLength(4)
    const tooBig = await call(emu, 'GET', `${KS}?$top=1000`)
    expect(tooBig.status).toBe(400)
    expect(tooBig.body.error.message).toContain("Invalid page size specified: '1000'")
  })

  it('refuses a skip token it did not issue, or one issued for another collection', async () => {
    const forged = await call(emu, 'GET', `${KS}?$skiptoken=abc`)
    expect(forged.status).toBe(400)
    expect(code(forged)).toBe('Directory_InvalidSkipToken')
    const other = Buffer.from(JSON.stringify({ c: '/v1.0/applications', o: 1 })).toString('base64url')
    expect((await call(emu, 'GET', `${KS}?$skiptoken=${other}`)).status).toBe(400)
  })
})
