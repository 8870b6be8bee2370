import { describe, expect, it } from '@jest/globals'
import { githubIdTokens } from '../../src/auth/github-id-token.js'
import { SignInFailures, SignInTransportError } from '../../src/auth/sign-in-failures.js'
import { signInHttpClient } from '../../src/auth/sign-in-http-client.js'
import { TransportFailure, type Transport, type TransportRequest } from '../../src/net/https-transport.js'

type Answer = { status: number; body: string; contentType?: string } | TransportFailure

function scripted(answers: Answer[]) {
  const sent: { url: string; init: TransportRequest }[] = []
  const transport = (async (url: string, init: TransportRequest) => {
    sent.push({ url, init })
    const answer = answers.shift()
    if (answer === undefined) throw new Error('script ran out')
    if (answer instanceof TransportFailure) throw answer
    return new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.contentType ?? 'application/json' } })
  }) as unknown as Transport
  return { transport, sent }
}

/** The parts of a PipelineRequest the client reads. */
function pipelineRequest(body: string) {
  return { url: 'https://login.test/t/oauth2/v2.0/token', method: 'POST', body, headers: { toJSON: () => ({ 'content-type': 'application/x-www-form-urlencoded' }) } } as never
}

const idToken = (exp: number) => `e30.${Buffer.from(JSON.stringify({ exp, iss: 'i', sub: 's', aud: 'a' })).toString('base64url')}.sig`

describe('signInHttpClient', () => {
  it('masks the client assertion it sends and the tokens it receives, and hands back the answer', async () => {
    const masked: string[] = []
    const { transport } = scripted([{ status: 200, body: JSON.stringify({ access_token: 'at-123', token_type: 'Bearer', expires_in: 3599 }) }])
    const client = signInHttpClient((secret) => masked.push(secret), new SignInFailures(), transport)
    const response = await client.sendRequest(pipelineRequest('client_assertion=assert-xyz&grant_type=client_credentials'))
    expect(masked).toEqual(['assert-xyz', 'at-123'])
    expect([response.status, response.headers.get('Content-Type'), JSON.parse(response.bodyAsText ?? '')]).toEqual([200, 'application/json', expect.objectContaining({ access_token: 'at-123' })])
  })

  it('refuses an answer that is not a JSON object, and records it for the step message', async () => {
    const failures = new SignInFailures()
    const html = { status: 200, body: '<html>portal</html>', contentType: 'text/html' }
    const { transport } = scripted([html, html])
    const client = signInHttpClient(() => undefined, failures, transport)
    await expect(client.sendRequest(pipelineRequest(''))).rejects.toThrow(/login\.test answered HTTP 200 \(text\/html\) with a body starting '<html>portal<\/html>', not the JSON Entra ID sends/)
    const credential = failures.reporting({ getToken: () => client.sendRequest(pipelineRequest('')).then(() => null, () => Promise.reject(new Error('[object Object]'))) })
    await expect(credential.getToken('s')).rejects.toBeInstanceOf(SignInTransportError)
  })
})

describe('signInHttpClient retries', () => {
  it('sends again after a dropped connection, not after a timeout', async () => {
    const drop = new TransportFailure('network', 'login.test', 'ECONNRESET: socket hang up', 'ECONNRESET')
    const ok = { status: 200, body: '{}' }
    const dropped = scripted([drop, drop, ok])
    await expect(signInHttpClient(() => undefined, new SignInFailures(), dropped.transport).sendRequest(pipelineRequest(''))).resolves.toMatchObject({ status: 200 })
    expect(dropped.sent).toHaveLength(3)

    const stalled = scripted([new TransportFailure('timeout', 'login.test', 'no answer from login.test within 30 s'), ok])
    await expect(signInHttpClient(() => undefined, new SignInFailures(), stalled.transport).sendRequest(pipelineRequest(''))).rejects.toThrow(/within 30 s/)
    expect(stalled.sent).toHaveLength(1)
  })
})

describe('githubIdTokens', () => {
  const endpoint = { url: 'https://gh.test/token?api-version=2.0', requestToken: 'request-token-1' }

  it('fetches once per audience while the token is valid, masking it and the request token', async () => {
    const now = 1_800_000_000_000
    const token = idToken(now / 1000 + 300)
    const { transport, sent } = scripted([{ status: 200, body: JSON.stringify({ value: token }) }])
    const masked: string[] = []
    const tokens = githubIdTokens(endpoint, (secret) => masked.push(secret), new SignInFailures(), transport, () => now)
    expect(await tokens('api://AzureADTokenExchange')).toBe(token)
    expect(await tokens('api://AzureADTokenExchange')).toBe(token)
    expect(sent.map((request) => request.url)).toEqual(['https://gh.test/token?api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange'])
    expect(sent[0]?.init.headers['authorization']).toBe('Bearer request-token-1')
    expect(masked).toEqual(['request-token-1', token])
  })

  it('asks again after a timeout, once', async () => {
    const failure = new TransportFailure('timeout', 'gh.test', 'no answer from gh.test within 30 s')
    const { transport, sent } = scripted([failure, failure])
    await expect(githubIdTokens(endpoint, () => undefined, new SignInFailures(), transport)('a')).rejects.toThrow(/GitHub's ID-token endpoint: no answer from gh\.test within 30 s/)
    expect(sent).toHaveLength(2)
  })

  it('says what a refusal means', async () => {
    const { transport } = scripted([{ status: 403, body: '{"message":"no"}' }])
    await expect(githubIdTokens(endpoint, () => undefined, new SignInFailures(), transport)('a')).rejects.toThrow(/answered HTTP 403 .*`permissions: id-token: write`/)
  })
})

describe('githubIdTokens, a value that is not a JWT', () => {
  it('fails naming the endpoint, not with a decoder error', async () => {
    const transport = (async () => new Response(JSON.stringify({ value: 'not-a-jwt' }), { status: 200 })) as unknown as Transport
    const failures = new SignInFailures()
    await expect(githubIdTokens({ url: 'https://gh.test/t', requestToken: 'r' }, () => undefined, failures, transport)('a')).rejects.toThrow(
      "GitHub's ID-token endpoint (gh.test) answered a value that is not a JWT",
    )
  })
})
