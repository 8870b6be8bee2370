/**
 * The only module that talks to the Actions runner. Everything else receives these functions,
 * so it can run and be tested without a runner.
 */
import * as core from '@actions/core'
import type { IdTokenEndpoint } from './auth/github-id-token.js'
import type { InputName } from './inputs.js'
import { registerSecret, safeLine, safeMarkdown } from './log-safety.js'

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
  /** Where to request a GitHub ID token, when the job may (`permissions: id-token: write`). */
  idTokenEndpoint: IdTokenEndpoint | undefined
  /** Whether the job may request a GitHub ID token. */
  idTokenAvailable: boolean
}

/**
 * Everything written goes through log-safety: secrets redacted, line breaks neutralised, so
 * nothing a service or an input says can start a workflow command or show a secret.
 */
export function actionsRunner(): Runner {
  const idTokenEndpoint = idTokenEndpointOf(process.env)
  return {
    getInput: (name) => core.getInput(name),
    setSecret: (value) => {
      registerSecret(value)
      core.setSecret(value)
    },
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(safeLine(message)),
    info: (message) => core.info(safeLine(message)),
    warning: (message) => core.warning(safeLine(message)),
    error: (message) => core.error(safeLine(message)),
    debug: (message) => core.debug(safeLine(message)),
    writeSummary: async (markdown) => {
      if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(safeMarkdown(markdown), true).write()
    },
    idTokenEndpoint,
    idTokenAvailable: idTokenEndpoint !== undefined,
  }
}

/** Both variables are needed: the URL alone does not let the job ask for a token. */
function idTokenEndpointOf(environment: NodeJS.ProcessEnv): IdTokenEndpoint | undefined {
  const url = environment['ACTIONS_ID_TOKEN_REQUEST_URL']
  const requestToken = environment['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  return url && requestToken ? { url, requestToken } : undefined
}
