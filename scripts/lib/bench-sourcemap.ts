/**
 * Reads ncc's source map of dist/index.js to say which package each byte of the bundle came
 * from: the bundle is one 2.6 MB file, and only the map knows what is inside it.
 */
import { decode } from '@jridgewell/sourcemap-codec'
import { readFileSync } from 'node:fs'

interface RawSourceMap {
  sources: string[]
  mappings: string
}

/** One mapped span of a generated line: columns [start, next segment's start) came from `source`. */
interface Segment {
  column: number
  source: number
}

export interface BundleMap {
  sources: string[]
  /** Per generated line (0-based), its segments in column order. */
  lines: Segment[][]
}

export function readBundleMap(mapFile: string): BundleMap {
  const raw = JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap
  // A segment of one field maps a column to nothing; it ends the previous span.
  const lines = decode(raw.mappings).map((line) => line.map(([column, source]): Segment => ({ column, source: source ?? -1 })))
  return { sources: raw.sources, lines }
}

/** The source a generated position (0-based line and column) came from, or undefined. */
export function sourceAt(map: BundleMap, line: number, column: number): string | undefined {
  const segments = map.lines[line] ?? []
  let found: Segment | undefined
  for (const segment of segments) {
    if (segment.column > column) break
    found = segment
  }
  return found && found.source >= 0 ? map.sources[found.source] : undefined
}

/** `node_modules/@azure/msal-node/…` → `@azure/msal-node`; own code and webpack glue by folder. */
export function packageOf(source: string | undefined): string {
  if (source === undefined) return '(unmapped: webpack glue)'
  // The last node_modules segment names the package: msal-node's own copy of msal-common is msal-common.
  const names = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map((match) => match[1])
  const name = names.at(-1)
  if (name) return name
  if (source.includes('/src/')) return '(this action: src/)'
  return '(webpack runtime)'
}

/** Bytes of the generated file attributed to each package, by walking every mapped span. */
export function bytesByPackage(map: BundleMap, generated: string): Map<string, number> {
  const totals = new Map<string, number>()
  const add = (name: string, bytes: number): void => {
    if (bytes > 0) totals.set(name, (totals.get(name) ?? 0) + bytes)
  }
  generated.split('\n').forEach((text, index) => {
    const segments = map.lines[index] ?? []
    const length = Buffer.byteLength(text) + 1
    if (segments.length === 0) return add(packageOf(undefined), length)
    add(packageOf(undefined), segments[0]!.column)
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? length
      add(packageOf(segment.source >= 0 ? map.sources[segment.source] : undefined), end - segment.column)
    })
  })
  return totals
}

/**
 * The source of a function that starts at a generated position. webpack's module wrappers
 * (`/***\/ ((module, …) => {`) are generated code with no mapping; the module's own first line
 * follows them, so an unmapped start is resolved to the next mapped span a few lines on.
 */
export function sourceOfFunction(map: BundleMap, line: number, column: number, lookahead = 4): string | undefined {
  const direct = sourceAt(map, line, column)
  if (direct !== undefined) return direct
  for (let next = line; next <= line + lookahead; next++) {
    const segment = (map.lines[next] ?? []).find((candidate) => (next > line || candidate.column >= column) && candidate.source >= 0)
    if (segment) return map.sources[segment.source]
  }
  return undefined
}

const MODULE_HEADER = /^\/\*\*\*\/ \d+:$/

/**
 * Packages whose code lies in the webpack module that starts at `line` (the wrapper line after
 * a `/***\/ 1234:` header), largest first; undefined when `line` starts no module. ncc merges
 * ESM packages into one such module, whose top-level code then runs as a single function.
 */
export function packagesOfModuleAt(map: BundleMap, generatedLines: readonly string[], line: number): string[] | undefined {
  if (!MODULE_HEADER.test(generatedLines[line - 1] ?? '')) return undefined
  const counts = new Map<string, number>()
  for (let next = line; next < generatedLines.length && !MODULE_HEADER.test(generatedLines[next] ?? ''); next++) {
    for (const segment of map.lines[next] ?? []) {
      if (segment.source < 0) continue
      const name = packageOf(map.sources[segment.source])
      if (!name.startsWith('(webpack')) counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name)
}
