/**
 * The bundled action as a runner starts it, for timing: the same environment run-step.ts builds
 * (INPUT_* with action.yml defaults, empty file-command files), but handed back as a command so
 * the bench can spawn it under its own clock and memory probe.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { REPO_ROOT, actionDefaults } from './run-step.js'

export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js')

export interface ActionCommand {
  command: string
  args: string[]
  env: Record<string, string>
  /** The GITHUB_OUTPUT file, to check what the run did. */
  outputFile: string
  dispose(): void
}

const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH']

/** Inputs that sign in with the emulator's default client and its secret, as emulated-step.ts does. */
export function clientSecretInputs(emulator: Emulator): Record<string, string> {
  return {
    auth: 'client-secret',
    'tenant-id': emulator.tenantId,
    'client-id': emulator.client.clientId,
    'client-secret': emulator.client.clientSecret,
    'graph-endpoint': emulator.url,
    'authority-host': emulator.url,
  }
}

export function actionCommand(inputs: Record<string, string>, extraEnv: Record<string, string>): ActionCommand {
  const dir = mkdtempSync(join(tmpdir(), 'b2c-keys-bench-step-'))
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
  }
  for (const name of FILE_COMMANDS) {
    env[name] = join(dir, name.toLowerCase())
    writeFileSync(env[name], '')
  }
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value
  return {
    command: process.execPath,
    args: [ACTION_ENTRY],
    env: { ...env, ...extraEnv },
    outputFile: join(dir, 'github_output'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** `action-taken` from a GITHUB_OUTPUT file (`name<<DELIMITER` blocks, as @actions/core writes them). */
export function actionTaken(outputFile: string): string | undefined {
  return /^action-taken<<(\S+)\n([\s\S]*?)\n\1$/m.exec(readFileSync(outputFile, 'utf8'))?.[2]
}
