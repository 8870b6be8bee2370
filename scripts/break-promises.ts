/**
 * `npm run break-promises [-- --only <n>[,<n>…]] [-- --all-tests]`: breaks each promised behaviour
 * (scripts/lib/promised-breaks.ts) on purpose in a temporary copy of the repository, rebuilds
 * dist/ as `npm test` does, runs the tests, and reports whether they caught it. Exits non-zero
 * when a break was not caught or no longer applies. Not in CI: each break costs a build and a
 * test run, about 20 minutes in all on 2 cores.
 *
 * By default it runs the unit and crypto suites, plus the e2e suites for e2e breaks; --all-tests
 * runs everything `npm test` runs. First it runs them without a break: a break is caught only
 * when a test that passes then fails with it.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { PROMISED_BREAKS, type PromisedBreak } from './lib/promised-breaks.js'
import { REPO_ROOT } from './lib/run-step.js'

/** A test run: the full names of the tests that failed, or why there was no run. */
type Run = { failed: Set<string> } | { problem: string }
const STALE = { problem: 'stale: its find text does not occur exactly once' }
const NOT_COMPILING = { problem: 'does not compile, so it proves nothing' }

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

interface JestReport {
  testResults: { message: string; assertionResults: { fullName: string; status: string }[] }[]
}

/** Runs the suites in a copy with the break applied (none: the baseline). */
function testRun(promised: PromisedBreak | undefined, allTests: boolean): Run {
  const copy = copyRepository()
  try {
    if (promised && !applyBreak(copy, promised)) return STALE
    // As `npm test` does: the bundle (and its stamp, which a unit test checks) is built from the broken src/.
    if (run(copy, 'npm', ['run', 'build']).status !== 0) return NOT_COMPILING
    const e2e = promised === undefined || promised.e2e
    const suites = allTests ? [] : e2e ? [...PURE_SUITES, ...E2E_SUITES] : PURE_SUITES
    const results = join(copy, 'jest-results.json')
    run(copy, process.execPath, [join('node_modules', 'jest', 'bin', 'jest.js'), '--maxWorkers=1', '--ci', '--json', `--outputFile=${results}`, ...suites])
    if (!existsSync(results)) return { problem: 'jest did not report (it crashed before running the suites)' }
    const report = JSON.parse(readFileSync(results, 'utf8')) as JestReport
    // ts-jest reports type errors as a failed suite: a break that does not compile proves nothing.
    if (report.testResults.some((suite) => /error TS\d+/.test(suite.message))) return NOT_COMPILING
    const failed = report.testResults.flatMap((suite) => suite.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName))
    return { failed: new Set(failed) }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

/** Caught: a test that passes without the break fails with it. */
function verdict(broken: Run, baseline: Set<string>): { caught: boolean; text: string } {
  if ('problem' in broken) return { caught: false, text: broken.problem }
  const newly = [...broken.failed].filter((name) => !baseline.has(name))
  return newly.length === 0 ? { caught: false, text: 'NOT CAUGHT' } : { caught: true, text: `caught by ${newly.length} test(s), e.g. "${newly[0]}"` }
}

function main(): void {
  const { only, allTests } = parseArguments(process.argv.slice(2))
  const baseline = testRun(undefined, allTests)
  if ('problem' in baseline) {
    console.log(`Without any break the suites do not run: ${baseline.problem}.`)
    process.exitCode = 2
    return
  }
  // Tests that already fail cannot catch anything; they are named so that they get fixed.
  for (const name of baseline.failed) console.log(`Fails without any break (not counted): ${name}`)
  let missed = 0
  PROMISED_BREAKS.forEach((promised, index) => {
    const number = index + 1
    if (only && !only.has(number)) return
    const started = Date.now()
    const result = verdict(testRun(promised, allTests), baseline.failed)
    if (!result.caught) missed++
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(`${String(number).padStart(2)}. ${promised.promise} (${promised.file}): ${result.text}, ${seconds} s`)
  })
  console.log(missed === 0 ? 'Every break was caught.' : `${missed} break(s) not caught or not applicable.`)
  process.exitCode = missed === 0 ? 0 : 1
}

main()
