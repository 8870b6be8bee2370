/**
 * What a leak looks like in a step's output, for the secret sweeps and the command-injection
 * tests: a secret anywhere a person could read it, or a line the runner would take as a command.
 */
import { expect } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import type { StepRun } from '../../scripts/lib/run-step.js'

/** Every debug switch a runner or a library reads: the runner's, the Azure SDK's, Node's own HTTP/TLS, and `debug`'s. */
export const DEBUG_ENV = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', AZURE_LOG_LEVEL: 'verbose', NODE_DEBUG: 'http,https,net,tls', DEBUG: '*' }

/** The long lines of a PEM body: what a leak of a key would look like in a log. */
export function pemBodyLines(pem: string): string[] {
  return pem.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----'))
}

/** The credentials of every Authorization header the emulator received (Bearer and GitHub's `token`). */
export function credentialsSent(emulator: Emulator): string[] {
  return emulator.requests.flatMap((request) => {
    const value = request.headers['authorization']
    return typeof value === 'string' && value.includes(' ') ? [value.slice(value.indexOf(' ') + 1)] : []
  })
}

/** None of `secrets` in the log lines (stdout and stderr), outputs, summary or report file. */
export function expectNowhere(run: StepRun, secrets: string[]): void {
  const readable = [...run.visibleLines, ...Object.values(run.outputs), run.summary, run.reportText ?? '']
  for (const secret of secrets) {
    const leaks = readable.filter((text) => text.includes(secret))
    expect({ secret: `${secret.slice(0, 6)}…`, leaks }).toEqual({ secret: `${secret.slice(0, 6)}…`, leaks: [] })
  }
}

const INJECTED = /^::(set-output|error|warning|add-mask|stop-commands|notice|debug)::pwned/

/** No line a runner would read as a command came from text carrying `::…::pwned`, and nothing was masked on its say. */
export function expectNoInjectedCommand(run: StepRun): void {
  expect(run.visibleLines.filter((line) => INJECTED.test(line) || line.startsWith('::set-output'))).toEqual([])
  expect(run.masked.filter((value) => value.includes('pwned'))).toEqual([])
}
