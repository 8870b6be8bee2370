/** Every unit of a duration counts, in both forms: a rotation window of `2w` must mean 14 days. */
import { describe, expect, it } from '@jest/globals'
import { addDuration, fromUnixSeconds, parseDuration, parseInstant } from '../../src/time.js'

const base = new Date('2027-01-31T10:00:00Z')

function after(text: string): string {
  const duration = parseDuration(text)
  if (!duration) throw new Error(`${text} did not parse`)
  return addDuration(base, duration).toISOString()
}

describe('addDuration, unit by unit', () => {
  it.each([
    ['P2W', '2027-02-14T10:00:00.000Z'],
    ['2w', '2027-02-14T10:00:00.000Z'],
    ['P3D', '2027-02-03T10:00:00.000Z'],
    ['PT30M', '2027-01-31T10:30:00.000Z'],
    ['30m', '2027-01-31T10:30:00.000Z'],
    ['PT90S', '2027-01-31T10:01:30.000Z'],
    ['90s', '2027-01-31T10:01:30.000Z'],
    ['P1Y2M', '2028-03-31T10:00:00.000Z'],
    ['P1W1DT1H1M1S', '2027-02-08T11:01:01.000Z'],
    ['1y1mo1w1d1h1m1s', '2028-03-08T11:01:01.000Z'],
  ])('%s after %s', (text, expected) => {
    expect(after(text)).toBe(expected)
  })

  it('keeps the day of the month when the target month is long enough', () => {
    expect(addDuration(new Date('2027-01-15T10:00:00Z'), parseDuration('P1M')!).toISOString()).toBe('2027-02-15T10:00:00.000Z')
  })

  it('reads the ISO form case-insensitively and trims', () => {
    expect(parseDuration(' pt2h ')).toMatchObject({ hours: 2 })
    expect(parseDuration('2H 30M')).toMatchObject({ hours: 2, minutes: 30 })
  })

  it('adds a unit given twice', () => {
    expect(parseDuration('1h 2h')).toMatchObject({ hours: 3 })
  })

  it.each(['PT', 'P1DT', 'P1S', 'h3', '3h3', '3hh'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })
})

describe('parseInstant, edges', () => {
  it('takes exactly 1e11 seconds as seconds, one more as milliseconds', () => {
    expect(parseInstant('100000000000', base)).toEqual({ ok: true, at: new Date(1e14) })
    expect(parseInstant('100000000001', base)).toEqual({ ok: false, problem: "'100000000001' looks like milliseconds; give Unix seconds (100000000)" })
  })

  it('reads a space instead of T, fractions and offsets without a colon', () => {
    expect(parseInstant('2027-03-01 02:00+0200', base)).toEqual({ ok: true, at: new Date('2027-03-01T00:00:00Z') })
    expect(parseInstant('2027-03-01T00:00:00.5z', base)).toEqual({ ok: true, at: new Date('2027-03-01T00:00:00.500Z') })
    expect(parseInstant(' 2027-03-01T00:00:00.125Z ', base)).toEqual({ ok: true, at: new Date('2027-03-01T00:00:00.125Z') })
  })

  it('says which forms it accepts', () => {
    const parsed = parseInstant('next week', base)
    expect(parsed).toEqual({ ok: false, problem: expect.stringMatching(/^'next week' is not an ISO-8601 date-time .* or a duration from now: /) })
  })

  it('refuses a date that does not exist, and text around a date', () => {
    expect(parseInstant('2027-02-30T00:00:00Z', base)).toEqual({ ok: false, problem: "'2027-02-30T00:00:00Z' is not a date and time that exist" })
    expect(parseInstant('2027-01-31T25:00:00Z', base)).toEqual({ ok: false, problem: "'2027-01-31T25:00:00Z' is not a date and time that exist" })
    expect(parseInstant('2027-02-29', base).ok).toBe(false)
    expect(parseInstant('2028-02-29', base)).toEqual({ ok: true, at: new Date('2028-02-29T00:00:00Z') })
    for (const text of ['x2027-03-01', '2027-03-01x', 'x2027-03-01T00:00', '2027-03-01T00:0']) {
      expect(parseInstant(text, base)).toEqual({ ok: false, problem: expect.stringContaining(`'${text}' is not an ISO-8601 date-time`) })
    }
  })

  it('turns Unix seconds back into the instant', () => {
    expect(fromUnixSeconds(1801389600).toISOString()).toBe('2027-01-31T10:00:00.000Z')
  })
})
