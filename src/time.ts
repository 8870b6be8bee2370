/**
 * Instants and durations as users write them in workflows: ISO-8601 date-times, Unix seconds,
 * and durations either in ISO-8601 form (`PT3H`, `P1Y`) or short form (`3h`, `90d`, `1y6mo`).
 * Graph wants NumericDate seconds, so everything ends as whole Unix seconds.
 */

export interface Duration {
  years: number
  months: number
  weeks: number
  days: number
  hours: number
  minutes: number
  seconds: number
}

// Longer is a typo (a digit too many), and would carry the date arithmetic past any valid date.
const MAX_DURATION_YEARS = 1000
export const DURATION_FORMS = `an ISO-8601 duration ('PT3H', 'P90D', 'P1Y') or a short one ('3h', '90d', '2w', '6mo', '1y'), at most ${MAX_DURATION_YEARS} years`
const INSTANT_FORMS = `an ISO-8601 date-time ('2027-01-31T00:00:00Z'), Unix seconds ('1800000000'), or a duration from now: ${DURATION_FORMS}`

const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i
const SHORT_TERM = /(\d+)\s*(mo|y|w|d|h|m|s)/gy
const SHORT_UNITS: Record<string, keyof Duration> = {
  y: 'years',
  mo: 'months',
  w: 'weeks',
  d: 'days',
  h: 'hours',
  m: 'minutes',
  s: 'seconds',
}
// Above this, a "Unix seconds" value is almost certainly milliseconds (year 5138+).
const MAX_UNIX_SECONDS = 1e11

function emptyDuration(): Duration {
  return { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 }
}

/** Returns undefined when the text is not a duration in either form, or is longer than MAX_DURATION_YEARS. */
export function parseDuration(text: string): Duration | undefined {
  const duration = parseEitherForm(text.trim())
  return duration && withinLimit(duration) ? duration : undefined
}

function withinLimit(duration: Duration): boolean {
  const fixedDays = duration.weeks * 7 + duration.days + (duration.hours + (duration.minutes + duration.seconds / 60) / 60) / 24
  return duration.years + duration.months / 12 + fixedDays / 365.25 <= MAX_DURATION_YEARS
}

function parseEitherForm(value: string): Duration | undefined {
  const iso = ISO_DURATION.exec(value)
  if (iso) {
    const [, years, months, weeks, days, hours, minutes, seconds] = iso.map((part) => Number(part ?? 0))
    return {
      years: years ?? 0,
      months: months ?? 0,
      weeks: weeks ?? 0,
      days: days ?? 0,
      hours: hours ?? 0,
      minutes: minutes ?? 0,
      seconds: seconds ?? 0,
    }
  }
  return parseShortDuration(value.toLowerCase())
}

function parseShortDuration(value: string): Duration | undefined {
  if (value === '') return undefined
  const duration = emptyDuration()
  SHORT_TERM.lastIndex = 0
  let consumed = 0
  for (let match = SHORT_TERM.exec(value); match; match = SHORT_TERM.exec(value)) {
    const [whole, amount, unit] = match
    duration[SHORT_UNITS[unit as string] as keyof Duration] += Number(amount)
    consumed += whole.length
    while (value[consumed] === ' ') consumed++
    SHORT_TERM.lastIndex = consumed
  }
  return consumed === value.length ? duration : undefined
}

/** Calendar arithmetic: `P1M` from 31 January lands on the last day of February, as people expect. */
export function addDuration(from: Date, duration: Duration): Date {
  const result = new Date(from.getTime())
  const dayOfMonth = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + duration.years * 12 + duration.months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(dayOfMonth, lastDay))
  const fixedSeconds =
    ((duration.weeks * 7 + duration.days) * 24 + duration.hours) * 3600 + duration.minutes * 60 + duration.seconds
  return new Date(result.getTime() + fixedSeconds * 1000)
}

export type InstantParse = { ok: true; at: Date } | { ok: false; problem: string }

/**
 * An instant: absolute (ISO-8601 or Unix seconds) or a duration counted from `base`.
 * The problem text is written to follow "Input 'x': ".
 */
export function parseInstant(text: string, base: Date): InstantParse {
  const value = text.trim()
  if (/^\d+$/.test(value)) {
    const seconds = Number(value)
    if (seconds > MAX_UNIX_SECONDS) {
      return { ok: false, problem: `'${value}' looks like milliseconds; give Unix seconds (${Math.floor(seconds / 1000)})` }
    }
    return { ok: true, at: new Date(seconds * 1000) }
  }
  const duration = parseDuration(value)
  if (duration) return { ok: true, at: addDuration(base, duration) }
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i.test(value)) {
    // A date alone is read as midnight UTC (ECMAScript's rule for the date-only form).
    const at = new Date(value.replace(' ', 'T'))
    if (!Number.isNaN(at.getTime()) && isCalendarDate(value.slice(0, 10))) return { ok: true, at }
    return { ok: false, problem: `'${value}' is not a date and time that exist` }
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) {
    return { ok: false, problem: `'${value}' has no time zone; add 'Z' or an offset such as '+02:00'` }
  }
  return { ok: false, problem: `'${value}' is not ${INSTANT_FORMS}` }
}

/** `new Date` rolls 30 February over to 2 March; a date the user typed must exist. */
function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day
}

export function toUnixSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000)
}

export function fromUnixSeconds(seconds: number): Date {
  return new Date(seconds * 1000)
}
