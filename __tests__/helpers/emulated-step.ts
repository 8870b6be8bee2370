/** Runs the bundled action against a running emulator, signed in with the emulator's default client. */
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals'
import { startEmulator, type Emulator, type RecordedRequest } from '../../emulator/index.js'
import { emulatorEnv, secretAuthInputs } from '../../scripts/lib/emulator-inputs.js'
import { runStep, type StepRun, type RunOptions } from '../../scripts/lib/run-step.js'
import { removeTempDirs } from './openssl.js'

export { connectionInputs, emulatorEnv, secretAuthInputs } from '../../scripts/lib/emulator-inputs.js'

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

/** Exit 0, no `::error::`, nothing on stderr. */
export function expectSuccess(run: StepRun): void {
  expect({ exitCode: run.exitCode, errors: run.errors, stderr: run.stderr }).toEqual({ exitCode: 0, errors: [], stderr: '' })
}

/** A Graph request that may change something: not a GET, nor a JSON batch of GETs (the target lookup). */
export function isGraphWrite(request: RecordedRequest): boolean {
  return request.service === 'graph' && request.method !== 'GET' && !request.batched?.every((part) => part.method === 'GET')
}
