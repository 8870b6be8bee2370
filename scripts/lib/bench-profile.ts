/**
 * Where the action's CPU time goes, by package inside the bundle: the action runs under
 * `--cpu-prof`, and each sample is charged to the innermost frame of dist/index.js on its stack,
 * mapped through the source map to its package. Node work called from a package (loading a
 * built-in, a TLS handshake) is charged to that package; V8 compiling the bundle, to the bundle.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { secretAuthInputs } from './emulator-inputs.js'
import { ACTION_ENTRY, prepareStep, readOutputs } from './run-step.js'
import { markdownTable } from './bench-markdown.js'
import { measure } from './bench-process.js'
import { mapOf } from './bench-bundle-map.js'
import { packageOf, packagesOfModuleAt, readBundleMap, sourceOfFunction, type BundleMap } from './bench-sourcemap.js'
import { formatMs, formatSpread, spread } from './bench-stats.js'

const SAMPLING_US = 200
export const COMPILE = 'V8 compiling dist/'
const IDLE = '(idle)'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Category of one sampled stack, walking from the leaf to the root. */
/** A bundle position → the package its function belongs to, cached: profiles repeat frames. */
type FramePackage = (line: number, column: number) => string

function framePackages(map: BundleMap, generatedLines: readonly string[]): FramePackage {
  const cache = new Map<string, string>()
  return (line, column) => {
    const key = `${line}:${column}`
    let name = cache.get(key)
    if (name === undefined) {
      const merged = packagesOfModuleAt(map, generatedLines, line)
      // The top level of a merged ESM module is one function for many packages: say so, not guess.
      name =
        merged && merged.length > 1
          ? `top level of ncc's merged ESM module (${merged.length} packages)`
          : packageOf(sourceOfFunction(map, line, column))
      cache.set(key, name)
    }
    return name
  }
}

/** Per dist/ file (index.js and its chunks), the package at a position. */
type BundlePackages = Map<string, FramePackage>

function categorise(leaf: number, nodes: Map<number, ProfileNode>, parents: Map<number, number>, bundle: BundlePackages): string {
  const leafName = nodes.get(leaf)?.callFrame.functionName ?? ''
  if (leafName === '(idle)') return IDLE
  if (leafName === '(garbage collector)') return 'garbage collection'
  if (leafName === '(program)') return 'native code, no JavaScript frame'
  let compiling = false
  let glue: string | undefined
  for (let id: number | undefined = leaf; id !== undefined; id = parents.get(id)) {
    const frame = nodes.get(id)?.callFrame
    if (!frame) break
    if (frame.functionName === 'compileSourceTextModule') compiling = true
    // Compiling a chunk that code import()s (the entry loading the rest) is compiling, not that code.
    if (compiling) return COMPILE
    const packageAt = bundle.get(/\/dist\/([^/]+\.js)$/.exec(frame.url)?.[1] ?? '')
    if (packageAt) {
      const name = packageAt(frame.lineNumber, frame.columnNumber)
      // webpack's require and its stubs for Node built-ins (`require("node:http2")`) are not the
      // cost: the package that asked for the module is, further up the stack.
      if (!name.startsWith('(unmapped') && !name.startsWith('(webpack')) return name
      glue ??= name
    }
  }
  return glue ?? 'Node start-up and internals'
}

/** Milliseconds of CPU per category in one profile (idle left out: it is waiting on the network). */
export function attribute(profile: CpuProfile, bundle: BundlePackages): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const totals = new Map<string, number>()
  profile.samples.forEach((leaf, index) => {
    const category = categorise(leaf, nodes, parents, bundle)
    if (category === IDLE) return
    // A sample stands for the interval until the next one.
    const ms = (profile.timeDeltas[index + 1] ?? SAMPLING_US) / 1000
    totals.set(category, (totals.get(category) ?? 0) + ms)
  })
  return totals
}

export interface ActionProfile {
  /** Per category, ms of CPU in each profiled run. */
  perRun: Map<string, number[]>
  wallMs: number[]
}

async function profileOnce(emulator: Emulator, bundle: BundlePackages): Promise<{ totals: Map<string, number>; wallMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'b2c-keys-bench-prof-'))
  const step = prepareStep(
    { ...secretAuthInputs(emulator), operation: 'upload-secret', keyset: 'B2C_1A_Bench', secret: 'bench-secret' },
    { env: { NODE_EXTRA_CA_CERTS: emulator.caFile } },
  )
  try {
    const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${SAMPLING_US}`, ACTION_ENTRY]
    const run = await measure(step.command, args, { env: step.env, rss: 'none' })
    if (run.exitCode !== 0 || readOutputs(step.outputFile)['action-taken'] !== 'uploaded') throw new Error(`profiled run failed: ${run.stdout}${run.stderr}`)
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))
    if (!file) throw new Error('node --cpu-prof wrote no profile')
    return { totals: attribute(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, bundle), wallMs: run.wallMs }
  } finally {
    step.dispose()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function profileAction(emulator: Emulator, runs: number, progress: (message: string) => void): Promise<ActionProfile> {
  // The entry and its chunks: with the entry chunk, most of the action runs from a chunk.
  const dist = dirname(ACTION_ENTRY)
  const files = readdirSync(dist).filter((file) => file.endsWith('.js') && existsSync(mapOf(file)))
  const bundle: BundlePackages = new Map(files.map((file) => [file, framePackages(readBundleMap(mapOf(file)), readFileSync(join(dist, file), 'utf8').split('\n'))]))
  const perRun = new Map<string, number[]>()
  const wallMs: number[] = []
  for (let run = 0; run < runs; run++) {
    progress(`  profiled run ${run + 1}/${runs}`)
    const { totals, wallMs: wall } = await profileOnce(emulator, bundle)
    wallMs.push(wall)
    for (const category of new Set([...perRun.keys(), ...totals.keys()])) {
      const values = perRun.get(category) ?? Array<number>(run).fill(0)
      values.push(totals.get(category) ?? 0)
      perRun.set(category, values)
    }
  }
  return { perRun, wallMs }
}

/** Largest categories first; the small ones summed in one row. */
export function profileTable(profile: ActionProfile, broughtInBy: (category: string) => string, shown = 10): string {
  const medians = [...profile.perRun].map(([category, values]) => ({ category, values, median: spread(values).median }))
  medians.sort((a, b) => b.median - a.median)
  const total = medians.reduce((sum, { median }) => sum + median, 0)
  const rows = medians.slice(0, shown).map(({ category, values, median }) => [
    category,
    broughtInBy(category),
    formatSpread(spread(values), formatMs),
    `${((100 * median) / total).toFixed(0)} %`,
  ])
  const rest = medians.slice(shown)
  if (rest.length > 0) {
    const restMs = rest.reduce((sum, { median }) => sum + median, 0)
    rows.push([`${rest.length} more categories`, '', formatMs(restMs), `${((100 * restMs) / total).toFixed(0)} %`])
  }
  rows.push(['total CPU (idle excluded)', '', formatMs(total), '100 %'])
  return markdownTable(['Where the CPU went', 'Brought in by', 'ms per run, median (min–max)', 'Share'], rows, ['left', 'left', 'right', 'right'])
}
