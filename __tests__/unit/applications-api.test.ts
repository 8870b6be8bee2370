import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { ApplicationsApi, findByThumbprint, thumbprintOf } from '../../src/graph/applications.js'
import type { Transport, TransportRequest } from '../../src/net/https-transport.js'
import { GraphClient } from '../../src/graph/client.js'
import { GraphError } from '../../src/graph/errors.js'

type Answer = { status: number; body?: unknown } | 'drop'

/** A scripted Graph: answers in order and records what was sent. */
function scripted(answers: Answer[]) {
  const sent: { method: string; path: string; body: unknown }[] = []
  const fetch = async (url: string, init?: TransportRequest): Promise<Response> => {
    sent.push({ method: init?.method ?? 'GET', path: String(url).replace('https://graph.test', ''), body: init?.body === undefined ? undefined : JSON.parse(String(init.body)) })
    const answer = answers.shift()
    if (answer === undefined) throw new Error('test script ran out of answers')
    if (answer === 'drop') throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) })
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status })
  }
  const graph = new GraphClient({ endpoint: 'https://graph.test', getToken: async () => 'token', transport: fetch as unknown as Transport, sleep: async () => undefined })
  return { api: new ApplicationsApi(graph), sent }
}

const OBJECT_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
const APP_ID = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'
const SELECT = '?$select=id,appId,displayName,keyCredentials'
const DER = Buffer.from('not really a certificate, but hashed like one')
const THUMBPRINT = createHash('sha1').update(DER).digest('hex').toUpperCase()
const NEW_KEY = { key: DER.toString('base64'), thumbprint: THUMBPRINT, displayName: undefined }
const notFound = { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } } }
const application = (keyCredentials: unknown[] = []) => ({ status: 200, body: { id: OBJECT_ID, appId: APP_ID, displayName: 'Contoso web', keyCredentials } })

const batchOf = (...parts: { status: number; body?: unknown }[]) => ({ status: 200, body: { responses: parts.map((part, i) => ({ id: String(i), headers: {}, ...part })).reverse() } })

describe('ApplicationsApi.find', () => {
  it('reads both id forms in one JSON batch, whichever form names the object', async () => {
    for (const [id, answer] of [[APP_ID, batchOf(application(), notFound)], [OBJECT_ID, batchOf(notFound, application())]] as const) {
      const { api, sent } = scripted([answer])
      await expect(api.find('application', id)).resolves.toEqual({ kind: 'application', id: OBJECT_ID, appId: APP_ID, displayName: 'Contoso web', keyCredentials: [] })
      expect(sent).toEqual([
        {
          method: 'POST',
          path: '/v1.0/$batch',
          body: {
            requests: [
              { id: '0', method: 'GET', url: `/applications(appId='${id}')${SELECT}` },
              { id: '1', method: 'GET', url: `/applications/${id}${SELECT}` },
            ],
          },
        },
      ])
    }
  })

  it('answers undefined when neither form names an object, for service principals too', async () => {
    const { api, sent } = scripted([batchOf(notFound, notFound)])
    await expect(api.find('service-principal', OBJECT_ID)).resolves.toBeUndefined()
    expect((sent[0]?.body as { requests: { url: string }[] }).requests.map((request) => request.url)).toEqual([
      `/servicePrincipals(appId='${OBJECT_ID}')${SELECT}`,
      `/servicePrincipals/${OBJECT_ID}${SELECT}`,
    ])
  })

  it('reads one form at a time when the batch holds another answer, so the usual errors and retries apply', async () => {
    const denied = { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'no' } } }
    const { api, sent } = scripted([batchOf(denied, notFound), denied])
    await expect(api.find('application', APP_ID)).rejects.toMatchObject({ status: 403 })
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v1.0/$batch', `GET /v1.0/applications(appId='${APP_ID}')${SELECT}`])
  })

  it('reads one form at a time when Graph refuses the batch itself', async () => {
    const { api, sent } = scripted([{ status: 400, body: { error: { code: 'BadRequest', message: 'no batch here' } } }, notFound, application()])
    await expect(api.find('application', OBJECT_ID)).resolves.toMatchObject({ id: OBJECT_ID })
    expect(sent.map((request) => request.method)).toEqual(['POST', 'GET', 'GET'])
  })
})

describe('ApplicationsApi.addKey', () => {
  it('sends exactly the documented body, displayName only when given', async () => {
    const { api, sent } = scripted([{ status: 200, body: { keyId: 'k-1' } }, { status: 200, body: { keyId: 'k-2' } }])
    await api.addKey('application', OBJECT_ID, NEW_KEY, 'jwt')
    await api.addKey('application', OBJECT_ID, { ...NEW_KEY, displayName: 'rolled' }, 'jwt')
    expect(sent.map((request) => [request.path, request.body])).toEqual([
      [`/v1.0/applications/${OBJECT_ID}/addKey`, { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: NEW_KEY.key }, passwordCredential: null, proof: 'jwt' }],
      [`/v1.0/applications/${OBJECT_ID}/addKey`, { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: NEW_KEY.key, displayName: 'rolled' }, passwordCredential: null, proof: 'jwt' }],
    ])
  })

  it('reads the target again when the answer lacks the keyId, matching a lower-case thumbprint', async () => {
    const added = { keyId: 'k-3', customKeyIdentifier: THUMBPRINT.toLowerCase() }
    const { api, sent } = scripted([{ status: 200, body: { type: 'AsymmetricX509Cert' } }, application([{ keyId: 'old', customKeyIdentifier: 'AB'.repeat(20) }, added])])
    await expect(api.addKey('application', OBJECT_ID, NEW_KEY, 'jwt')).resolves.toEqual(added)
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([`POST /v1.0/applications/${OBJECT_ID}/addKey`, `GET /v1.0/applications/${OBJECT_ID}${SELECT}`])
  })

  it('says so when the certificate cannot be found after an answer without keyId', async () => {
    const { api } = scripted([{ status: 200, body: {} }, application()])
    await expect(api.addKey('application', OBJECT_ID, NEW_KEY, 'jwt')).rejects.toThrow(/no keyId and the target read back does not list the certificate/)
  })

  it('after a lost answer, finds the added credential instead of adding it twice', async () => {
    const { api, sent } = scripted(['drop', application([{ keyId: 'k-4', key: NEW_KEY.key }])])
    await expect(api.addKey('application', OBJECT_ID, NEW_KEY, 'jwt')).resolves.toMatchObject({ keyId: 'k-4' })
    expect(sent.map((request) => request.method)).toEqual(['POST', 'GET'])
  })

  it('after a lost answer that did not land, sends it once more', async () => {
    const { api, sent } = scripted(['drop', application(), { status: 200, body: { keyId: 'k-5' } }])
    await expect(api.addKey('application', OBJECT_ID, NEW_KEY, 'jwt')).resolves.toEqual({ keyId: 'k-5' })
    expect(sent.map((request) => request.method)).toEqual(['POST', 'GET', 'POST'])
  })
})

describe('ApplicationsApi.removeKey', () => {
  it('sends keyId and proof to the object id', async () => {
    const { api, sent } = scripted([{ status: 204 }])
    await api.removeKey('service-principal', OBJECT_ID, 'k-1', 'jwt')
    expect(sent).toEqual([{ method: 'POST', path: `/v1.0/servicePrincipals/${OBJECT_ID}/removeKey`, body: { keyId: 'k-1', proof: 'jwt' } }])
  })

  it("takes a 404 to the repeat of a lost request as done, but not a first answer's 404", async () => {
    await expect(scripted(['drop', notFound]).api.removeKey('application', OBJECT_ID, 'k-1', 'jwt')).resolves.toBeUndefined()
    await expect(scripted([notFound]).api.removeKey('application', OBJECT_ID, 'k-1', 'jwt')).rejects.toBeInstanceOf(GraphError)
  })
})

describe('thumbprints of key credentials', () => {
  it('come from the certificate when Graph returned it, else from customKeyIdentifier in any case', () => {
    expect(thumbprintOf({ keyId: 'a', key: DER.toString('base64'), customKeyIdentifier: 'ignored' })).toBe(THUMBPRINT)
    expect(thumbprintOf({ keyId: 'b', key: null, customKeyIdentifier: THUMBPRINT.toLowerCase() })).toBe(THUMBPRINT)
    expect(thumbprintOf({ keyId: 'c' })).toBeUndefined()
    expect(findByThumbprint([{ keyId: 'c' }, { keyId: 'd', customKeyIdentifier: THUMBPRINT }], THUMBPRINT.toLowerCase())?.keyId).toBe('d')
  })
})
