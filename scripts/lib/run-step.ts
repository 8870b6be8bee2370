/**
 * Runs the bundled action as the runner would: `node dist/index.js` with INPUT_* variables
 * (action.yml defaults applied, as only the runner does), empty file-command files, and a clean
 * environment. Returns what a workflow would see: exit code, outputs, summary, log lines.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readActionMetadata } from './action-metadata.js'
import { assertFreshBundle } from './dist-stamp.js'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js')

export interface StepRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Messages of `::error::` lines. */
  errors: string[]
  warnings: string[]
  /** Values registered with `::add-mask::`. */
  masked: string[]
  /** Every line of stdout and stderr that is not an `::add-mask::` command: where a leak would show. */
  visibleLines: string[]
  /** Text of the file named by the `report` output (audit, apply), read before RUNNER_TEMP is removed. */
  reportText: string | undefined
}

export interface RunOptions {
  /** Inputs that win over both the defaults and the given inputs (the demo points the action at the emulator). */
  overrides?: Record<string, string>
  /** Extra environment (NODE_EXTRA_CA_CERTS, ACTIONS_ID_TOKEN_REQUEST_URL, PATH, …). */
  env?: Record<string, string | undefined>
  timeoutMs?: number
}

export function actionDefaults(): Record<string, string> {
  const { inputs } = readActionMetadata(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  return Object.fromEntries(inputs.flatMap((input) => (input.default === undefined ? [] : [[input.name, input.default]])))
}

/** A step ready to start: what to spawn, where its file commands land, and how to clean up. */
export interface PreparedStep {
  command: string
  args: string[]
  env: Record<string, string>
  outputFile: string
  summaryFile: string
  dispose(): void
}

let bundleChecked = false

/** The environment the runner gives a step; the bench spawns it under its own probes, runStep directly. */
export function prepareStep(inputs: Record<string, string>, options: RunOptions = {}): PreparedStep {
  // Once per process: running a bundle older than src/ would test code that is not there any more.
  if (!bundleChecked) assertFreshBundle()
  bundleChecked = true
  const dir = mkdtempSync(join(tmpdir(), 'b2c-keys-run-'))
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'].map((name) => {
      const path = join(dir, name.toLowerCase())
      writeFileSync(path, '')
      return [name, path]
    }),
  )
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    ...files,
  }
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs, ...options.overrides })) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return {
    command: process.execPath,
    args: [ACTION_ENTRY],
    env,
    outputFile: files['GITHUB_OUTPUT']!,
    summaryFile: files['GITHUB_STEP_SUMMARY']!,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export async function runStep(inputs: Record<string, string>, options: RunOptions = {}): Promise<StepRun> {
  const step = prepareStep(inputs, options)
  const child = spawn(step.command, step.args, { env: step.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000)
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timeout)

  const outputs = readOutputs(step.outputFile)
  const summary = readFileSync(step.summaryFile, 'utf8')
  const reportText = outputs['report'] && existsSync(outputs['report']) ? readFileSync(outputs['report'], 'utf8') : undefined
  step.dispose()

  const lines = `${stdout}\n${stderr}`.split(/\r?\n/)
  const commands = (name: string) => lines.filter((line) => line.startsWith(`::${name}`)).map((line) => unescape(line.replace(/^::[^:]*::/, '')))
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    errors: commands('error'),
    warnings: commands('warning'),
    masked: commands('add-mask'),
    visibleLines: lines.filter((line) => !line.startsWith('::add-mask::')),
    reportText,
  }
}

/** The outputs a step wrote to its GITHUB_OUTPUT file. */
export function readOutputs(outputFile: string): Record<string, string> {
  return parseFileCommand(readFileSync(outputFile, 'utf8'))
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm
  for (const match of text.matchAll(block)) values[match[1]!] = match[3]!
  return values
}

/** Workflow-command escaping (%25, %0D, %0A) undone. */
function unescape(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
