/**
 * The only module that talks to the Actions runner. Everything else receives these functions,
 * so it can run and be tested without a runner.
 */
import * as core from '@actions/core'
import type { InputName } from './inputs.js'

export interface Runner {
  getInput(name: InputName): string
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  info(message: string): void
  warning(message: string): void
  /** An error annotation that does not by itself fail the step. */
  error(message: string): void
  debug(message: string): void
  writeSummary(markdown: string): Promise<void>
  getIdToken(audience: string): Promise<string>
  /** Whether the job may request a GitHub ID token (`permissions: id-token: write`). */
  idTokenAvailable: boolean
}

export function actionsRunner(): Runner {
  return {
    getInput: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    debug: (message) => core.debug(message),
    writeSummary: async (markdown) => {
      if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown, true).write()
    },
    getIdToken: (audience) => core.getIDToken(audience),
    idTokenAvailable: Boolean(process.env['ACTIONS_ID_TOKEN_REQUEST_URL']),
  }
}
