/**
 * The import graph of src/, emulator/ and scripts/ (type-only imports included: they still tie
 * one module's shape to another's): no circles, the emulator shares nothing with src/ (it is the
 * independent witness).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'

const ROOTS = ['src', 'emulator', 'scripts']

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Relative specifiers of static imports, re-exports and import() calls, comments left out. */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[^]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!)
}

/** `./x.js` → the repository path of x.ts (or x.mjs, or x itself). */
function resolveImport(from: string, specifier: string): string {
  const base = relative(REPO_ROOT, join(REPO_ROOT, dirname(from), specifier)).split('\\').join('/')
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base]
  return candidates.find((candidate) => existsSync(join(REPO_ROOT, candidate))) ?? base
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(files.map((file) => [file, specifiers(readFileSync(join(REPO_ROOT, file), 'utf8')).map((spec) => resolveImport(file, spec))]))
}

/** Every circle, as the list of files around it (each found once, from its smallest file). */
function circles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>()
  const walk = (path: string[]): void => {
    for (const next of graph.get(path.at(-1)!) ?? []) {
      const at = path.indexOf(next)
      if (at >= 0) {
        const circle = path.slice(at)
        const start = circle.indexOf([...circle].sort()[0]!)
        const rotated = [...circle.slice(start), ...circle.slice(0, start)]
        found.set(rotated.join(' → '), rotated)
      } else if (path.length < 40) walk([...path, next])
    }
  }
  const visited = new Set<string>()
  for (const file of graph.keys()) {
    if (visited.has(file)) continue
    const reachable = [file]
    for (let i = 0; i < reachable.length; i++) for (const next of graph.get(reachable[i]!) ?? []) if (!reachable.includes(next)) reachable.push(next)
    reachable.forEach((each) => visited.add(each))
    walk([file])
  }
  return [...found.values()]
}

const graph = importGraph(ROOTS.flatMap(sourceFiles))
const importsOf = (prefix: string): [string, string][] =>
  [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([file, targets]) => targets.map((target): [string, string] => [file, target]))

describe('module structure', () => {
  it('reads the import graph', () => {
    expect(graph.get('emulator/index.ts')).toContain('emulator/control.ts')
    expect(graph.get('src/main.ts')?.length).toBeGreaterThan(3)
  })

  it('has no import circles', () => {
    expect(circles(graph).map((circle) => [...circle, circle[0]].join(' → '))).toEqual([])
  })

  it('keeps the emulator and src/ apart', () => {
    expect(importsOf('emulator/').filter(([, target]) => target.startsWith('src/'))).toEqual([])
    expect(importsOf('src/').filter(([, target]) => target.startsWith('emulator/'))).toEqual([])
  })
})

describe('the circle finder', () => {
  it('finds a circle through type-only imports, and none in a tree', () => {
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']])
    expect(circles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([])
  })

  it('reads type-only, re-export and dynamic imports', () => {
    expect(specifiers("import type { A } from './a.js'\nexport { b } from './b.js'\nconst c = await import('./c.js')\nimport './d.js'\n// import x from './e.js'")).toEqual(['./a.js', './b.js', './c.js', './d.js'])
  })
})
