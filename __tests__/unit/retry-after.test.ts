/** Retry-After read strictly: a value the server did not mean is no value (the client backs off). */
import { describe, expect, it } from '@jest/globals'
import { parseRetryAfter } from '../../src/graph/retry.js'

const now = Date.parse('2027-01-31T10:00:00Z')

describe('parseRetryAfter, strictly', () => {
  it('reads delta-seconds with surrounding space, and zero', () => {
    expect(parseRetryAfter(' 12 ', now)).toBe(12_000)
    expect(parseRetryAfter('0', now)).toBe(0)
  })

  it.each(['', ' \t ', '5x', 'x5', '5 s', '1.5', '+5', '0x10', '5\n6'])('ignores %j, which is not delta-seconds', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })

  it('reads an IMF-fixdate to the millisecond it names', () => {
    expect(parseRetryAfter('Sun, 31 Jan 2027 10:01:05 GMT', now)).toBe(65_000)
  })

  it.each([
    ['31 February', 'Wed, 31 Feb 2027 10:00:30 GMT'],
    ['a wrong weekday', 'Mon, 31 Jan 2027 10:00:30 GMT'],
    ['hour 24', 'Sun, 31 Jan 2027 24:00:30 GMT'],
    ['a lower-case month', 'Sun, 31 jan 2027 10:00:30 GMT'],
    ['a one-digit day', 'Sun, 1 Jan 2027 10:00:30 GMT'],
    ['another zone', 'Sun, 31 Jan 2027 10:00:30 UTC'],
    ['text before it', 'x Sun, 31 Jan 2027 10:00:30 GMT'],
    ['text after it', 'Sun, 31 Jan 2027 10:00:30 GMT x'],
    ['the obsolete RFC 850 form', 'Sunday, 31-Jan-27 10:00:30 GMT'],
    ['the asctime form', 'Sun Jan 31 10:00:30 2027'],
    ['no date at all', 'Invalid Date'],
    ['a negative number', '-5'],
  ])('ignores a date with %s', (_why, value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})
