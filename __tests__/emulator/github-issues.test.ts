import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { call, startTrusted } from './helpers.js'

let emu: Emulator
let issues: string
beforeAll(async () => {
  emu = await startTrusted()
  issues = `/github/api/repos/${emu.githubApi.repository}/issues`
})
afterAll(async () => {
  await emu.close()
})
beforeEach(() => emu.reset())

describe('GitHub issues API', () => {
  it('creates, lists by label, updates, comments on and closes an issue', async () => {
    const token = emu.githubApi.token
    const created = await call(emu, 'POST', issues, { token, json: { title: 't', body: 'b', labels: ['b2c-keys-audit'] } })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ number: 1, state: 'open', labels: [{ name: 'b2c-keys-audit' }] })
    await call(emu, 'POST', issues, { token, json: { title: 'other' } })
    const listed = await call(emu, 'GET', `${issues}?labels=b2c-keys-audit&state=open`, { token })
    expect(listed.body.map((i: { number: number }) => i.number)).toEqual([1])
    expect((await call(emu, 'PATCH', `${issues}/1`, { token, json: { body: 'b2' } })).body.body).toBe('b2')
    expect((await call(emu, 'POST', `${issues}/1/comments`, { token, json: { body: 'done' } })).status).toBe(201)
    const closed = await call(emu, 'PATCH', `${issues}/1`, { token, json: { state: 'closed', state_reason: 'completed' } })
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 })
    expect((await call(emu, 'GET', `${issues}?labels=b2c-keys-audit`, { token })).body).toEqual([])
  })

  it('answers 401 to a wrong token, 404 to another repository, 403 to writes without issues: write', async () => {
    expect((await call(emu, 'GET', issues, { token: 'ghs_wrong' })).status).toBe(401)
    expect((await call(emu, 'GET', '/github/api/repos/other/repo/issues', { token: emu.githubApi.token })).status).toBe(404)
    emu.githubApi.issuesWritable = false
    expect((await call(emu, 'GET', issues, { token: emu.githubApi.token })).status).toBe(200)
    const denied = await call(emu, 'POST', issues, { token: emu.githubApi.token, json: { title: 't' } })
    expect(denied.status).toBe(403)
    expect(denied.body.message).toBe('Resource not accessible by integration')
  })
})
