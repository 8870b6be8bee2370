/**
 * Section 5 (`--rtt N`): the action over a modelled network. Each host (login, Graph, GitHub's
 * token service) gets its own forwarder (bench-forwarder.ts) in front of the one emulator, so each
 * pays its own TCP and TLS handshakes. Every scenario runs at 0 ms and at each RTT in the same
 * rounds. The network part of a run is the time at least one round trip was in flight, in RTT
 * (networkTime): robust on a loaded machine. (wall at RTT − wall at 0) / RTT is shown beside it,
 * pair by pair, but CPU noise of tens of ms moves it by whole RTTs. The forwarders count
 * connections and round trips per host, the emulator the requests (Host header).
 */
import { readFileSync } from 'node:fs'
import { Agent, request, type RequestOptions } from 'node:https'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../../emulator/index.js'
import { alternate, type RoundOptions, type Rounds } from './bench-alternate.js'
import { networkTime, startForwarder, type Forwarder } from './bench-forwarder.js'
import { markdownTable, type Align } from './bench-markdown.js'
import { measure } from './bench-process.js'
import { runOnce, scenarios } from './bench-requests.js'
import { connectionInputs, emulatorEnv, secretAuthInputs } from './emulator-inputs.js'
import { prepareStep, readOutputs } from './run-step.js'
import { formatMs, formatRatio, pairRatios, spread } from './bench-stats.js'

const HOST_NAMES = ['login', 'graph', 'github'] as const
type HostName = (typeof HOST_NAMES)[number]
type Hosts = Record<HostName, Forwarder>

export interface HostTraffic {
  connections: number
  requests: number
  roundTrips: number
}

export interface RttSample {
  wallMs: number
  /** Time with at least one round trip in flight, over all hosts. */
  networkMs: number
  /** The same without the emulator's answer times: round trips on the critical path, in ms. */
  pathMs: number
  hosts: Record<HostName, HostTraffic>
  /** MSAL's OpenID metadata requests (sent only because the emulator is not a known cloud). */
  metadataRequests: number
}

type Inputs = Record<string, string>

interface RttScenario {
  key: string
  label: string
  /**
   * Fewest round trips on the critical path from the network alone, against a real cloud (no MSAL
   * metadata request); a handshake that completes while start-up code runs can take 1 off it.
   */
  minimum: number
  why: string
  /** Untimed steps first (direct to the emulator), then the inputs of the timed run. */
  prepare(emulator: Emulator): Promise<Inputs>
  oidc?: boolean
  expect: string
}

const FLOOR_SCRIPT = fileURLToPath(new URL('./bench-floor.mjs', import.meta.url))

/** The operations the issue names, built on section 1's scenarios (same setups and inputs). */
function rttScenarios(): RttScenario[] {
  const all = scenarios()
  const find = (operation: string, situation?: string) => {
    const found = all.find((s) => s.operation === operation && (situation === undefined || s.situation === situation))
    if (!found) throw new Error(`no scenario ${operation} ${situation ?? ''}`)
    return found
  }
  const prepared = (scenario: ReturnType<typeof find>) => async (emulator: Emulator) => {
    emulator.reset()
    for (const setup of scenario.setup ?? []) {
      const run = await runOnce(emulator, setup)
      if (run.exitCode !== 0) throw new Error(`setup of ${scenario.operation} failed: ${run.errors || run.stderr}`)
    }
    return scenario.inputs(emulator)
  }
  const existing = find('upload-secret', 'keyset exists')
  const missing = find('upload-secret', 'keyset missing')
  const addKey = find('add-key')
  const removeKey = find('remove-key')
  const signedIn = 'token 3 (TCP, TLS, request; the Graph handshakes overlap it)'
  return [
    { key: 'existing', label: 'upload-secret, keyset exists, client secret', minimum: 4, why: `${signedIn} + write 1`, prepare: prepared(existing), expect: existing.expect },
    { key: 'missing', label: 'upload-secret, keyset missing', minimum: 6, why: `${signedIn} + write, create, write 3`, prepare: prepared(missing), expect: missing.expect },
    {
      key: 'oidc',
      label: 'upload-secret, keyset exists, OIDC',
      minimum: 5,
      why: 'GitHub ID token 3 (login handshakes overlap it) + token 1 + write 1',
      prepare: prepared(existing),
      oidc: true,
      expect: existing.expect,
    },
    { key: 'add-key', label: 'add-key', minimum: 5, why: `${signedIn} + read 1 + addKey 1`, prepare: prepared(addKey), expect: addKey.expect },
    {
      key: 'add-key-object-id',
      label: 'add-key, application named by object id',
      minimum: 5,
      why: `${signedIn} + read 1 (either id form) + addKey 1`,
      prepare: async (emulator) => {
        const inputs = await prepared(addKey)(emulator)
        // Reading another form than its own appId needs a read permission (as Graph requires).
        emulator.registerClient({ clientId: inputs['client-id'] ?? '', roles: ['Application.Read.All'] })
        const app = [...emulator.applications.values()].find((candidate) => candidate.appId === inputs['client-id'])
        return { ...inputs, application: app?.objectId ?? 'missing' }
      },
      expect: addKey.expect,
    },
    { key: 'remove-key', label: 'remove-key', minimum: 5, why: `${signedIn} + read 1 + removeKey 1`, prepare: prepared(removeKey), expect: removeKey.expect },
  ]
}

async function startHosts(emulator: Emulator, rttMs: number): Promise<Hosts> {
  const target = { host: '127.0.0.1', port: Number(new URL(emulator.url).port) }
  const [login, graph, github] = await Promise.all(HOST_NAMES.map(() => startForwarder(target, rttMs)))
  const hosts: Hosts = { login: login!, graph: graph!, github: github! }
  for (const forwarder of Object.values(hosts)) emulator.addAlias(forwarder.url)
  return hosts
}

function pointedAt(hosts: Hosts, inputs: Inputs): Inputs {
  return { ...inputs, 'graph-endpoint': hosts.graph.url, 'authority-host': hosts.login.url }
}

function githubRequestUrl(emulator: Emulator, hosts: Hosts): string {
  const url = new URL(emulator.github.requestUrl)
  return `${hosts.github.url}${url.pathname}${url.search}`
}

/** Per host, what one run cost: the forwarders' counts since `start`, and the emulator's requests by Host. */
function traffic(emulator: Emulator, hosts: Hosts, firstRequest: number): Omit<RttSample, 'wallMs'> {
  const sent = emulator.requests.slice(firstRequest)
  const entries = HOST_NAMES.map((name) => {
    const forwarder = hosts[name]
    const requests = sent.filter((r) => r.headers['host'] === forwarder.host).length
    return [name, { ...forwarder.counts(), requests }] as const
  })
  return {
    networkMs: networkTime(HOST_NAMES.flatMap((name) => hosts[name].intervals())),
    pathMs: networkTime(HOST_NAMES.flatMap((name) => hosts[name].pathIntervals())),
    hosts: Object.fromEntries(entries) as Record<HostName, HostTraffic>,
    metadataRequests: sent.filter((r) => r.service === 'metadata').length,
  }
}

function resetCounts(hosts: Hosts): void {
  for (const forwarder of Object.values(hosts)) forwarder.reset()
}

async function runAction(emulator: Emulator, hosts: Hosts, scenario: RttScenario, entry: string | undefined): Promise<RttSample> {
  const inputs = await scenario.prepare(emulator)
  const env = emulatorEnv(emulator, { oidc: scenario.oidc === true })
  if (scenario.oidc) env['ACTIONS_ID_TOKEN_REQUEST_URL'] = githubRequestUrl(emulator, hosts)
  const base = scenario.oidc ? connectionInputs(emulator) : secretAuthInputs(emulator)
  const step = prepareStep(pointedAt(hosts, { ...base, ...inputs }), { env })
  try {
    const firstRequest = emulator.requests.length
    resetCounts(hosts)
    const run = await measure(step.command, entry === undefined ? step.args : [entry], { env: step.env, rss: 'none' })
    const taken = readOutputs(step.outputFile)['action-taken']
    if (run.exitCode !== 0 || taken !== scenario.expect) {
      throw new Error(`${scenario.label} at ${hosts.graph.rttMs} ms: exit ${run.exitCode}, action-taken '${taken ?? ''}'\n${run.stdout}\n${run.stderr}`)
    }
    return { wallMs: run.wallMs, ...traffic(emulator, hosts, firstRequest) }
  } finally {
    step.dispose()
  }
}

/** The "minimal script": a token request, then the write, each on a new connection. */
async function runFloor(emulator: Emulator, hosts: Hosts, existing: RttScenario): Promise<RttSample> {
  await existing.prepare(emulator)
  const token = `${hosts.login.url}/${emulator.tenantId}/oauth2/v2.0/token`
  const env = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    BENCH_URL: `${hosts.graph.url}/beta/trustFramework/keySets/B2C_1A_Existing/uploadSecret`,
    BENCH_BODY: JSON.stringify({ use: 'sig', k: 'bench-secret', nbf: Math.floor(Date.now() / 1000) }),
    BENCH_TOKEN_URL: token,
    BENCH_CLIENT_ID: emulator.client.clientId,
    BENCH_CLIENT_SECRET: emulator.client.clientSecret,
    BENCH_SCOPE: `${hosts.graph.url}/.default`,
  }
  const firstRequest = emulator.requests.length
  resetCounts(hosts)
  const run = await measure(process.execPath, [FLOOR_SCRIPT], { env, rss: 'none' })
  if (run.exitCode !== 0) throw new Error(`floor script at ${hosts.graph.rttMs} ms: exit ${run.exitCode}\n${run.stderr}`)
  return { wallMs: run.wallMs, ...traffic(emulator, hosts, firstRequest) }
}

// ── The model, checked: a bare request costs 3 RTT, a kept-alive one 1 ──────────────────────────

export interface ModelCheck {
  rttMs: number
  bare: { ms: number; roundTrips: number }
  keptAlive: { ms: number; roundTrips: number }
}

function get(url: string, options: RequestOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const outgoing = request(url, options, (incoming) => {
      incoming.resume()
      incoming.on('end', () => resolve(performance.now() - started))
      incoming.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

async function checkModel(emulator: Emulator, hosts: Hosts): Promise<ModelCheck> {
  const ca = readFileSync(emulator.caFile)
  const url = `${hosts.graph.url}/${emulator.tenantId}/v2.0/.well-known/openid-configuration`
  const forwarder = hosts.graph
  // The first TLS connection of a process also pays for loading the trust store: best of three.
  const bare = { ms: Infinity, roundTrips: 0 }
  for (let i = 0; i < 3; i++) {
    forwarder.reset()
    const ms = await get(url, { ca, agent: false })
    if (ms < bare.ms) Object.assign(bare, { ms, roundTrips: forwarder.counts().roundTrips })
  }
  const agent = new Agent({ keepAlive: true, ca })
  try {
    await get(url, { agent })
    const before = forwarder.counts().roundTrips
    const ms = await get(url, { agent })
    return { rttMs: forwarder.rttMs, bare, keptAlive: { ms, roundTrips: forwarder.counts().roundTrips - before } }
  } finally {
    agent.destroy()
  }
}

// ── Measuring and reporting ──────────────────────────────────────────────────────────────────

export interface RttResults {
  rtts: number[]
  models: ModelCheck[]
  rounds: Rounds<RttSample>
  labels: Map<string, RttScenario>
}

const sampleKey = (scenario: string, rttMs: number): string => `${scenario}@${rttMs}`
const FLOOR: RttScenario = { key: 'floor', label: 'minimal script: token request, then the write (new connection each)', minimum: 6, why: 'token 3 + write 3, sequential', prepare: async () => ({}), expect: '' }

/** `entry`: another build of the action than dist/index.js (before/after comparisons). */
export async function measureRtt(emulator: Emulator, rtts: readonly number[], options: RoundOptions, entry?: string): Promise<RttResults> {
  const settings = [0, ...rtts]
  const hostsByRtt = new Map<number, Hosts>()
  for (const rttMs of settings) hostsByRtt.set(rttMs, await startHosts(emulator, rttMs))
  try {
    const models: ModelCheck[] = []
    for (const rttMs of rtts) models.push(await checkModel(emulator, hostsByRtt.get(rttMs)!))
    const actions = rttScenarios()
    const all = [...actions, FLOOR]
    const contenders = all.flatMap((scenario) =>
      settings.map((rttMs) => {
        const hosts = hostsByRtt.get(rttMs)!
        return { key: sampleKey(scenario.key, rttMs), run: () => (scenario === FLOOR ? runFloor(emulator, hosts, actions[0]!) : runAction(emulator, hosts, scenario, entry)) }
      }),
    )
    const rounds = await alternate(contenders, options)
    return { rtts: [...rtts], models, rounds, labels: new Map(all.map((scenario) => [scenario.key, scenario])) }
  } finally {
    await Promise.all([...hostsByRtt.values()].flatMap((hosts) => Object.values(hosts).map((forwarder) => forwarder.close())))
    emulator.reset()
  }
}

export function modelTable(models: readonly ModelCheck[]): string {
  const rows = models.flatMap((model) => [
    [`${model.rttMs} ms`, 'bare request (new connection)', '3', (model.bare.ms / model.rttMs).toFixed(2), String(model.bare.roundTrips)],
    [`${model.rttMs} ms`, 'request on a kept-alive connection', '1', (model.keptAlive.ms / model.rttMs).toFixed(2), String(model.keptAlive.roundTrips)],
  ])
  return markdownTable(['RTT', 'Request', 'Model (RTT)', 'Measured time (RTT)', 'Round trips counted'], rows, ['left', 'left', 'right', 'right', 'right'])
}

const samplesOf = (results: RttResults, key: string, rttMs: number): RttSample[] => results.rounds.samples.get(sampleKey(key, rttMs)) ?? []
const wallsOf = (results: RttResults, key: string, rttMs: number): number[] => samplesOf(results, key, rttMs).map((sample) => sample.wallMs)

/** Median time with a round trip in flight, in RTT. */
export function networkPart(results: RttResults, key: string, rttMs: number): number {
  return spread(samplesOf(results, key, rttMs).map((sample) => sample.networkMs / rttMs)).median
}

/** Median round trips on the critical path (the network part without the emulator's answer time). */
export function criticalRoundTrips(results: RttResults, key: string, rttMs: number): number {
  return spread(samplesOf(results, key, rttMs).map((sample) => sample.pathMs / rttMs)).median
}

/** (wall at RTT − wall at 0) / RTT, round by round: what the network added, CPU noise included. */
function wallDifference(results: RttResults, key: string, rttMs: number): number {
  const slow = wallsOf(results, key, rttMs)
  const fast = wallsOf(results, key, 0)
  return spread(slow.map((wall, i) => (wall - fast[i]!) / rttMs)).median
}

function hostCell(samples: readonly RttSample[], host: HostName): string {
  const last = samples.at(-1)?.hosts[host]
  if (!last || last.connections + last.requests === 0) return '—'
  return `${last.connections} / ${last.requests} / ${last.roundTrips}`
}

export function rttTable(results: RttResults, rttMs: number): string {
  const rows = [...results.labels.values()].map((scenario) => {
    const samples = samplesOf(results, scenario.key, rttMs)
    const metadata = samples.at(-1)?.metadataRequests ?? 0
    const slowWall = spread(wallsOf(results, scenario.key, rttMs)).median
    const critical = criticalRoundTrips(results, scenario.key, rttMs)
    return [
      scenario.label,
      formatMs(spread(wallsOf(results, scenario.key, 0)).median),
      `${formatMs(slowWall)} = ${(slowWall / rttMs).toFixed(1)} RTT`,
      wallDifference(results, scenario.key, rttMs).toFixed(1),
      networkPart(results, scenario.key, rttMs).toFixed(1),
      critical.toFixed(1),
      (critical - metadata).toFixed(1),
      `${scenario.minimum}: ${scenario.why}`,
      hostCell(samples, 'login'),
      hostCell(samples, 'graph'),
      hostCell(samples, 'github'),
    ]
  })
  const align: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'right']
  return markdownTable(
    ['Run', 'Wall at 0 ms', `Wall at ${rttMs} ms`, 'Wall difference (RTT)', 'Network part (RTT)', 'Round trips waited', 'Less MSAL metadata §', 'Minimum, network alone (RTT)', 'login conn / req / RT', 'Graph conn / req / RT', 'GitHub conn / req / RT'],
    rows,
    align,
  )
}

/** The action ÷ the minimal script, pair by pair, at one RTT. */
export function versusFloor(results: RttResults, rttMs: number): string {
  const ratios = spread(pairRatios(wallsOf(results, 'existing', rttMs), wallsOf(results, 'floor', rttMs)))
  return `${formatRatio(ratios.median)} (pairwise median; action ${formatMs(spread(wallsOf(results, 'existing', rttMs)).median)}, script ${formatMs(spread(wallsOf(results, 'floor', rttMs)).median)})`
}

export function githubTraffic(results: RttResults, rttMs: number): HostTraffic | undefined {
  return samplesOf(results, 'oidc', rttMs).at(-1)?.hosts.github
}

export function metadataRequests(results: RttResults, key: string, rttMs: number): number {
  return samplesOf(results, key, rttMs).at(-1)?.metadataRequests ?? 0
}

const verdict = (pass: boolean): string => (pass ? '✓ pass' : '✗ miss')

/** The targets at 40 ms: judged on the network part less the emulator-only metadata round trip (§). */
export function rttTargetsTable(results: RttResults): string {
  const rttMs = results.rtts.includes(40) ? 40 : results.rtts[0]!
  const metadata = (key: string): number => metadataRequests(results, key, rttMs)
  const partRow = (key: string, limit: number, label: string): string[] => {
    const waited = criticalRoundTrips(results, key, rttMs) - metadata(key)
    const part = networkPart(results, key, rttMs) - metadata(key)
    return [
      `${rttMs} ms, ${label}: network part ≤ ${limit} RTT`,
      `${waited.toFixed(1)} round trips waited; ${part.toFixed(1)} RTT with the emulator's answer times (each less ${metadata(key)} for the MSAL metadata request §)`,
      verdict(waited <= limit),
    ]
  }
  const floorRatio = spread(pairRatios(wallsOf(results, 'existing', rttMs), wallsOf(results, 'floor', rttMs))).median
  const github = githubTraffic(results, rttMs)
  const githubOnce = github !== undefined && github.connections === 1 && github.requests === 1
  return markdownTable(
    ['Target', 'Measured', 'Result'],
    [
      partRow('existing', 4.5, 'upload-secret into an existing keyset'),
      [`${rttMs} ms, the same: wall ≤ 1.0× the minimal script`, versusFloor(results, rttMs), verdict(floorRatio <= 1)],
      [
        'OIDC: GitHub contacted over one connection, once',
        github ? `${github.connections} connection(s), ${github.requests} request(s)` : 'not measured',
        verdict(githubOnce),
      ],
      partRow('oidc', 5.5, 'OIDC'),
      partRow('add-key', 5.5, 'add-key'),
    ],
  )
}

export function rttSection(results: RttResults, runs: number): string[] {
  return [
    '#### 5. Round trips: a modelled network',
    'One TCP forwarder per host in front of the emulator (scripts/lib/bench-forwarder.ts): a new connection is held one RTT ' +
      '(the TCP handshake), every chunk is delayed RTT/2 each way. The model, checked first:',
    modelTable(results.models),
    rttTargetsTable(results),
    ...results.rtts.flatMap((rttMs) => [
      `At ${rttMs} ms RTT (${runs} rounds, medians; each scenario also at 0 ms in the same rounds). Network part: time with at least one round trip ` +
        'the run waited on in flight, over all hosts, in RTT (the emulator\'s answer times inside). Round trips waited: the same with each round trip ' +
        `counted as one RTT from when its bytes could leave, without answer times: the critical path. Wall difference: pairwise (wall at ${rttMs} − wall at 0) / ${rttMs}, ` +
        'which CPU noise moves by whole RTTs on a loaded machine. Per host: connections / requests / round trips on the wire, of the last run.',
      rttTable(results, rttMs),
    ]),
    '§ The emulator is not a cloud MSAL knows, so MSAL reads its OpenID configuration before the first token request: one more request ' +
      'on the login connection, in series with the token request (1 RTT) that login.microsoftonline.com does not cost. ' +
      '"Less MSAL metadata" subtracts 1 RTT per such request; the targets are judged on round trips waited, less that request.',
  ]
}
