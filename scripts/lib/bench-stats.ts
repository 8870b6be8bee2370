/** Medians, extremes and pairwise ratios: the only statistics the bench reports. */

export interface Spread {
  median: number
  min: number
  max: number
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spread of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, min: sorted[0]!, max: sorted.at(-1)! }
}

/**
 * a[i] / b[i] for runs made back to back in the same iteration: a slow moment of the machine
 * hits both sides of a pair, so the ratio is steadier than a ratio of medians.
 */
export function pairRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`cannot pair ${a.length} runs with ${b.length}`)
  return a.map((value, i) => value / b[i]!)
}

export const formatMs = (ms: number): string => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)}×`
export const formatMiB = (kib: number): string => `${(kib / 1024).toFixed(1)} MiB`
export const formatKiB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

/** "median (min–max)" in one cell. */
export function formatSpread(s: Spread, format: (n: number) => string): string {
  return `${format(s.median)} (${format(s.min)}–${format(s.max)})`
}
