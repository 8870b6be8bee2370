/** The issue's targets, each measured on this machine in this run, passed or missed and by how much. */
import type { Rounds } from './bench-alternate.js'
import type { ContenderKey, StepSample } from './bench-e2e.js'
import { pairwise, peakRss } from './bench-e2e-report.js'
import { markdownTable } from './bench-markdown.js'
import { atMinimum, type RequestCount } from './bench-requests.js'
import { formatMiB, formatMs, formatRatio, spread } from './bench-stats.js'

export interface TargetInputs {
  counts: readonly RequestCount[]
  fast: Rounds<StepSample>
  /** Why `az rest` was not measured, when it was not. */
  azSkipped: string | undefined
}

const RSS_LIMIT_KIB = 100 * 1024
const verdict = (pass: boolean): string => (pass ? '✓ pass' : '✗ miss')

function medianWall(rounds: Rounds<StepSample>, key: ContenderKey): number {
  return spread((rounds.samples.get(key) ?? []).map((sample) => sample.wallMs)).median
}

/** "action ≤ limit × other", on the pairwise ratio; a miss says how many ms over. */
function ratioRow(rounds: Rounds<StepSample>, other: ContenderKey, limit: number, name: string): string[] {
  const ratio = pairwise(rounds, 'action', other)
  if (!ratio) return [`Action end to end ≤ ${limit} × ${name}`, 'not measured', '—']
  const pass = ratio.median <= limit
  const action = medianWall(rounds, 'action')
  const allowed = limit * medianWall(rounds, other)
  const detail = `${formatRatio(ratio.median)} (pairwise median; action ${formatMs(action)}, ${name} ${formatMs(medianWall(rounds, other))})`
  const by = pass ? `${formatMs(allowed - action)} to spare` : `over by ${formatMs(action - allowed)} (${formatRatio(ratio.median / limit)} the limit)`
  return [`Action end to end ≤ ${limit} × ${name}`, detail, `${verdict(pass)}: ${by}`]
}

function requestsRow(counts: readonly RequestCount[]): string[] {
  const measured = counts.filter((count) => count.graph !== undefined)
  const above = measured.filter((count) => !atMinimum(count))
  const notBuilt = counts.filter((count) => count.notBuilt)
  const failed = counts.filter((count) => count.graph === undefined && !count.notBuilt)
  const parts = [`${measured.length - above.length} of ${measured.length} measured operations at the minimum`]
  if (notBuilt.length) parts.push(`${notBuilt.map((count) => count.scenario.operation).join(', ')}: not built into dist/ yet`)
  if (failed.length) parts.push(`${failed.length} failed to run`)
  const misses = above.map((count) => `${count.scenario.operation} (${count.scenario.situation}): ${count.graph} Graph + ${count.token} token, minimum ${count.scenario.minimum} + 1`)
  const pass = above.length === 0 && failed.length === 0
  return ['Requests of every operation = minimum', parts.join('; '), `${verdict(pass)}${misses.length ? `: ${misses.join('; ')}` : ''}${notBuilt.length ? ' (for what is built)' : ''}`]
}

function rssRow(rounds: Rounds<StepSample>): string[] {
  const rss = peakRss(rounds, 'action')
  if (!rss) return ['Peak RSS of the action < 100 MiB', 'not measured', '—']
  const pass = rss.max < RSS_LIMIT_KIB
  return ['Peak RSS of the action < 100 MiB', `${formatMiB(rss.max)} at most (median ${formatMiB(rss.median)})`, `${verdict(pass)}: ${formatMiB(Math.abs(RSS_LIMIT_KIB - rss.max))} ${pass ? 'to spare' : 'over'}`]
}

export function targetsTable(inputs: TargetInputs): string {
  const rows = [
    inputs.azSkipped === undefined ? ratioRow(inputs.fast, 'az', 0.5, '`az rest`') : ['Action end to end ≤ 0.5 × `az rest`', `not measured: ${inputs.azSkipped}`, '—'],
    ratioRow(inputs.fast, 'floor', 1.5, 'floor'),
    requestsRow(inputs.counts),
    rssRow(inputs.fast),
  ]
  return markdownTable(['Target', 'Measured', 'Result'], rows)
}
