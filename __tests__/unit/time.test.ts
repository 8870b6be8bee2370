import { describe, expect, it } from '@jest/globals'
import { addDuration, parseDuration, parseInstant, toUnixSeconds } from '../../src/time.js'

const base = new Date('2027-01-31T10:00:00Z')

function at(text: string, from = base): string {
  const parsed = parseInstant(text, from)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.at.toISOString()
}

describe('parseDuration', () => {
  it.each([
    ['PT3H', { hours: 3 }],
    ['P90D', { days: 90 }],
    ['P1Y', { years: 1 }],
    ['P1Y2M3DT4H5M6S', { years: 1, months: 2, days: 3, hours: 4, minutes: 5, seconds: 6 }],
    ['P2W', { weeks: 2 }],
    ['3h', { hours: 3 }],
    ['90d', { days: 90 }],
    ['1y6mo', { years: 1, months: 6 }],
    ['1d 12h', { days: 1, hours: 12 }],
    ['30m', { minutes: 30 }],
  ])('reads %s', (text, expected) => {
    expect(parseDuration(text)).toEqual({ years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0, ...expected })
  })

  it.each(['', 'P', 'PT', '3', 'h', '3x', '3h junk', 'P1H', '-3h', '1.5h'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })

  it('reads up to 1000 years and refuses more: a digit too many would end in an invalid date', () => {
    expect(parseDuration('1000y')).toMatchObject({ years: 1000 })
    expect(parseDuration('P365250D')).toMatchObject({ days: 365_250 })
    for (const text of ['1001y', '12001mo', 'P365251D', '300000y', `${'9'.repeat(30)}s`]) expect(parseDuration(text)).toBeUndefined()
  })
})

describe('addDuration', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addDuration(base, parseDuration('P1M')!).toISOString()).toBe('2027-02-28T10:00:00.000Z')
  })

  it('adds calendar years across a leap day', () => {
    expect(addDuration(new Date('2028-02-29T00:00:00Z'), parseDuration('1y')!).toISOString()).toBe('2029-02-28T00:00:00.000Z')
  })

  it('adds fixed units as seconds', () => {
    expect(addDuration(base, parseDuration('PT36H')!).toISOString()).toBe('2027-02-01T22:00:00.000Z')
  })
})

describe('parseInstant', () => {
  it('reads ISO-8601 date-times with a zone', () => {
    expect(at('2027-03-01T00:00:00Z')).toBe('2027-03-01T00:00:00.000Z')
    expect(at('2027-03-01T02:00:00+02:00')).toBe('2027-03-01T00:00:00.000Z')
  })

  it('reads a bare date as midnight UTC', () => {
    expect(at('2027-03-01')).toBe('2027-03-01T00:00:00.000Z')
  })

  it('reads Unix seconds', () => {
    expect(at('1800000000')).toBe(new Date(1800000000 * 1000).toISOString())
  })

  it('reads durations counted from the base', () => {
    expect(at('3h')).toBe('2027-01-31T13:00:00.000Z')
    expect(at('P1Y')).toBe('2028-01-31T10:00:00.000Z')
  })

  it('refuses milliseconds and says what the seconds would be', () => {
    const parsed = parseInstant('1800000000000', base)
    expect(parsed).toEqual({ ok: false, problem: expect.stringContaining('1800000000') })
    expect(parsed.ok ? '' : parsed.problem).toMatch(/milliseconds/)
  })

  it('refuses a date-time without a zone, saying so', () => {
    const parsed = parseInstant('2027-03-01T00:00:00', base)
    expect(parsed.ok ? '' : parsed.problem).toMatch(/no time zone/)
  })

  it.each(['tomorrow', '2027-13-45', '31/01/2027', ''])('refuses %j', (text) => {
    expect(parseInstant(text, base).ok).toBe(false)
  })
})

describe('toUnixSeconds', () => {
  it('drops milliseconds', () => {
    expect(toUnixSeconds(new Date('2027-01-31T10:00:00.999Z'))).toBe(1801389600) // date -u -d 2027-01-31T10:00:00Z +%s
  })
})
