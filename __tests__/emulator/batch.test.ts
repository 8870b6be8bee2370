/** JSON batching in the emulated Graph: POST /v1.0/$batch as Graph documents it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import type { Emulator } from '../../emulator/index.js'
import { call, startTrusted, Workdir, type TestCert } from './helpers.js'

let emu: Emulator
let work: Workdir
let cert: TestCert
let app: { objectId: string; appId: string }
const token = (): string => emu.issueAccessToken({ roles: ['Application.Read.All'] })
const select = '$select=id,appId,keyCredentials'

beforeAll(async () => {
  emu = await startTrusted()
  work = await Workdir.create()
  cert = await work.cert({ cn: 'batched' })
  app = emu.addApplication({ displayName: 'batched app', keyCredentials: [{ certificatePem: cert.certPem }] })
})
afterAll(async () => {
  await emu.close()
  await work.remove()
})

const batch = (requests: unknown, bearer: string | null = token()) => call(emu, 'POST', '/v1.0/$batch', { token: bearer, json: { requests } })

describe('POST /v1.0/$batch', () => {
  it('answers each request as if sent alone, with its id, in one HTTP request', async () => {
    const before = emu.requests.length
    const r = await batch([
      { id: 'byAppId', method: 'GET', url: `/applications(appId='${app.appId}')?${select}` },
      { id: 'byObjectId', method: 'GET', url: `applications/${app.appId}?${select}` },
    ])
    expect(r.status).toBe(200)
    const byId = Object.fromEntries((r.body.responses as { id: string }[]).map((response) => [response.id, response]))
    expect(byId['byAppId']).toMatchObject({ status: 200, body: { id: app.objectId, keyCredentials: [{ key: cert.base64 }] } })
    expect(byId['byObjectId']).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } })
    const sent = emu.requests.slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.batched?.map((part) => part.status)).toEqual([200, 404])
  })

  it('checks the bearer token of the batch for every request in it', async () => {
    const r = await batch([{ id: '1', method: 'GET', url: `/applications/${app.objectId}` }], 'not-a-token')
    expect(r.status).toBe(401)
  })

  it('refuses what Graph refuses: no requests, more than 20, repeated ids, absolute or nested URLs, a body without Content-Type', async () => {
    const get = (id: string) => ({ id, method: 'GET', url: `/applications/${app.objectId}` })
    const refused = [
      [],
      Array.from({ length: 21 }, (_, i) => get(String(i))),
      [get('1'), get('1')],
      [{ id: '1', method: 'GET', url: `${emu.url}/v1.0/applications/${app.objectId}` }],
      [{ id: '1', method: 'POST', url: '/$batch', body: {}, headers: { 'Content-Type': 'application/json' } }],
      [{ id: '1', method: 'POST', url: `/applications/${randomUUID()}/removeKey`, body: {} }],
    ]
    for (const requests of refused) expect((await batch(requests)).status).toBe(400)
  })
})
