/**
 * The import graph of src/, emulator/ and scripts/ (type-only imports included: they still tie
 * one module's shape to another's): no circles, the emulator shares nothing with src/ (it is the
 * independent witness), and nothing outside __tests__/ imports from it (the demo and the bench
 * take their certificates from scripts/lib/openssl.ts, which the tests use too).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'
import { sourceFiles } from '../helpers/source-files.js'

const ROOTS = ['src', 'emulator', 'scripts']
/** Code the bundle or the emulator runs: TypeScript and ES modules, declaration files left out. */
const isCode = (name: string): boolean => /\.(ts|mts|mjs)$/.test(name) && !name.endsWith('.d.ts')

/**
 * Specifiers of static imports, re-exports and import() calls. Comment lines are left out; the
 * code base writes no semicolons, so an import statement is `import`/`export` at the start of a
 * line, then no quote until `from '…'`.
 */
function importSpecifiers(text: string): string[] {
  const code = text.replace(/^\s*(?:\/\/|\/\*|\*).*$/gm, '')
  const statement = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gm
  return [...code.matchAll(statement)].map((match) => (match[1] ?? match[2] ?? match[3])!)
}

/** Relative specifiers only: this repository's own modules. */
function specifiers(text: string): string[] {
  return importSpecifiers(text).filter((specifier) => specifier.startsWith('.'))
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

/** Groups of files that import each other, directly or around a circle (Tarjan's strongly connected components). */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (file: string): void => {
    index.set(file, index.size)
    low.set(file, index.get(file)!)
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!))
      }
    }
    if (low.get(file) !== index.get(file)) return
    const group = stack.splice(stack.indexOf(file))
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(group.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

/** 'node-forge/lib/rc2.js' → 'node-forge', '@azure/identity' → itself, 'node:fs' → itself. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

const graph = importGraph(ROOTS.flatMap((root) => sourceFiles(root, isCode)))
const importsOf = (prefix: string): [string, string][] =>
  [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([file, targets]) => targets.map((target): [string, string] => [file, target]))

describe('module structure', () => {
  it('reads the import graph', () => {
    expect(graph.get('emulator/index.ts')).toContain('emulator/control.ts')
    expect(graph.get('src/main.ts')?.length).toBeGreaterThan(3)
  })

  it('has no import circles', () => {
    expect(circles(graph).map((group) => group.join(' ⇄ '))).toEqual([])
  })

  it('keeps the emulator and src/ apart', () => {
    expect(importsOf('emulator/').filter(([, target]) => target.startsWith('src/'))).toEqual([])
    expect(importsOf('src/').filter(([, target]) => target.startsWith('emulator/'))).toEqual([])
  })

  it('imports nothing from __tests__/ outside the tests', () => {
    expect([...graph.values()].flat().filter((target) => target.startsWith('__tests__/'))).toEqual([])
  })
})

describe('what src/ may bring into dist/', () => {
  it('imports only runtime dependencies (type-only imports aside): dev-only libraries add no bytes', () => {
    const { dependencies } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const packages = sourceFiles('src', isCode).flatMap((file) => {
      // `import type` is erased by the compiler: it brings no bytes, whatever package it names.
      const code = readFileSync(join(REPO_ROOT, file), 'utf8').replace(/^\s*import\s+type\b[^'"]*?\bfrom\s*['"][^'"]+['"]/gm, '')
      const bare = importSpecifiers(code).filter((specifier) => !specifier.startsWith('.'))
      return bare.map((specifier) => ({ file, name: packageName(specifier) }))
    })
    expect(packages.length).toBeGreaterThan(3)
    expect(packages.filter(({ name }) => !name.startsWith('node:') && !(name in dependencies))).toEqual([])
  })
})

describe('the circle finder', () => {
  it('finds circles, a file importing itself included, and none in a tree', () => {
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']], ['e', ['e']]]))).toEqual([['a', 'b', 'c'], ['e']])
    expect(circles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([])
  })

  it('reads type-only, re-export and dynamic imports', () => {
    const text = "import type { A } from './a.js'\nexport { b } from './b.js'\nconst c = await import('./c.js')\nimport './d.js'\n// import x from './e.js'\n * import('./f.js')\nimport {\n  g,\n} from 'node:fs'\nconst h = `from '${x}'`\n"
    expect(importSpecifiers(text)).toEqual(['./a.js', './b.js', './c.js', './d.js', 'node:fs'])
    expect(specifiers(text)).toEqual(['./a.js', './b.js', './c.js', './d.js'])
  })
})
