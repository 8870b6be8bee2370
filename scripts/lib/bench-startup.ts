/**
 * Section 3: what the bundle weighs and what loading it costs. dist/ file by file; the bytes of
 * dist/index.js by the direct dependency that brought them in; and the time Node 24 takes to
 * import each dependency alone from node_modules, next to Node's own start.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alternate } from './bench-alternate.js'
import { ownersOfPackages, directDependencies } from './bench-deps.js'
import { markdownTable } from './bench-markdown.js'
import { measure } from './bench-process.js'
import { mapOf } from './bench-bundle-map.js'
import { bytesByPackage, packageOf, readBundleMap } from './bench-sourcemap.js'
import { formatKiB, formatMs, formatSpread, spread } from './bench-stats.js'
import { REPO_ROOT } from './run-step.js'

const DIST = join(REPO_ROOT, 'dist')
const SRC = join(REPO_ROOT, 'src')
const IMPORT_SCRIPT = fileURLToPath(new URL('./bench-import.mjs', import.meta.url))

/** dist/index.js and the chunks it import()s at every start (the entry opens connections, then loads the rest). */
function startFiles(): string[] {
  const entry = readFileSync(join(DIST, 'index.js'), 'utf8')
  const chunks = [...entry.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((match) => `${match[1]}.index.js`)
  return ['index.js', ...new Set(chunks)]
}

function roleOf(file: string): string {
  if (file === 'index.js') return 'the entry: parsed and run at every start'
  if (startFiles().includes(file)) return 'loaded by the entry at every start'
  if (file.endsWith('.index.js')) {
    const map = mapOf(file)
    const packages = existsSync(map) ? [...new Set(readBundleMap(map).sources.map(packageOf))] : []
    return `chunk loaded by import() only when needed${packages.length ? `: ${packages.slice(-1).join(', ')} and its ${packages.length - 1} dependencies` : ''}`
  }
  if (file === 'package.json') return 'marks dist/ as ESM'
  return ''
}

export function distTable(): string {
  const files = readdirSync(DIST).filter((file) => statSync(join(DIST, file)).isFile())
  const sized = files.map((file) => ({ file, bytes: statSync(join(DIST, file)).size })).sort((a, b) => b.bytes - a.bytes)
  const total = sized.reduce((sum, { bytes }) => sum + bytes, 0)
  const rows = sized.map(({ file, bytes }) => [`dist/${file}`, formatKiB(bytes), roleOf(file)])
  return markdownTable(['File', 'Size', 'Role'], [...rows, ['total', formatKiB(total), '']], ['left', 'right', 'left'])
}

export interface Composition {
  /** Bytes loaded at every start (dist/index.js and its start chunks) per bundled package. */
  bytes: Map<string, number>
  /** Bundled package → direct dependencies whose tree holds it. */
  owners: Map<string, string[]>
  total: number
}

/** What every start loads: dist/index.js and the chunks it loads at once, by package. */
export function bundleComposition(): Composition {
  const bytes = new Map<string, number>()
  let total = 0
  for (const file of startFiles()) {
    const generated = readFileSync(join(DIST, file), 'utf8')
    total += Buffer.byteLength(generated)
    for (const [name, count] of bytesByPackage(readBundleMap(mapOf(file)), generated)) bytes.set(name, (bytes.get(name) ?? 0) + count)
  }
  return { bytes, owners: ownersOfPackages(REPO_ROOT, runtimePackages()), total }
}

/** "@actions/core" when one direct dependency brings the package, "shared: a + b" when several do. */
function groupOf(composition: Composition, name: string): string {
  const owners = composition.owners.get(name)
  if (!owners || owners.length === 0) return name
  return owners.length === 1 ? owners[0]! : `shared: ${owners.join(' + ')}`
}

/** For tables: the direct dependencies behind a bundled package; '' for anything else. */
export function broughtInBy(composition: Composition, name: string): string {
  return (composition.owners.get(name) ?? []).join(', ')
}

/** Bytes of dist/index.js that come from a direct dependency's tree (shared packages included). */
export function bundledBytesOf(composition: Composition, direct: string): number {
  let sum = 0
  for (const [name, bytes] of composition.bytes) if (composition.owners.get(name)?.includes(direct)) sum += bytes
  return sum
}

export function compositionTable(composition: Composition): string {
  const groups = new Map<string, { bytes: number; packages: [string, number][] }>()
  for (const [name, bytes] of composition.bytes) {
    const group = groupOf(composition, name)
    const entry = groups.get(group) ?? { bytes: 0, packages: [] }
    entry.bytes += bytes
    entry.packages.push([name, bytes])
    groups.set(group, entry)
  }
  const rows = [...groups]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([group, { bytes, packages }]) => {
      const largest = packages
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([name, size]) => `${name} ${formatKiB(size)}`)
      const more = packages.length > 4 ? `, … (${packages.length} packages)` : ''
      return [group, formatKiB(bytes), `${((100 * bytes) / composition.total).toFixed(1)} %`, `${largest.join(', ')}${more}`]
    })
  return markdownTable(['Brought in by', 'Bytes loaded at every start', 'Share', 'Largest packages inside'], rows, ['left', 'right', 'right', 'left'])
}

/** Bare specifiers src/ imports (type-only imports included: they cost nothing, so they are marked). */
export function srcImports(): Map<string, { typeOnly: boolean }> {
  const found = new Map<string, { typeOnly: boolean }>()
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/^import (type )?[^'"]*from '([^.'][^']*)'/gm)) {
          const specifier = match[2]!
          if (specifier.startsWith('node:')) continue
          const typeOnly = match[1] !== undefined && (found.get(specifier)?.typeOnly ?? true)
          found.set(specifier, { typeOnly })
        }
      }
    }
  }
  visit(SRC)
  return found
}

/** Packages src/ imports values from: the only roots of what ncc bundles. */
function runtimePackages(): string[] {
  const imports = [...srcImports()].filter(([, { typeOnly }]) => !typeOnly)
  return [...new Set(imports.map(([specifier]) => packageOfSpecifier(specifier)))]
}

/** The package a specifier belongs to: 'node-forge/lib/rc2.js' → 'node-forge'. */
export function packageOfSpecifier(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

export interface ImportCost {
  specifier: string
  /** In-process `await import()` time, ms. */
  importMs: number[]
  /** Whole process, spawn to exit, ms. */
  processMs: number[]
}

/**
 * What src/ imports at run time, plus every direct dependency it does not import (to show what
 * those would cost), each in a fresh Node process, alternated; '' is Node alone.
 */
export function importSpecifiers(): string[] {
  const runtime = [...srcImports()].filter(([, { typeOnly }]) => !typeOnly).map(([specifier]) => specifier)
  const covered = new Set(runtime.map(packageOfSpecifier))
  return ['', ...runtime, ...directDependencies(REPO_ROOT).filter((name) => !covered.has(name))]
}

export async function importCosts(runs: number, warmups: number, progress: (message: string) => void): Promise<ImportCost[]> {
  const specifiers = importSpecifiers()
  const contenders = specifiers.map((specifier) => ({
    key: specifier,
    run: async () => {
      const run = await measure(process.execPath, [IMPORT_SCRIPT, ...(specifier ? [specifier] : [])], { env: { PATH: process.env['PATH'] ?? '' }, rss: 'none' })
      if (run.exitCode !== 0) throw new Error(`importing ${specifier} failed: ${run.stderr}`)
      return { importMs: Number(run.stdout.trim()), processMs: run.wallMs }
    },
  }))
  const rounds = await alternate(contenders, { runs, warmups, progress })
  return specifiers.map((specifier) => {
    const samples = rounds.samples.get(specifier) ?? []
    return { specifier, importMs: samples.map((s) => s.importMs), processMs: samples.map((s) => s.processMs) }
  })
}

export function importTable(costs: readonly ImportCost[], composition: Composition): string {
  const imports = srcImports()
  const rows = costs.map(({ specifier, importMs, processMs }) => {
    if (specifier === '') return ['(nothing: Node 24 starting an ESM script)', '—', '—', '—', formatSpread(spread(processMs), formatMs)]
    const name = packageOfSpecifier(specifier)
    const used = [...imports].some(([imported, { typeOnly }]) => packageOfSpecifier(imported) === name && !typeOnly)
    return [
      `\`${specifier}\``,
      used ? 'yes' : 'no',
      used ? formatKiB(bundledBytesOf(composition, name)) : 'not bundled',
      formatSpread(spread(importMs), formatMs),
      formatSpread(spread(processMs), formatMs),
    ]
  })
  return markdownTable(
    ['Module (from node_modules)', 'src/ imports it', 'Its tree in dist/index.js (shared parts included)', '`import()` alone, median (min–max)', 'Process, spawn to exit'],
    rows,
    ['left', 'left', 'right', 'right', 'right'],
  )
}

/** The answer to "does @actions/github earn its bytes?", from src/ and the bundle's map. */
export function actionsGithubVerdict(composition: Composition): string {
  const name = '@actions/github'
  if (!directDependencies(REPO_ROOT).includes(name)) return `${name} is not a dependency.`
  const imported = [...srcImports().keys()].some((specifier) => packageOfSpecifier(specifier) === name)
  const exclusive = [...composition.bytes].filter(([pkg]) => {
    const owners = composition.owners.get(pkg)
    return owners?.length === 1 && owners[0] === name
  })
  const bytes = exclusive.reduce((sum, [, size]) => sum + size, 0)
  if (!imported && bytes === 0) {
    return `**Does \`${name}\` earn its bytes?** src/ never imports it, so ncc leaves it out: it adds 0 bytes to dist/ and nothing to start-up. ` +
      'It only costs `npm ci` time and node_modules space; it can be dropped from `dependencies`.'
  }
  return `**Does \`${name}\` earn its bytes?** src/ ${imported ? 'imports' : 'does not import'} it; ${formatKiB(bytes)} of dist/index.js belong to it alone.`
}
