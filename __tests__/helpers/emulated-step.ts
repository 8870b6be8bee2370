/** Runs the bundled action against a running emulator, signed in with the emulator's default client. */
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { removeTempDirs } from './openssl.js'
import { runStep, type StepRun, type RunOptions } from '../../scripts/lib/run-step.js'

export function connectionInputs(emulator: Emulator): Record<string, string> {
  return {
    'tenant-id': emulator.tenantId,
    'client-id': emulator.client.clientId,
    'graph-endpoint': emulator.url,
    'authority-host': emulator.url,
  }
}

export function secretAuthInputs(emulator: Emulator): Record<string, string> {
  return { ...connectionInputs(emulator), auth: 'client-secret', 'client-secret': emulator.client.clientSecret }
}

/** Environment a step needs to trust the emulator; OIDC variables only when asked. */
export function emulatorEnv(emulator: Emulator, options: { oidc?: boolean } = {}): Record<string, string> {
  return {
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    ...(options.oidc
      ? { ACTIONS_ID_TOKEN_REQUEST_URL: emulator.github.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.github.requestToken }
      : {}),
  }
}

/** A step with client-secret auth; `inputs` override anything. */
export function step(emulator: Emulator, inputs: Record<string, string>, options: RunOptions = {}): Promise<StepRun> {
  return runStep({ ...secretAuthInputs(emulator), ...inputs }, { ...options, env: { ...emulatorEnv(emulator), ...options.env } })
}

/**
 * One emulator per suite: started before the suite (`onStart` receives it, e.g. to register
 * clients), reset before each test, closed after, with the suite's openssl temp files removed.
 */
export function useEmulator(onStart: (emulator: Emulator) => void): void {
  let started: Emulator | undefined
  beforeAll(async () => {
    started = await startEmulator()
    onStart(started)
  })
  beforeEach(() => started?.reset())
  afterAll(async () => {
    await started?.close()
    removeTempDirs()
  })
}
