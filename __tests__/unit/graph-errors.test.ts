/**
 * Graph's error envelope as the rest of the action sees it: which code, message and request id
 * a failure carries (they are what explanations route on and what a person quotes to support),
 * and the defaults of a failure without a usable answer.
 */
import { describe, expect, it } from '@jest/globals'
import { GraphError, GraphTransportError, graphErrorFrom } from '../../src/graph/errors.js'

const PATH = '/trustFramework/keySets/B2C_1A_Signing/uploadSecret'

describe('graphErrorFrom', () => {
  it('keeps code, message and the request id of the header, which wins over the body', () => {
    const body = { error: { code: 'AADB2C90103', message: 'key exists', innerError: { 'request-id': 'from-body' } } }
    const error = graphErrorFrom('POST', PATH, 400, body, 'from-header')
    expect(error).toBeInstanceOf(GraphError)
    expect(error).toMatchObject({ name: 'GraphError', method: 'POST', path: PATH, status: 400, code: 'AADB2C90103', graphMessage: 'key exists' })
    expect(error.requestId).toBe('from-header')
    expect(error.message).toBe(`POST ${PATH} failed: HTTP 400 AADB2C90103: key exists (request-id from-header)`)
  })

  it('takes the request id from the body when the header has none', () => {
    const body = { error: { code: 'Request_ResourceNotFound', message: 'gone', innerError: { 'request-id': 'from-body' } } }
    const error = graphErrorFrom('GET', PATH, 404, body, null)
    expect(error.requestId).toBe('from-body')
    expect(error.message).toBe(`GET ${PATH} failed: HTTP 404 Request_ResourceNotFound: gone (request-id from-body)`)
  })

  it('leaves out a request id that is not a string, and says nothing about a missing one', () => {
    const body = { error: { code: 'X', message: 'm', innerError: { 'request-id': 42 } } }
    const error = graphErrorFrom('GET', PATH, 500, body, null)
    expect(error.requestId).toBeUndefined()
    expect(error.message).toBe(`GET ${PATH} failed: HTTP 500 X: m`)
  })

  it.each([
    ['no body', undefined],
    ['a body that is not an envelope', 'Service Unavailable'],
    ['an envelope without error', {}],
    ['code and message that are not strings', { error: { code: 503, message: { text: 'busy' } } }],
  ])('names the HTTP status and says there was no message, for %s', (_, body) => {
    const error = graphErrorFrom('PATCH', PATH, 503, body, null)
    expect(error.code).toBe('HTTP503')
    expect(error.graphMessage).toBe('(no message)')
    expect(error.requestId).toBeUndefined()
    expect(error.message).toBe(`PATCH ${PATH} failed: HTTP 503 HTTP503: (no message)`)
  })

  it('starts with one attempt and no Retry-After', () => {
    const error = graphErrorFrom('GET', PATH, 429, { error: { code: 'TooManyRequests', message: 'slow down' } }, null)
    expect(error.attempts).toBe(1)
    expect(error.retryAfterMs).toBeUndefined()
  })
})

describe('GraphError.hasCode', () => {
  const error = graphErrorFrom('POST', PATH, 400, { error: { code: 'AADB2C90213', message: 'bad pfx' } }, null)

  it('is true when any of the codes is the error code', () => {
    expect(error.hasCode('AADB2C90213')).toBe(true)
    expect(error.hasCode('AADB2C99999', 'AADB2C90213')).toBe(true)
  })

  it('is false for other codes, for none, and for a part of the code', () => {
    expect(error.hasCode('AADB2C90103')).toBe(false)
    expect(error.hasCode()).toBe(false)
    expect(error.hasCode('AADB2C9021')).toBe(false)
  })
})

describe('GraphTransportError', () => {
  it('is retriable, not a timeout and one attempt unless told otherwise', () => {
    const error = new GraphTransportError('GET', PATH, 'socket hang up')
    expect(error).toMatchObject({ name: 'GraphTransportError', method: 'GET', path: PATH, reason: 'socket hang up' })
    expect(error.retriable).toBe(true)
    expect(error.timedOut).toBe(false)
    expect(error.attempts).toBe(1)
    expect(error.message).toBe(`GET ${PATH}: no usable answer from Microsoft Graph (socket hang up)`)
  })

  it('keeps what the caller says about retrying and timing out', () => {
    const redirect = new GraphTransportError('POST', PATH, 'redirect (HTTP 302) to evil.example', false)
    expect(redirect.retriable).toBe(false)
    expect(redirect.timedOut).toBe(false)
    const stall = new GraphTransportError('GET', PATH, 'no answer within 30 s', true, true)
    expect(stall.retriable).toBe(true)
    expect(stall.timedOut).toBe(true)
  })
})
