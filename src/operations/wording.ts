/** How operations write dates and sentences in their messages and summaries. */
import { fromUnixSeconds } from '../time.js'

/** To the second, as certificates, keys and Graph's dates are. */
export function iso(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

export function isoSeconds(seconds: number): string {
  return iso(fromUnixSeconds(seconds))
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
