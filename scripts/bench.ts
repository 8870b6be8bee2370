/**
 * `npm run bench [-- --runs N --warmups N --no-az]`: what the action costs per run, against the emulator
 * started in this process. Prints Markdown on stdout (progress on stderr), headed at level 3 so it
 * drops into docs/benchmarks.md as it is:
 *   1. requests per operation, next to the fewest the API allows;
 *   2. one step end to end (upload-secret into an existing keyset): wall time and peak RSS of
 *      `node dist/index.js`, against the floor (one HTTPS request with a ready token) and `az rest`;
 *   3. start-up: dist/ sizes, what the bundle is made of, time to each request, import costs;
 *   4. the same end-to-end run with 50 ms added to every response;
 * then the targets, passed or missed. Installs nothing: without `az` the comparison is skipped.
 * `--rtt N` (repeatable) runs section 5 instead: the action over a modelled network with N ms of
 * round-trip time per host (bench-rtt.ts), with the round-trip targets.
 */
import { startEmulator, type Emulator } from '../emulator/index.js'
import { removeTempDirs } from './lib/openssl.js'
import { alternate, type Rounds } from './lib/bench-alternate.js'
import { endToEndContenders, type StepSample } from './lib/bench-e2e.js'
import { endToEndTable, latencyTable, timelineTable } from './lib/bench-e2e-report.js'
import { describeMachine, type Machine } from './lib/bench-machine.js'
import { describeRssMethod, detectRssMethod, type RssMethod } from './lib/bench-process.js'
import { FOOTNOTES, countRequests, requestsTable, scenarios, type RequestCount } from './lib/bench-requests.js'
import { profileAction, profileTable, type ActionProfile } from './lib/bench-profile.js'
import {
  actionsGithubVerdict,
  broughtInBy,
  bundleComposition,
  compositionTable,
  distTable,
  importCosts,
  importTable,
  type Composition,
  type ImportCost,
} from './lib/bench-startup.js'
import { measureRtt, rttSection } from './lib/bench-rtt.js'
import { formatMs, spread } from './lib/bench-stats.js'
import { targetsTable } from './lib/bench-targets.js'
import { auditSection, measureAudit, type AuditBench } from './lib/bench-audit.js'
import { applyBenchLines, benchApply, type ApplyBench } from './lib/bench-apply.js'
import { assertFreshBundle } from './lib/dist-stamp.js'

const LATENCY_MS = 50
const AZ_MISSING = 'Azure CLI (`az`) not found; install it with `sudo apt-get install azure-cli` (Debian, Ubuntu) and run again'

interface Options {
  runs: number
  warmups: number
  /** --no-az: leave the Azure CLI out even when installed (quicker runs). */
  az: boolean
  /** --rtt N, repeatable: run section 5 at these round-trip times instead of sections 1–4. */
  rtts: number[]
  /** --action PATH: section 5 runs this build of the action (an older dist/index.js, for before/after). */
  action?: string
}

const USAGE = 'usage: npm run bench -- [--runs N (≥ 1, default 7)] [--warmups N (≥ 0, default 2)] [--no-az] [--rtt MS (> 0, repeatable) [--action PATH/index.js]]'

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { runs: 7, warmups: 2, az: true, rtts: [] }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = Number(argv[i + 1])
    if (flag === '--no-az') {
      options.az = false
    } else if ((flag === '--runs' || flag === '--warmups') && Number.isInteger(value) && value >= (flag === '--runs' ? 1 : 0)) {
      options[flag === '--runs' ? 'runs' : 'warmups'] = value
      i++
    } else if (flag === '--action' && argv[i + 1] !== undefined) {
      options.action = argv[i + 1]
      i++
    } else if (flag === '--rtt' && Number.isInteger(value) && value > 0) {
      options.rtts.push(value)
      i++
    } else {
      throw new Error(`${USAGE}; got '${flag ?? ''}'`)
    }
  }
  return options
}

const progress = (message: string): void => void process.stderr.write(`${message}\n`)

function header(machine: Machine, rss: RssMethod, options: Options): string {
  return [
    `### Run of ${machine.date}`,
    '',
    `- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memory} memory`,
    `- Node ${machine.node}; Azure CLI ${machine.az ?? 'not installed'}; ${machine.revision}`,
    `- ${options.runs} measured rounds after ${options.warmups} warm-up rounds; commands alternate within each round`,
    `- Peak RSS: ${describeRssMethod(rss)}`,
    '- The emulator runs in the bench process on loopback HTTPS (emulator/), so a request costs a TLS handshake and little else.',
  ].join('\n')
}

async function measureRequests(emulator: Emulator): Promise<RequestCount[]> {
  progress('1. requests per operation')
  const counts: RequestCount[] = []
  for (const scenario of scenarios()) counts.push(await countRequests(emulator, scenario))
  emulator.reset()
  return counts
}

/**
 * Every command against both emulators, all in the same rounds (A, A at +latency, B, …): the
 * latency's cost is then a difference taken run by run, not between two stretches of time.
 */
async function measureEndToEnd(fast: Emulator, slow: Emulator, rss: RssMethod, withAz: boolean, options: Options): Promise<{ fast: Rounds<StepSample>; slow: Rounds<StepSample> }> {
  progress(`2 and 4. one step end to end, at 0 and ${LATENCY_MS} ms per response`)
  const atZero = endToEndContenders(fast, rss, withAz)
  const atLatency = endToEndContenders(slow, rss, withAz)
  try {
    const contenders = atZero.contenders.flatMap((contender, i) => [contender, { ...atLatency.contenders[i]!, key: `${contender.key}${SLOW}` }])
    const rounds = await alternate(contenders, { ...options, progress })
    return { fast: pickRounds(rounds, (key) => !key.endsWith(SLOW), (key) => key), slow: pickRounds(rounds, (key) => key.endsWith(SLOW), (key) => key.slice(0, -SLOW.length)) }
  } finally {
    atZero.dispose()
    atLatency.dispose()
  }
}

const SLOW = '@latency'

function pickRounds<Sample>(rounds: Rounds<Sample>, keep: (key: string) => boolean, rename: (key: string) => string): Rounds<Sample> {
  const select = <Value>(map: Map<string, Value>): Map<string, Value> => new Map([...map].filter(([key]) => keep(key)).map(([key, value]) => [rename(key), value]))
  return { samples: select(rounds.samples), cold: select(rounds.cold) }
}

interface Results {
  options: Options
  machine: Machine
  rss: RssMethod
  /** Why `az rest` was left out, when it was. */
  azSkipped: string | undefined
  counts: RequestCount[]
  fast: Rounds<StepSample>
  composition: Composition
  imports: ImportCost[]
  profile: ActionProfile
  slow: Rounds<StepSample>
  audit: AuditBench
  apply: ApplyBench
}

async function measureAll(options: Options, machine: Machine, azSkipped: string | undefined): Promise<Results> {
  const rss = detectRssMethod()
  const withAz = azSkipped === undefined
  const emulator = await startEmulator()
  const slowEmulator = await startEmulator({ latencyMs: LATENCY_MS })
  try {
    const counts = await measureRequests(emulator)
    const { fast, slow } = await measureEndToEnd(emulator, slowEmulator, rss, withAz, options)
    progress('3. start-up: import costs')
    const imports = await importCosts(options.runs, options.warmups, progress)
    progress('3. start-up: CPU profile of the action')
    const profile = await profileAction(emulator, options.runs, progress)
    const audit = await measureAudit(options.runs, rss, progress)
    progress('7. manifest apply')
    const apply = await benchApply({ rounds: options.runs, latencyMs: 0 })
    return { options, machine, rss, azSkipped, counts, fast, composition: bundleComposition(), imports, profile, slow, audit, apply }
  } finally {
    await Promise.all([emulator.close(), slowEmulator.close()])
    removeTempDirs()
  }
}

function startUpSection(results: Results): string[] {
  const { composition, profile, options } = results
  return [
    '#### 3. Start-up',
    distTable(),
    compositionTable(composition),
    'Time from spawn to each request reaching the emulator (its clock, in ms; same runs as section 2):',
    timelineTable(results.fast),
    `Where the action's CPU time goes: ${options.runs} runs under \`node --cpu-prof\` (200 µs sampling), each sample charged to the innermost ` +
      'bundle frame on its stack, by package (Node work a package triggers counts for the package). Profiling slows the process ' +
      `(median wall ${formatMs(spread(profile.wallMs).median)} here): read the shares.`,
    profileTable(profile, (category) => broughtInBy(composition, category)),
    'Each dependency imported alone by Node 24 from node_modules (unbundled, so not the same cost as inside the bundle, but the same order):',
    importTable(results.imports, composition),
    actionsGithubVerdict(composition),
  ]
}

function report(results: Results): string {
  const { azSkipped } = results
  const blocks = [
    header(results.machine, results.rss, results.options),
    '#### Targets',
    targetsTable({ counts: results.counts, fast: results.fast, azSkipped }),
    '#### 1. Requests per operation',
    'Counted by the emulator; client-secret sign-in; each scenario once (counts do not vary), setup steps not counted.',
    requestsTable(results.counts),
    FOOTNOTES.join('\n\n'),
    '#### 2. One step end to end: upload-secret into an existing keyset',
    'Wall time from spawn to exit. The action signs in (MSAL metadata + token request) and writes; the floor and `az rest` get a ready token. ' +
      '"Floor + token" is the same minimal script asking for its token first: the least any tool that signs in itself can do.',
    azSkipped === undefined ? '' : `> The \`az rest\` comparison is skipped: ${azSkipped}.`,
    endToEndTable(results.fast),
    ...startUpSection(results),
    `#### 4. Latency: ${LATENCY_MS} ms added to every response`,
    `The emulator holds every response ${LATENCY_MS} ms (TLS handshakes are not delayed), as a distant service would: each request costs a run about ${LATENCY_MS} ms, whatever its CPU.`,
    latencyTable(results.fast, results.slow, LATENCY_MS),
    ...auditSection(results.audit),
    applyBenchLines(results.apply, { rounds: results.options.runs, latencyMs: 0 }).join('\n'),
  ]
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`
}

async function measureRoundTrips(options: Options, machine: Machine): Promise<string> {
  progress(`5. round trips at ${options.rtts.join(', ')} ms RTT`)
  const emulator = await startEmulator()
  try {
    const results = await measureRtt(emulator, options.rtts, { ...options, progress }, options.action)
    const heading = [
      `### Run of ${machine.date}`,
      '',
      `- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memory} memory`,
      `- Node ${machine.node}; ${machine.revision}${options.action === undefined ? '' : `; action: \`${options.action}\``}`,
      `- ${options.runs} measured rounds after ${options.warmups} warm-up rounds; commands alternate within each round`,
    ].join('\n')
    return `${[heading, ...rttSection(results, options.runs)].join('\n\n')}\n`
  } finally {
    await emulator.close()
    removeTempDirs()
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  assertFreshBundle()
  const machine = describeMachine()
  if (options.rtts.length > 0) return void process.stdout.write(await measureRoundTrips(options, machine))
  const azSkipped = !options.az ? '--no-az' : machine.az === undefined ? AZ_MISSING : undefined
  if (azSkipped) progress(`The az rest comparison is skipped: ${azSkipped}.`)
  process.stdout.write(report(await measureAll(options, machine, azSkipped)))
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
