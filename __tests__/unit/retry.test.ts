import { describe, expect, it } from '@jest/globals'
import { GraphError } from '../../src/graph/errors.js'
import { backoffDelay, DEFAULT_RETRY_POLICY, isRefusedBeforeProcessing, isRetriable, parseRetryAfter } from '../../src/graph/retry.js'

const now = Date.parse('2027-01-31T10:00:00Z')

function graphError(status: number, code: string): GraphError {
  return new GraphError('POST', '/beta/x', status, code, 'message', 'rid')
}

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => expect(parseRetryAfter('7', now)).toBe(7000))
  it('reads an HTTP-date', () => expect(parseRetryAfter('Sun, 31 Jan 2027 10:00:30 GMT', now)).toBe(30_000))
  it('treats a date in the past as no wait', () => expect(parseRetryAfter('Sun, 31 Jan 2027 09:00:00 GMT', now)).toBe(0))
  it.each([null, undefined, '', 'soon', '-5'])('ignores %j', (value) => expect(parseRetryAfter(value, now)).toBeUndefined())
})

describe('which failures are retried', () => {
  it.each([
    [429, 'TooManyRequests', true, true],
    [503, 'ServiceUnavailable', true, true],
    [504, 'GatewayTimeout', true, false],
    [400, 'AADB2C95043', true, true],
    [409, 'AADB2C95053', true, true],
    [400, 'AADB2C95052', false, false],
    [403, 'Authorization_RequestDenied', false, false],
    [500, 'InternalServerError', false, false],
  ])('HTTP %i %s: retried %s, refused before processing %s', (status, code, retried, refused) => {
    expect(isRetriable(graphError(status, code))).toBe(retried)
    expect(isRefusedBeforeProcessing(graphError(status, code))).toBe(refused)
  })
})

describe('backoffDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelay(DEFAULT_RETRY_POLICY, attempt))
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000])
  })
})
