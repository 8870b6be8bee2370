import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ClientCertificateCredential } from '@azure/identity'
import { randomUUID, X509Certificate } from 'node:crypto'
import type { Emulator } from '../../emulator/index.js'
import { call, code, proofJwt, startTrusted, testClock, Workdir, type CallResult, type TestCert } from './helpers.js'

let emu: Emulator
let work: Workdir
let cert1: TestCert
let cert2: TestCert
let stranger: TestCert
const clock = testClock()
let app: { objectId: string; appId: string }
let selfToken: () => string

beforeAll(async () => {
  emu = await startTrusted({ now: clock.now })
  work = await Workdir.create()
  ;[cert1, cert2, stranger] = await Promise.all([work.cert({ cn: 'one', days: 30 }), work.cert({ cn: 'two', days: 60 }), work.cert({ cn: 'stranger' })])
})
afterAll(async () => {
  await emu.close()
  await work.remove()
})
beforeEach(() => {
  clock.set(new Date())
  app = emu.addApplication({ displayName: 'rolled app', keyCredentials: [{ certificatePem: cert1.certPem, displayName: 'first' }] })
  // The app itself, with no application permission at all.
  selfToken = () => emu.issueAccessToken({ clientId: app.appId, roles: [] })
})

const appPath = (suffix = ''): string => `/v1.0/applications/${app.objectId}${suffix}`
const current = () => emu.applications.get(app.objectId)?.keyCredentials ?? []

function addKeyBody(proof: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: cert2.base64, displayName: 'second' }, passwordCredential: null, proof, ...overrides }
}

async function addKey(proof: string, overrides: Record<string, unknown> = {}, path = appPath('/addKey')): Promise<CallResult> {
  return call(emu, 'POST', path, { token: selfToken(), json: addKeyBody(proof, overrides) })
}

describe('reading applications', () => {
  it('GET with $select=id,appId,keyCredentials lists the certificates with their key', async () => {
    const r = await call(emu, 'GET', appPath('?$select=id,appId,keyCredentials'), { token: selfToken() })
    expect(r.status).toBe(200)
    expect(Object.keys(r.body).filter((k) => !k.startsWith('@'))).toEqual(['id', 'appId', 'keyCredentials'])
    const validity = new X509Certificate(cert1.der)
    expect(r.body).toMatchObject({ id: app.objectId, appId: app.appId })
    expect(r.body.keyCredentials).toEqual([
      {
        keyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        customKeyIdentifier: cert1.sha1Hex,
        displayName: 'first',
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        startDateTime: new Date(validity.validFrom).toISOString().replace('.000Z', 'Z'),
        endDateTime: new Date(validity.validTo).toISOString().replace('.000Z', 'Z'),
        key: cert1.base64,
      },
    ])
  })

  it('without $select the key is null and displayName is included', async () => {
    const r = await call(emu, 'GET', appPath(), { token: selfToken() })
    expect(r.body.displayName).toBe('rolled app')
    expect(r.body.keyCredentials[0].key).toBeNull()
  })

  it("addresses the application by (appId='…') too", async () => {
    const r = await call(emu, 'GET', `/v1.0/applications(appId='${app.appId}')?$select=id`, { token: selfToken() })
    expect(r.status).toBe(200)
    expect(r.body.id).toBe(app.objectId)
  })

  it('refuses an unknown $select property with 400', async () => {
    const r = await call(emu, 'GET', appPath('?$select=id,secretText'), { token: selfToken() })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('BadRequest')
  })

  it('another app needs Application.Read.All: 403 without, 200 with', async () => {
    const denied = await call(emu, 'GET', appPath(), { token: emu.issueAccessToken({ roles: ['TrustFrameworkKeySet.ReadWrite.All'] }) })
    expect(denied.status).toBe(403)
    expect(code(denied)).toBe('Authorization_RequestDenied')
    expect((await call(emu, 'GET', appPath(), { token: emu.issueAccessToken({ roles: ['Application.Read.All'] }) })).status).toBe(200)
  })

  it('a missing application is 404 Request_ResourceNotFound', async () => {
    const r = await call(emu, 'GET', `/v1.0/applications/${randomUUID()}`, { token: emu.issueAccessToken({ roles: ['Application.Read.All'] }) })
    expect(r.status).toBe(404)
    expect(code(r)).toBe('Request_ResourceNotFound')
  })
})

describe('addKey', () => {
  it('adds the certificate with a fresh keyId and the certificate validity as dates', async () => {
    const r = await addKey(proofJwt(cert1, app.objectId))
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ customKeyIdentifier: cert2.sha1Hex, displayName: 'second', type: 'AsymmetricX509Cert', usage: 'Verify' })
    expect(r.body.keyId).toMatch(/^[0-9a-f-]{36}$/)
    const v = new X509Certificate(cert2.der)
    expect(new Date(r.body.startDateTime).getTime()).toBe(new Date(v.validFrom).getTime())
    expect(new Date(r.body.endDateTime).getTime()).toBe(new Date(v.validTo).getTime())
    expect(current().map((k) => k.customKeyIdentifier)).toEqual([cert1.sha1Hex, cert2.sha1Hex])
    expect(current()[1]?.keyId).toBe(r.body.keyId)
  })

  it("works at /applications(appId='…')/addKey, with iss still the object id", async () => {
    const r = await addKey(proofJwt(cert1, app.objectId), {}, `/v1.0/applications(appId='${app.appId}')/addKey`)
    expect(r.status).toBe(200)
  })

  it('the added certificate can sign the next proof', async () => {
    await addKey(proofJwt(cert1, app.objectId))
    const r = await call(emu, 'POST', appPath('/addKey'), {
      token: selfToken(),
      json: { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: stranger.base64 }, passwordCredential: null, proof: proofJwt(cert2, app.objectId) },
    })
    expect(r.status).toBe(200)
    expect(r.body.displayName).toBe('CN=stranger') // Graph names it after the subject when no displayName is given
  })

  const badProofs: [string, () => string, RegExp][] = [
    ['iss is the appId', () => proofJwt(cert1, app.appId), /appId/],
    ["aud is Microsoft Graph's 00000003-…", () => proofJwt(cert1, app.objectId, { payload: { aud: '00000003-0000-0000-c000-000000000000' } }), /Microsoft Graph/],
    ["'=' padding", () => `${proofJwt(cert1, app.objectId)}=`, /padding/],
    ['a lifetime over 10 minutes', () => proofJwt(cert1, app.objectId, { payload: { exp: Math.floor(Date.now() / 1000) + 601 } }), /exceeds 600/],
    ['an expired proof', () => proofJwt(cert1, app.objectId, { now: new Date(Date.now() - 11 * 60_000) }), /expired/],
    ['nbf in the future', () => proofJwt(cert1, app.objectId, { now: new Date(Date.now() + 3600_000) }), /future/],
    ['nbf in milliseconds', () => proofJwt(cert1, app.objectId, { payload: { nbf: Date.now(), exp: Date.now() + 600_000 } }), /milliseconds/],
    ['a certificate the target does not have', () => proofJwt(stranger, app.objectId), /matches no certificate/],
    ['the right x5t but another key', () => proofJwt(cert1, app.objectId, { keyPem: stranger.keyPem }), /signature/],
    ['a hex thumbprint in x5t', () => proofJwt(cert1, app.objectId, { header: { x5t: cert1.sha1Hex } }), /matches no certificate/],
    ['no x5t', () => proofJwt(cert1, app.objectId, { header: { x5t: undefined } }), /no x5t/],
    ['alg PS256', () => proofJwt(cert1, app.objectId, { header: { alg: 'PS256' } }), /alg/],
    ['not a JWT', () => 'proof', /segments/],
  ]
  it.each(badProofs)('a proof with %s is 401 Authentication_MissingOrMalformed and writes nothing', async (_what, make, reason) => {
    const r = await addKey(make())
    expect(r.status).toBe(401)
    expect(code(r)).toBe('Authentication_MissingOrMalformed')
    expect(r.body.error.message).toBe('Access Token missing or malformed.')
    expect(emu.requests.at(-1)?.rejectReason).toMatch(reason)
    expect(current()).toHaveLength(1)
  })

  it('a proof signed by a certificate that has expired is refused', async () => {
    clock.advance(31 * 86400) // cert1 is valid for 30 days
    const r = await addKey(proofJwt(cert1, app.objectId, { now: clock.now() }))
    expect(r.status).toBe(401)
    expect(emu.requests.at(-1)?.rejectReason).toMatch(/not currently valid/)
  })

  it('needs "passwordCredential": null and nothing else', async () => {
    const proof = proofJwt(cert1, app.objectId)
    const { passwordCredential: _omit, ...withoutPassword } = addKeyBody(proof)
    const missing = await call(emu, 'POST', appPath('/addKey'), { token: selfToken(), json: withoutPassword })
    expect(missing.status).toBe(400)
    expect(missing.body.error.message).toContain('passwordCredential')
    const extra = await addKey(proof, { keyId: randomUUID() })
    expect(extra.status).toBe(400)
    expect(extra.body.error.message).toContain("'keyId'")
    expect(current()).toHaveLength(1)
  })

  it.each([
    ['a startDateTime', () => ({ startDateTime: '2030-01-01T00:00:00Z' })],
    ['a PEM key', () => ({ key: cert2.certPem })],
    ['usage Sign', () => ({ usage: 'Sign' })],
  ])('refuses a keyCredential with %s (400)', async (_what, change) => {
    const base = addKeyBody(proofJwt(cert1, app.objectId))
    const keyCredential = { ...(base['keyCredential'] as object), ...change() }
    const r = await call(emu, 'POST', appPath('/addKey'), { token: selfToken(), json: { ...base, keyCredential } })
    expect(r.status).toBe(400)
    expect(current()).toHaveLength(1)
  })

  it('adding a certificate already present is 400 Request_BadRequest', async () => {
    const r = await call(emu, 'POST', appPath('/addKey'), {
      token: selfToken(),
      json: { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: cert1.base64 }, passwordCredential: null, proof: proofJwt(cert1, app.objectId) },
    })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('Request_BadRequest')
    expect(current()).toHaveLength(1)
  })

  it('a certificate that has already expired is 400 KeyCredentialsInvalidEndDate', async () => {
    const short = await work.cert({ cn: 'short', days: 1 })
    clock.advance(2 * 86400) // the signer (30 days) is still valid, the new certificate no longer
    const r = await call(emu, 'POST', appPath('/addKey'), {
      token: selfToken(),
      json: { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: short.base64 }, passwordCredential: null, proof: proofJwt(cert1, app.objectId, { now: clock.now() }) },
    })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('KeyCredentialsInvalidEndDate')
    expect(current()).toHaveLength(1)
  })

  it('another app needs Application.ReadWrite.All (403 without), the proof is still checked', async () => {
    const other = (roles: string[]) => call(emu, 'POST', appPath('/addKey'), { token: emu.issueAccessToken({ roles }), json: addKeyBody(proofJwt(cert1, app.objectId)) })
    const denied = await other(['Application.Read.All'])
    expect(denied.status).toBe(403)
    expect(code(denied)).toBe('Authorization_RequestDenied')
    expect((await other(['Application.ReadWrite.All'])).status).toBe(200)
  })

  it('an application without certificates cannot use addKey', async () => {
    const bare = emu.addApplication({})
    const r = await call(emu, 'POST', `/v1.0/applications/${bare.objectId}/addKey`, { token: emu.issueAccessToken({ clientId: bare.appId, roles: [] }), json: addKeyBody(proofJwt(cert1, bare.objectId)) })
    expect(r.status).toBe(401)
  })
})

describe('removeKey', () => {
  it('removes by keyId with 204', async () => {
    const added = await addKey(proofJwt(cert1, app.objectId))
    const r = await call(emu, 'POST', appPath('/removeKey'), { token: selfToken(), json: { keyId: added.body.keyId, proof: proofJwt(cert1, app.objectId) } })
    expect(r.status).toBe(204)
    expect(current().map((k) => k.customKeyIdentifier)).toEqual([cert1.sha1Hex])
  })

  it('an unknown keyId is 404', async () => {
    const r = await call(emu, 'POST', appPath('/removeKey'), { token: selfToken(), json: { keyId: randomUUID(), proof: proofJwt(cert1, app.objectId) } })
    expect(r.status).toBe(404)
    expect(code(r)).toBe('Request_ResourceNotFound')
  })

  it('a bad proof is 401 and removes nothing', async () => {
    const keyId = current()[0]?.keyId
    const r = await call(emu, 'POST', appPath('/removeKey'), { token: selfToken(), json: { keyId, proof: proofJwt(cert1, app.appId) } })
    expect(r.status).toBe(401)
    expect(code(r)).toBe('Authentication_MissingOrMalformed')
    expect(current()).toHaveLength(1)
  })

  it('refuses parameters other than keyId and proof', async () => {
    const r = await call(emu, 'POST', appPath('/removeKey'), { token: selfToken(), json: { keyId: current()[0]?.keyId, proof: proofJwt(cert1, app.objectId), passwordCredential: null } })
    expect(r.status).toBe(400)
  })
})

describe('PATCH keyCredentials (first certificate)', () => {
  const writer = () => emu.issueAccessToken({ roles: ['Application.ReadWrite.All'] })

  it('replaces the whole list', async () => {
    const bare = emu.addApplication({})
    const r = await call(emu, 'PATCH', `/v1.0/applications/${bare.objectId}`, { token: writer(), json: { keyCredentials: [{ type: 'AsymmetricX509Cert', usage: 'Verify', key: cert2.base64, displayName: 'first' }] } })
    expect(r.status).toBe(204)
    expect(emu.applications.get(bare.objectId)?.keyCredentials.map((k) => k.customKeyIdentifier)).toEqual([cert2.sha1Hex])
  })

  it('keeps an existing credential named by keyId without key', async () => {
    const existing = current()[0]
    const r = await call(emu, 'PATCH', appPath(), {
      token: writer(),
      json: { keyCredentials: [{ keyId: existing?.keyId, type: 'AsymmetricX509Cert', usage: 'Verify', key: null }, { type: 'AsymmetricX509Cert', usage: 'Verify', key: cert2.base64 }] },
    })
    expect(r.status).toBe(204)
    expect(current().map((k) => k.keyId)[0]).toBe(existing?.keyId)
    expect(current()).toHaveLength(2)
  })

  it('an end date beyond the certificate validity is 400 KeyCredentialsInvalidEndDate', async () => {
    const r = await call(emu, 'PATCH', appPath(), {
      token: writer(),
      json: { keyCredentials: [{ type: 'AsymmetricX509Cert', usage: 'Verify', key: cert2.base64, endDateTime: '2100-01-01T00:00:00Z' }] },
    })
    expect(r.status).toBe(400)
    expect(code(r)).toBe('KeyCredentialsInvalidEndDate')
    expect(current().map((k) => k.customKeyIdentifier)).toEqual([cert1.sha1Hex])
  })

  it('needs an application permission even for the app itself (403)', async () => {
    const r = await call(emu, 'PATCH', appPath(), { token: selfToken(), json: { keyCredentials: [] } })
    expect(r.status).toBe(403)
    expect(current()).toHaveLength(1)
  })
})

describe('service principals', () => {
  let sp: { objectId: string; appId: string }
  beforeEach(() => {
    sp = emu.addServicePrincipal({ keyCredentials: [{ certificatePem: cert1.certPem }] })
  })
  const spToken = () => emu.issueAccessToken({ clientId: sp.appId, roles: [] })

  it("reads by id and by (appId='…')", async () => {
    const byId = await call(emu, 'GET', `/v1.0/servicePrincipals/${sp.objectId}?$select=id,keyCredentials`, { token: spToken() })
    expect(byId.status).toBe(200)
    expect(byId.body.keyCredentials[0].customKeyIdentifier).toBe(cert1.sha1Hex)
    const byAppId = await call(emu, 'GET', `/v1.0/servicePrincipals(appId='${sp.appId}')?$select=id`, { token: spToken() })
    expect(byAppId.body.id).toBe(sp.objectId)
  })

  it('addKey with iss = the service principal object id', async () => {
    const body = { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: cert2.base64 }, passwordCredential: null, proof: proofJwt(cert1, sp.objectId) }
    const r = await call(emu, 'POST', `/v1.0/servicePrincipals/${sp.objectId}/addKey`, { token: spToken(), json: body })
    expect(r.status).toBe(200)
    expect(emu.servicePrincipals.get(sp.objectId)?.keyCredentials).toHaveLength(2)
    const wrongIss = await call(emu, 'POST', `/v1.0/servicePrincipals/${sp.objectId}/addKey`, { token: spToken(), json: { ...body, proof: proofJwt(cert1, sp.appId) } })
    expect(wrongIss.status).toBe(401)
  })
})

describe('client certificates are the application keyCredentials', () => {
  it('after addKey the new certificate signs in; after removeKey the old one no longer does', async () => {
    const clientId = randomUUID()
    emu.registerClient({ clientId, certificatePem: cert1.certPem })
    const objectId = [...emu.applications.values()].find((a) => a.appId === clientId)?.objectId ?? ''
    const token = () => emu.issueAccessToken({ clientId, roles: [] })
    const options = { authorityHost: emu.url, disableInstanceDiscovery: true }
    const scope = `${emu.url}/.default`

    const added = await call(emu, 'POST', `/v1.0/applications/${objectId}/addKey`, {
      token: token(),
      json: { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: cert2.base64 }, passwordCredential: null, proof: proofJwt(cert1, objectId) },
    })
    expect(added.status).toBe(200)
    await expect(new ClientCertificateCredential(emu.tenantId, clientId, { certificate: cert2.pem }, options).getToken(scope)).resolves.toBeDefined()

    const oldKeyId = emu.applications.get(objectId)?.keyCredentials.find((k) => k.customKeyIdentifier === cert1.sha1Hex)?.keyId
    const removed = await call(emu, 'POST', `/v1.0/applications/${objectId}/removeKey`, { token: token(), json: { keyId: oldKeyId, proof: proofJwt(cert2, objectId) } })
    expect(removed.status).toBe(204)
    await expect(new ClientCertificateCredential(emu.tenantId, clientId, { certificate: cert1.pem }, options).getToken(scope)).rejects.toThrow(/AADSTS700027/)
  })
})
