/**
 * Which direct dependency of package.json brought each bundled package in, by walking
 * node_modules the way Node resolves packages. The bundle's source map names packages; this
 * names whom to blame for them (undici, for one, is there because of @actions/core).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

interface Manifest {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
}

/** Node's lookup: the nearest node_modules/<name> from `fromDir` upwards. */
function resolvePackageDir(fromDir: string, name: string, root: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dir === root || dir === dirname(dir)) return undefined
  }
}

/** Every package name reachable from `name` (itself included), through dependencies. */
function closure(root: string, name: string): Set<string> {
  const seen = new Set<string>()
  const visitedDirs = new Set<string>()
  const queue: { from: string; name: string }[] = [{ from: root, name }]
  for (let item = queue.shift(); item; item = queue.shift()) {
    const dir = resolvePackageDir(item.from, item.name, root)
    if (!dir || visitedDirs.has(dir)) continue
    visitedDirs.add(dir)
    seen.add(item.name)
    const manifest = readManifest(dir)
    // Peers count when installed (debug's optional supports-color is bundled): missing ones resolve to nothing.
    const names = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies })
    for (const dependency of names) queue.push({ from: dir, name: dependency })
  }
  return seen
}

export function directDependencies(root: string): string[] {
  return Object.keys(readManifest(root).dependencies ?? {})
}

/**
 * Package name → which of `directs` hold it in their dependency tree. Pass only what src/ imports:
 * a dependency src/ never imports is not in the bundle and brought nothing into it.
 */
export function ownersOfPackages(root: string, directs: readonly string[]): Map<string, string[]> {
  const owners = new Map<string, string[]>()
  for (const direct of directs) {
    for (const name of closure(root, direct)) owners.set(name, [...(owners.get(name) ?? []), direct])
  }
  return owners
}
