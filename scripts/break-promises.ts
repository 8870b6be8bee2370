/**
 * `npm run break-promises [-- --only <n>[,<n>…]] [-- --all-tests]`: breaks each promised behaviour
 * (scripts/lib/promised-breaks.ts) on purpose in a temporary copy of the repository, rebuilds
 * dist/ when the break is one only the bundle shows, runs the tests, and reports whether they
 * caught it. Exits non-zero when a break was not caught or no longer applies. Not in CI: each
 * break costs a test run (and a build for the e2e ones), several minutes in all.
 *
 * By default it runs the unit and crypto suites, plus the e2e suites for e2e breaks; --all-tests
 * runs everything `npm test` runs. First it runs them without a break: they must pass, or a
 * "caught" would mean nothing.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { PROMISED_BREAKS, type PromisedBreak } from './lib/promised-breaks.js'
import { REPO_ROOT } from './lib/run-step.js'

type Verdict = { caught: boolean; text: string }
const STALE: Verdict = { caught: false, text: 'stale: its find text does not occur exactly once' }
const NOT_COMPILING: Verdict = { caught: false, text: 'does not compile, so it proves nothing' }
const NOT_CAUGHT: Verdict = { caught: false, text: 'NOT CAUGHT' }

const PURE_SUITES = ['__tests__/unit', '__tests__/crypto']
const E2E_SUITES = ['__tests__/e2e']
// What the copy leaves out: big, generated, or not read by the tests.
const NOT_COPIED = new Set(['node_modules', '.git', 'reports', 'dist', 'coverage', '.emulator'])

function parseArguments(argv: string[]): { only: Set<number> | undefined; allTests: boolean } {
  const at = argv.indexOf('--only')
  const only = at < 0 ? undefined : new Set((argv[at + 1] ?? '').split(',').map(Number))
  return { only, allTests: argv.includes('--all-tests') }
}

function copyRepository(): string {
  const copy = mkdtempSync(join(tmpdir(), 'break-promises-'))
  cpSync(REPO_ROOT, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(relative(REPO_ROOT, source).split(/[\\/]/)[0] ?? '') })
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
  return copy
}

function applyBreak(copy: string, promised: PromisedBreak): boolean {
  const path = join(copy, promised.file)
  const source = readFileSync(path, 'utf8')
  if (source.split(promised.find).length !== 2) return false
  writeFileSync(path, source.replace(promised.find, promised.replace))
  return true
}

function run(copy: string, command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' } })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** Runs the suites in a copy with the break applied (none: the baseline, which must pass). */
function judge(promised: PromisedBreak | undefined, allTests: boolean): Verdict {
  const copy = copyRepository()
  try {
    if (promised && !applyBreak(copy, promised)) return STALE
    const e2e = promised === undefined || promised.e2e
    if (e2e || allTests) {
      const build = run(copy, 'npm', ['run', 'build'])
      if (build.status !== 0) return NOT_COMPILING
    }
    const suites = allTests ? [] : e2e ? [...PURE_SUITES, ...E2E_SUITES] : PURE_SUITES
    const tests = run(copy, process.execPath, [join('node_modules', 'jest', 'bin', 'jest.js'), '--maxWorkers=1', '--ci', ...suites])
    // ts-jest reports type errors as failures: a break that does not compile proves nothing.
    if (/error TS\d+/.test(tests.output)) return NOT_COMPILING
    if (tests.status === 0) return NOT_CAUGHT
    const firstFailure = /^\s*● (.+)$/m.exec(tests.output)?.[1] ?? '(no test named)'
    return { caught: true, text: `caught by "${firstFailure}"` }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

function main(): void {
  const { only, allTests } = parseArguments(process.argv.slice(2))
  const baseline = judge(undefined, allTests)
  if (baseline !== NOT_CAUGHT) {
    console.log(`Without any break the suites do not pass (${baseline.text}): fix that first.`)
    process.exitCode = 2
    return
  }
  let missed = 0
  PROMISED_BREAKS.forEach((promised, index) => {
    const number = index + 1
    if (only && !only.has(number)) return
    const started = Date.now()
    const verdict = judge(promised, allTests)
    if (!verdict.caught) missed++
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(`${String(number).padStart(2)}. ${promised.promise} (${promised.file}): ${verdict.text}, ${seconds} s`)
  })
  console.log(missed === 0 ? 'Every break was caught.' : `${missed} break(s) not caught or not applicable.`)
  process.exitCode = missed === 0 ? 0 : 1
}

main()
