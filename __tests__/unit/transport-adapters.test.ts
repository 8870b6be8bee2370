import { describe, expect, it } from '@jest/globals'
import { TransportFailure, type Transport, type TransportRequest } from '../../src/net/https-transport.js'
import { pipelineHttpClient } from '../../src/net/pipeline-http-client.js'
import { transportFetch } from '../../src/net/transport-fetch.js'

function recording(answer: { status: number; body: string; headers?: Record<string, string> } | TransportFailure) {
  const sent: { url: string; init: TransportRequest }[] = []
  const transport = (async (url: string, init: TransportRequest) => {
    sent.push({ url, init })
    if (answer instanceof TransportFailure) throw answer
    return new Response(answer.body, { status: answer.status, headers: answer.headers ?? {} })
  }) as unknown as Transport
  return { transport, sent }
}

/** The parts of a PipelineRequest the client reads. */
function pipelineRequest(headers: Record<string, string>, body?: unknown) {
  return { url: 'https://vault.test/certificates/c', method: 'GET', body, headers: { toJSON: () => ({ ...headers }) } } as never
}

describe('pipelineHttpClient', () => {
  it('sends without the SDK\'s Accept-Encoding (the transport reads text), and hands back status, headers and body', async () => {
    const { transport, sent } = recording({ status: 200, body: '{"id":"c"}', headers: { 'x-ms-request-id': 'r1' } })
    const client = pipelineHttpClient({ send: transport, failed: (_host, message) => new Error(message) })
    const response = await client.sendRequest(pipelineRequest({ 'accept-encoding': 'gzip,deflate', authorization: 'Bearer t' }))
    expect(sent[0]?.init.headers).toEqual({ authorization: 'Bearer t' })
    expect([response.status, response.headers.get('X-MS-Request-Id'), response.bodyAsText]).toEqual([200, 'r1', '{"id":"c"}'])
  })

  it('turns a transport failure, or a body it cannot send, into the error the SDK is given', async () => {
    const tooLarge = new TransportFailure('too-large', 'vault.test', 'the answer from vault.test is larger than the 16 MiB the action accepts')
    const failed = (host: string, message: string, failure?: TransportFailure) => new Error(`${host}|${failure?.kind ?? 'none'}|${message}`)
    await expect(pipelineHttpClient({ send: recording(tooLarge).transport, failed }).sendRequest(pipelineRequest({}))).rejects.toThrow(/^vault\.test\|too-large\|the answer from vault\.test is larger/)
    const unsent = recording({ status: 200, body: '' })
    await expect(pipelineHttpClient({ send: unsent.transport, failed }).sendRequest(pipelineRequest({}, () => 'stream'))).rejects.toThrow(/^vault\.test\|none\|the request to vault\.test has a body the action cannot send/)
    expect(unsent.sent).toEqual([])
  })
})

describe('transportFetch', () => {
  it('answers as fetch does for what Octokit reads: status, iterable headers, text, json', async () => {
    const { transport, sent } = recording({ status: 201, body: '{"number":1}', headers: { 'content-type': 'application/json' } })
    const answer = await transportFetch(transport)('https://api.test/repos/o/r/issues', { method: 'POST', headers: { authorization: 'token t' }, body: '{"title":"x"}' })
    expect(sent[0]?.init).toMatchObject({ method: 'POST', headers: { authorization: 'token t' }, body: '{"title":"x"}' })
    expect([answer.status, answer.ok, answer.headers.get('Content-Type'), [...answer.headers]]).toEqual([201, true, 'application/json', [['content-type', 'application/json']]])
    expect(await answer.json()).toEqual({ number: 1 })
    expect(new TextDecoder().decode(await answer.arrayBuffer())).toBe('{"number":1}')
  })

  it('lets the transport failure through, for the caller to name the host', async () => {
    const stalled = new TransportFailure('timeout', 'api.test', 'no answer from api.test within 30 s')
    await expect(transportFetch(recording(stalled).transport)('https://api.test/x')).rejects.toBe(stalled)
  })
})
