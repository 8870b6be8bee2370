/**
 * Section 1: requests per operation, counted by the emulator, next to the fewest the API allows.
 * Counts do not vary between runs of the same scenario, so each scenario runs once, from a reset
 * emulator, after its setup steps (whose requests are not counted).
 */
import { randomUUID } from 'node:crypto'
import type { Emulator } from '../../emulator/index.js'
import { certDerBase64, makeSelfSignedCert } from './openssl.js'
import { secretAuthInputs } from './emulator-inputs.js'
import { prepareStep, readOutputs } from './run-step.js'
import { markdownTable } from './bench-markdown.js'
import { measure } from './bench-process.js'

type Inputs = Record<string, string>

interface Scenario {
  operation: string
  situation: string
  /** The fewest Graph requests that can do it (see the footnotes for the marked ones). */
  minimum: number
  mark?: string
  /** Steps run first; their requests are not counted. */
  setup?: Inputs[]
  /** Built after the setup, which may register what the measured step needs. */
  inputs(emulator: Emulator): Inputs
  expect: string
}

export interface RequestCount {
  scenario: Scenario
  /** undefined: not measured (operation not built into dist/ yet, or the run failed). */
  graph?: number
  token?: number
  metadata?: number
  /** Why there are no counts. */
  problem?: string
  notBuilt?: boolean
}

const keyset = (name: string, more: Inputs = {}): Inputs => ({ keyset: name, ...more })
const secret = (name: string, more: Inputs = {}): Inputs => ({ operation: 'upload-secret', secret: 'bench-secret', ...keyset(name, more) })
const generate = (name: string, more: Inputs = {}): Inputs => ({ operation: 'generate-key', ...keyset(name, more) })
const create = (name: string): Inputs => ({ operation: 'create-keyset', ...keyset(name) })

export const FOOTNOTES = [
  '† Into a missing keyset: 2 (create, write) only for a caller who already knows the keyset is missing. ' +
    'Not knowing, the choice is between write-first (1 request when the keyset exists, 3 when it is missing: ' +
    'write → "no such keyset", create, write) and create-first (always 2). Every run after the first finds the keyset, ' +
    'so write-first is the cheaper strategy over a keyset\'s life, and its cost for the one missing case, 3, is the minimum counted here.',
  '‡ add-key: Graph adds a certificate with 1 request (addKey); reading the target\'s keyCredentials once more is needed ' +
    'to report `previous-kid` (the keyId of the certificate that signed the proof, which addKey does not return). ' +
    'remove-key: removeKey is 1 request; the read is what lets the action skip a keyId that is already gone and refuse to ' +
    'remove the proof certificate or the last valid one. So 2 each.',
  '§ MSAL fetches the authority\'s OpenID configuration before its first token request only because the emulator\'s ' +
    'host is not in its hard-coded list (msal-common `AuthorityMetadata`: login.microsoftonline.com, login.microsoftonline.us, ' +
    'login.partner.microsoftonline.cn, …). Against those clouds this request is not sent, so it does not count against the ' +
    'minimum; against a custom `authority-host` (and AzureChinaCloud\'s login.chinacloudapi.cn, not in that list) it is.',
]

function keysetScenarios(): Scenario[] {
  return [
    { operation: 'upload-secret', situation: 'keyset exists', minimum: 1, setup: [create('Existing')], inputs: () => secret('Existing'), expect: 'uploaded' },
    { operation: 'upload-secret', situation: 'keyset missing', minimum: 3, mark: '†', inputs: () => secret('Missing'), expect: 'uploaded' },
    { operation: 'generate-key', situation: 'keyset exists', minimum: 1, setup: [create('Signing')], inputs: () => generate('Signing'), expect: 'generated' },
    { operation: 'generate-key', situation: 'keyset missing', minimum: 3, mark: '†', inputs: () => generate('NewSigning'), expect: 'generated' },
    {
      operation: 'generate-key + rotate-if-expiring-within: 30d',
      situation: 'not due: skips',
      minimum: 1,
      setup: [generate('Rotated', { expires: '90d' })],
      inputs: () => generate('Rotated', { expires: '90d', 'rotate-if-expiring-within': '30d' }),
      expect: 'skipped',
    },
    {
      operation: 'generate-key + rotate-if-expiring-within: 30d',
      situation: 'due: writes',
      minimum: 2,
      setup: [generate('Due', { expires: '10d' })],
      inputs: () => generate('Due', { expires: '90d', 'rotate-if-expiring-within': '30d' }),
      expect: 'generated',
    },
    {
      operation: 'upload-secret + rotate-if-expiring-within: 30d',
      situation: 'keyset missing',
      minimum: 3,
      inputs: () => secret('FreshRotation', { 'rotate-if-expiring-within': '30d' }),
      expect: 'uploaded',
    },
    { operation: 'create-keyset', situation: 'new', minimum: 1, inputs: () => create('Fresh'), expect: 'created' },
    { operation: 'create-keyset', situation: 'exists', minimum: 1, setup: [create('Again')], inputs: () => create('Again'), expect: 'skipped' },
    { operation: 'get-active-key', situation: 'key active', minimum: 1, setup: [generate('Active')], inputs: () => ({ operation: 'get-active-key', keyset: 'Active' }), expect: 'found' },
    {
      operation: 'upload-secret + dry-run',
      situation: 'keyset exists',
      minimum: 1,
      setup: [secret('Planned')],
      inputs: () => secret('Planned', { 'dry-run': 'true' }),
      expect: 'planned',
    },
  ]
}

/** A client of its own whose application holds the proof certificate (and, for remove-key, an older one). */
function certificateScenarios(): Scenario[] {
  const proof = makeSelfSignedCert({ days: 365, commonName: 'bench proof' })
  const signIn = (emulator: Emulator, olderPem?: string): Inputs => {
    const clientId = randomUUID()
    const clientSecret = `bench-${randomUUID()}`
    emulator.registerClient({ clientId, secret: clientSecret, certificatePem: proof.certPem, roles: [] })
    if (olderPem) emulator.registerClient({ clientId, certificatePem: olderPem })
    return { 'client-id': clientId, 'client-secret': clientSecret, 'proof-certificate': `${proof.certPem}\n${proof.keyPem}` }
  }
  return [
    {
      operation: 'add-key',
      situation: 'application rolls its own certificate',
      minimum: 2,
      mark: '‡',
      inputs: (emulator) => ({ operation: 'add-key', 'new-certificate': makeSelfSignedCert({ days: 365, commonName: 'bench new' }).certPem, ...signIn(emulator) }),
      expect: 'added',
    },
    {
      operation: 'remove-key',
      situation: 'an older certificate',
      minimum: 2,
      mark: '‡',
      inputs: (emulator) => {
        const signedIn = signIn(emulator, makeSelfSignedCert({ days: 365, commonName: 'bench older' }).certPem)
        const app = [...emulator.applications.values()].find((candidate) => candidate.appId === signedIn['client-id'])
        const proofDer = certDerBase64(proof.certPem)
        const older = app?.keyCredentials.find((credential) => credential.key !== proofDer)
        return { operation: 'remove-key', 'key-id': older?.keyId ?? 'missing', ...signedIn }
      },
      expect: 'removed',
    },
  ]
}

export function scenarios(): Scenario[] {
  return [...keysetScenarios(), ...certificateScenarios()]
}

interface StepOutcome {
  exitCode: number | null
  /** Messages of the `::error::` lines. */
  errors: string
  actionTaken: string | undefined
  stderr: string
}

/** One step as the runner starts it; its temporary directory goes when it ends. */
export async function runOnce(emulator: Emulator, inputs: Inputs): Promise<StepOutcome> {
  const step = prepareStep({ ...secretAuthInputs(emulator), ...inputs }, { env: { NODE_EXTRA_CA_CERTS: emulator.caFile } })
  try {
    const run = await measure(step.command, step.args, { env: step.env, rss: 'none' })
    const errors = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error::'))
      .map((line) => line.slice('::error::'.length))
    return { exitCode: run.exitCode, errors: errors.join(' '), actionTaken: readOutputs(step.outputFile)['action-taken'], stderr: run.stderr }
  } finally {
    step.dispose()
  }
}

export async function countRequests(emulator: Emulator, scenario: Scenario): Promise<RequestCount> {
  emulator.reset()
  for (const setup of scenario.setup ?? []) {
    const run = await runOnce(emulator, setup)
    if (run.exitCode !== 0) return { scenario, problem: `setup failed: ${run.errors || run.stderr}` }
  }
  const before = emulator.requests.length
  const run = await runOnce(emulator, scenario.inputs(emulator))
  if (/not implemented/i.test(run.errors)) return { scenario, notBuilt: true, problem: 'n/a (not built yet)' }
  if (run.exitCode !== 0 || run.actionTaken !== scenario.expect) {
    return { scenario, problem: `failed: exit ${run.exitCode}, action-taken '${run.actionTaken ?? ''}' (expected '${scenario.expect}') ${run.errors}`.trim() }
  }
  const sent = emulator.requests.slice(before)
  const count = (service: string): number => sent.filter((request) => request.service === service).length
  return { scenario, graph: count('graph'), token: count('token'), metadata: count('metadata') }
}

export function atMinimum(count: RequestCount): boolean {
  return count.graph === count.scenario.minimum && count.token === 1
}

export function requestsTable(counts: readonly RequestCount[]): string {
  const rows = counts.map((count) => {
    const { scenario } = count
    const minimum = `${scenario.minimum}${scenario.mark ?? ''}`
    if (count.graph === undefined) return [scenario.operation, scenario.situation, count.problem ?? '?', minimum, '', '1', '', count.notBuilt ? '—' : '✗']
    return [scenario.operation, scenario.situation, String(count.graph), minimum, String(count.token), '1', String(count.metadata), atMinimum(count) ? '✓' : '✗']
  })
  return markdownTable(
    ['Operation', 'Situation', 'Graph requests', 'Graph minimum', 'Token requests', 'Token minimum', 'MSAL metadata §', 'At minimum'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
  )
}
