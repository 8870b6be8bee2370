/**
 * apply against the loopback emulator, for issue 12's targets:
 *   1. a manifest of 10 keysets where nothing is due: exactly 1 Graph request;
 *   2. 10 keysets all due: wall time against one single-key step (upload-secret into an existing
 *      keyset, 1 Graph request), target under 1.5x. The two alternate round by round.
 * Section 7 of `npm run bench`; alone: `npx tsx scripts/lib/bench-apply.ts [--rounds N] [--latency-ms N]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { emulatorEnv, secretAuthInputs } from './emulator-inputs.js'
import { measure } from './bench-process.js'
import { prepareStep, readOutputs } from './run-step.js'
import { formatMs, formatRatio, formatSpread, pairRatios, spread } from './bench-stats.js'

const KEYSETS = Array.from({ length: 10 }, (_, i) => `B2C_1A_BenchApply${i}`)
const SINGLE = 'B2C_1A_BenchSingle'
const YEAR = 365 * 86_400

export interface ApplyBench {
  nothingDue: { graph: number; token: number; actionTaken: string }
  allDue: { graph: number; writes: number; applyMs: number[]; singleMs: number[]; ratio: number }
}

export async function benchApply(options: { rounds: number; latencyMs: number }): Promise<ApplyBench> {
  const emulator = await startEmulator({ latencyMs: options.latencyMs })
  const workspace = mkdtempSync(join(tmpdir(), 'b2c-keys-bench-apply-'))
  try {
    writeFileSync(join(workspace, 'tenant.yml'), `keysets:\n${KEYSETS.map((id) => `  - id: ${id}\n    secret: { env: BENCH_SECRET }\n    rotate-if-expiring-within: 30d\n`).join('')}`)
    const apply = { operation: 'apply', manifest: 'tenant.yml' }
    const env = { GITHUB_WORKSPACE: workspace, BENCH_SECRET: 'bench-secret-value' }

    seedKeysets(emulator, KEYSETS, Math.floor(Date.now() / 1000) + YEAR)
    emulator.requests.length = 0
    const quiet = await run(emulator, apply, env)
    const nothingDue = { graph: count(emulator, 'graph'), token: count(emulator, 'token'), actionTaken: quiet.outputs['action-taken'] ?? '' }

    const applyMs: number[] = []
    const singleMs: number[] = []
    let graph = 0
    let writes = 0
    for (let round = 0; round < options.rounds + 1; round++) {
      seedKeysets(emulator, [...KEYSETS, SINGLE], undefined)
      emulator.requests.length = 0
      const all = await run(emulator, apply, env)
      if (all.outputs['action-taken'] !== 'applied') throw new Error(`apply did not write: ${all.stdout}`)
      graph = count(emulator, 'graph')
      writes = emulator.requests.filter((request) => request.service === 'graph' && request.method === 'POST').length
      const single = await run(emulator, { operation: 'upload-secret', keyset: SINGLE, secret: 'bench-secret-value' }, {})
      // Round 0 warms the file cache and the emulator; it is not counted.
      if (round > 0) {
        applyMs.push(all.wallMs)
        singleMs.push(single.wallMs)
      }
    }
    const ratio = spread(pairRatios(applyMs, singleMs)).median
    return { nothingDue, allDue: { graph, writes, applyMs, singleMs, ratio } }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
    await emulator.close()
  }
}

/** Keysets with one key each that expires at `exp` (empty keysets when undefined). */
function seedKeysets(emulator: Emulator, ids: string[], exp: number | undefined): void {
  for (const id of ids) {
    const keys = exp === undefined ? [] : [{ kid: `${id}-kid`, use: 'sig' as const, kty: 'oct' as const, nbf: exp - 2 * YEAR, exp, k: 'YmVuY2g', addedAt: new Date() }]
    emulator.keysets.set(id, { id, keys })
  }
}

async function run(emulator: Emulator, inputs: Record<string, string>, env: Record<string, string>): Promise<{ wallMs: number; outputs: Record<string, string>; stdout: string }> {
  const step = prepareStep({ ...secretAuthInputs(emulator), ...inputs }, { env: { ...emulatorEnv(emulator), ...env } })
  try {
    const result = await measure(step.command, step.args, { env: step.env, rss: 'none' })
    if (result.exitCode !== 0) throw new Error(`step failed (${result.exitCode}): ${result.stdout}${result.stderr}`)
    return { wallMs: result.wallMs, outputs: readOutputs(step.outputFile), stdout: result.stdout }
  } finally {
    step.dispose()
  }
}

function count(emulator: Emulator, service: string): number {
  return emulator.requests.filter((request) => request.service === service).length
}

export function applyBenchLines(result: ApplyBench, options: { rounds: number; latencyMs: number }): string[] {
  const { nothingDue, allDue } = result
  return [
    '#### 7. Manifest apply',
    '',
    `\`operation: apply\` of a manifest of 10 secret keysets: ${options.rounds} rounds, emulator latency ${options.latencyMs} ms; apply and the single step alternate round by round.`,
    '',
    `| case | measured | target |`,
    `|---|---|---|`,
    `| 10 keysets, nothing due | ${nothingDue.graph} Graph request(s), ${nothingDue.token} token request(s), action-taken ${nothingDue.actionTaken} | 1 Graph request |`,
    `| 10 keysets all due | ${allDue.graph} Graph requests (${allDue.writes} writes); median ${formatSpread(spread(allDue.applyMs), formatMs)} | |`,
    `| one single-key step (upload-secret, existing keyset) | median ${formatSpread(spread(allDue.singleMs), formatMs)} | |`,
    `| ratio, 10 all due / single step (median of per-round ratios) | ${formatRatio(allDue.ratio)} | < 1.5× |`,
  ]
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, 'latency-ms': { type: 'string', default: '0' } } })
  const options = { rounds: Number(values.rounds), latencyMs: Number(values['latency-ms']) }
  const result = await benchApply(options)
  console.log(applyBenchLines(result, options).join('\n'))
}
