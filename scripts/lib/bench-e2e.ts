/**
 * Sections 2 and 4: one step end to end, upload-secret into an existing keyset, as four commands
 * sending the same write to the same emulator, alternated round by round.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../../emulator/index.js'
import { secretAuthInputs } from './emulator-inputs.js'
import { prepareStep, readOutputs } from './run-step.js'
import type { Contender } from './bench-alternate.js'
import { measure, type ProcessRun, type RssMethod } from './bench-process.js'

export type ContenderKey = 'action' | 'floor' | 'floorToken' | 'az'

export const LABELS: Record<ContenderKey, string> = {
  action: 'the action: `node dist/index.js`',
  floor: 'floor: bench-floor.mjs, ready token',
  floorToken: 'floor + token request (for reference)',
  az: '`az rest`, ready token',
}

export interface StepSample {
  wallMs: number
  peakRssKiB: number | undefined
  /** The requests the emulator received during the run: service, and ms after spawn. */
  requests: { service: string; afterMs: number }[]
}

const KEYSET = 'B2C_1A_Bench'
const FLOOR_SCRIPT = fileURLToPath(new URL('./bench-floor.mjs', import.meta.url))

/** The keyset exists before the first run, as it does for every run of a pipeline but its first. */
function ensureKeyset(emulator: Emulator): void {
  if (!emulator.keysets.has(KEYSET)) emulator.keysets.set(KEYSET, { id: KEYSET, keys: [] })
}

/** The body the action sends for upload-secret with use sig, not-before now and no expiry. */
function uploadBody(): string {
  return JSON.stringify({ use: 'sig', k: 'bench-secret', nbf: Math.floor(Date.now() / 1000) })
}

async function sample(emulator: Emulator, run: () => Promise<ProcessRun>, failure: (run: ProcessRun) => string | undefined): Promise<StepSample> {
  const before = emulator.requests.length
  const result = await run()
  const problem = failure(result)
  if (problem) throw new Error(`${problem}\n${result.stdout}\n${result.stderr}`)
  const requests = emulator.requests
    .slice(before)
    .filter((request) => request.service !== 'control')
    .map((request) => ({ service: request.service, afterMs: request.at.getTime() - result.spawnedAt }))
  return { wallMs: result.wallMs, peakRssKiB: result.peakRssKiB, requests }
}

const exitedZero = (what: string) => (run: ProcessRun): string | undefined =>
  run.exitCode === 0 ? undefined : `${what} exited with ${run.exitCode}`

export interface EndToEnd {
  contenders: Contender<StepSample>[]
  dispose(): void
}

export function endToEndContenders(emulator: Emulator, rss: RssMethod, withAz: boolean): EndToEnd {
  ensureKeyset(emulator)
  const token = emulator.issueAccessToken()
  const uri = `${emulator.url}/beta/trustFramework/keySets/${KEYSET}/uploadSecret`
  const baseEnv = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NODE_EXTRA_CA_CERTS: emulator.caFile }
  // az keeps its config and command index here, not in the user's ~/.azure; telemetry off so no
  // upload process outlives a run and competes with the next one (this only makes az faster).
  const azConfig = mkdtempSync(join(tmpdir(), 'b2c-keys-bench-az-'))

  const action: Contender<StepSample> = {
    key: 'action',
    run: async () => {
      const step = prepareStep({ ...secretAuthInputs(emulator), operation: 'upload-secret', keyset: KEYSET, secret: 'bench-secret' }, { env: { NODE_EXTRA_CA_CERTS: emulator.caFile } })
      try {
        return await sample(emulator, () => measure(step.command, step.args, { env: step.env, rss }), (run) =>
          run.exitCode !== 0 ? `the action exited with ${run.exitCode}` : readOutputs(step.outputFile)['action-taken'] === 'uploaded' ? undefined : 'the action did not upload',
        )
      } finally {
        step.dispose()
      }
    },
  }
  const floor = (key: ContenderKey, extraEnv: Record<string, string>): Contender<StepSample> => ({
    key,
    run: () =>
      sample(emulator, () => measure(process.execPath, [FLOOR_SCRIPT], { env: { ...baseEnv, BENCH_URL: uri, BENCH_BODY: uploadBody(), ...extraEnv }, rss }), exitedZero(key)),
  })
  const az: Contender<StepSample> = {
    key: 'az',
    run: () =>
      sample(
        emulator,
        () =>
          measure(
            'az',
            ['rest', '--method', 'post', '--uri', uri, '--body', uploadBody(), '--skip-authorization-header', '--headers', `Authorization=Bearer ${token}`, 'Content-Type=application/json'],
            {
              env: { PATH: baseEnv.PATH, HOME: process.env['HOME'] ?? azConfig, REQUESTS_CA_BUNDLE: emulator.caFile, AZURE_CONFIG_DIR: azConfig, AZURE_CORE_COLLECT_TELEMETRY: 'false' },
              rss,
            },
          ),
        exitedZero('az rest'),
      ),
  }
  const contenders = [
    action,
    floor('floor', { BENCH_TOKEN: token }),
    floor('floorToken', {
      BENCH_TOKEN_URL: `${emulator.url}/${emulator.tenantId}/oauth2/v2.0/token`,
      BENCH_CLIENT_ID: emulator.client.clientId,
      BENCH_CLIENT_SECRET: emulator.client.clientSecret,
      BENCH_SCOPE: `${emulator.url}/.default`,
    }),
    ...(withAz ? [az] : []),
  ]
  return { contenders, dispose: () => rmSync(azConfig, { recursive: true, force: true }) }
}
