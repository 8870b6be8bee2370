/** Tables of sections 2, 3 (time to each request) and 4, from alternated end-to-end rounds. */
import type { Rounds } from './bench-alternate.js'
import { LABELS, type ContenderKey, type StepSample } from './bench-e2e.js'
import { markdownTable, type Align } from './bench-markdown.js'
import { formatMiB, formatMs, formatRatio, formatSpread, pairRatios, spread, type Spread } from './bench-stats.js'

type E2eRounds = Rounds<StepSample>

const keysOf = (rounds: E2eRounds): ContenderKey[] => [...rounds.samples.keys()] as ContenderKey[]
const samplesOf = (rounds: E2eRounds, key: string): StepSample[] => rounds.samples.get(key) ?? []
const walls = (rounds: E2eRounds, key: string): number[] => samplesOf(rounds, key).map((sample) => sample.wallMs)

/** Requests per run; a range would mean a run retried, which the reader should see. */
function requestsPerRun(samples: readonly StepSample[]): string {
  const counts = spread(samples.map((sample) => sample.requests.length))
  return counts.min === counts.max ? String(counts.min) : `${counts.min}–${counts.max}`
}

/** this ÷ other, pair by pair within each round. */
export function pairwise(rounds: E2eRounds, key: ContenderKey, other: ContenderKey): Spread | undefined {
  const a = walls(rounds, key)
  const b = walls(rounds, other)
  return a.length > 0 && b.length > 0 ? spread(pairRatios(a, b)) : undefined
}

export function peakRss(rounds: E2eRounds, key: ContenderKey): Spread | undefined {
  const values = samplesOf(rounds, key).flatMap((sample) => (sample.peakRssKiB === undefined ? [] : [sample.peakRssKiB]))
  return values.length > 0 ? spread(values) : undefined
}

export function endToEndTable(rounds: E2eRounds): string {
  const rows = keysOf(rounds).map((key) => {
    const samples = samplesOf(rounds, key)
    const rss = peakRss(rounds, key)
    const ratio = key === 'action' ? undefined : pairwise(rounds, 'action', key)
    return [
      LABELS[key],
      requestsPerRun(samples),
      formatSpread(spread(walls(rounds, key)), formatMs),
      rss ? formatSpread(rss, formatMiB) : 'n/a',
      ratio ? formatSpread(ratio, formatRatio) : '—',
      formatMs(rounds.cold.get(key)?.wallMs ?? Number.NaN),
    ]
  })
  const align: Align[] = ['left', 'right', 'right', 'right', 'right', 'right']
  return markdownTable(['Command', 'Requests', 'Wall time, median (min–max)', 'Peak RSS, median (min–max)', 'Action ÷ this, pairwise', 'First run (cold)'], rows, align)
}

/** Median ms from spawn to the first request of a service, or to exit. */
function medianAfter(samples: readonly StepSample[], pick: (sample: StepSample) => number | undefined): string {
  const values = samples.flatMap((sample) => {
    const value = pick(sample)
    return value === undefined ? [] : [value]
  })
  return values.length === samples.length && values.length > 0 ? formatMs(spread(values).median) : '—'
}

export function timelineTable(rounds: E2eRounds): string {
  const at = (service?: string) => (sample: StepSample) => (service ? sample.requests.find((request) => request.service === service) : sample.requests[0])?.afterMs
  const rows = keysOf(rounds).map((key) => {
    const samples = samplesOf(rounds, key)
    return [
      LABELS[key],
      medianAfter(samples, at()),
      medianAfter(samples, at('metadata')),
      medianAfter(samples, at('token')),
      medianAfter(samples, at('graph')),
      medianAfter(samples, (sample) => sample.wallMs),
    ]
  })
  return markdownTable(
    ['Command (medians, ms after spawn)', 'First request', 'MSAL metadata', 'Token request', 'Graph request', 'Exit'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right'],
  )
}

/** Wall time at +latency minus wall time at 0 ms, run by run: both ran in the same round. */
function addedPerRun(fast: E2eRounds, slow: E2eRounds, key: string): Spread {
  const before = walls(fast, key)
  return spread(walls(slow, key).map((after, i) => after - before[i]!))
}

export function latencyTable(fast: E2eRounds, slow: E2eRounds, latencyMs: number): string {
  const rows = keysOf(slow).map((key) => {
    const added = addedPerRun(fast, slow, key)
    const ratio = key === 'action' ? undefined : pairwise(slow, 'action', key)
    return [
      LABELS[key],
      requestsPerRun(samplesOf(slow, key)),
      formatMs(spread(walls(fast, key)).median),
      formatSpread(spread(walls(slow, key)), formatMs),
      formatSpread(added, formatMs),
      (added.median / latencyMs).toFixed(1),
      ratio ? formatSpread(ratio, formatRatio) : '—',
    ]
  })
  return markdownTable(
    [
      'Command',
      'Requests',
      'Wall, 0 ms added (median)',
      `Wall, +${latencyMs} ms per response, median (min–max)`,
      'Added, run by run',
      `Added ÷ ${latencyMs} ms`,
      'Action ÷ this, pairwise',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  )
}
