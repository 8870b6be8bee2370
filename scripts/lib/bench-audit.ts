/**
 * Section 5: the tenant audit at scale. 30 keysets, 5,000 applications and 5,000 service
 * principals generated in an emulator of their own; `node dist/index.js` with operation audit and
 * every scope, run several times. Reports Graph requests (target ≤ 1 + 6 + 6), wall time (target
 * < 3 s on loopback) and peak RSS (target < 150 MiB); then a keyset-only audit (target: exactly
 * one Graph request).
 */
import { generateTenant } from '../../emulator/generate-tenant.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { secretAuthInputs } from './emulator-inputs.js'
import { prepareStep } from './run-step.js'
import { measure, type RssMethod } from './bench-process.js'
import { formatMiB, formatMs, formatSpread, spread } from './bench-stats.js'

const AUDIT_TENANT = { keysets: 30, applications: 5_000, servicePrincipals: 5_000 }
const TARGETS = { requests: 13, wallMs: 3_000, peakRssMiB: 150, keysetOnlyRequests: 1 }

export interface AuditRun {
  wallMs: number
  peakRssKiB: number | undefined
  graphRequests: number
  items: number
}

export interface AuditBench {
  full: AuditRun[]
  keysetOnly: AuditRun
}

async function runAudit(emulator: Emulator, scope: string, rss: RssMethod): Promise<AuditRun> {
  emulator.requests.splice(0)
  const step = prepareStep(
    { ...secretAuthInputs(emulator), operation: 'audit', 'audit-scope': scope, 'fail-on': 'never' },
    { env: { NODE_EXTRA_CA_CERTS: emulator.caFile } },
  )
  try {
    const run = await measure(step.command, step.args, { env: step.env, rss, timeoutMs: 120_000 })
    if (run.exitCode !== 0) throw new Error(`audit exited ${run.exitCode}: ${run.stdout.slice(-500)}${run.stderr.slice(-500)}`)
    const audited = /Audited .*: (\d+) critical, (\d+) expiring, (\d+) ok/.exec(run.stdout)
    const items = audited ? Number(audited[1]) + Number(audited[2]) + Number(audited[3]) : 0
    return { wallMs: run.wallMs, peakRssKiB: run.peakRssKiB, graphRequests: emulator.requests.filter((request) => request.service === 'graph').length, items }
  } finally {
    step.dispose()
  }
}

export async function measureAudit(runs: number, rss: RssMethod, progress: (message: string) => void): Promise<AuditBench> {
  const emulator = await startEmulator()
  try {
    emulator.registerClient({ clientId: emulator.client.clientId, roles: ['TrustFrameworkKeySet.Read.All', 'Application.Read.All'] })
    await generateTenant(emulator, { ...AUDIT_TENANT, seed: 10 })
    const full: AuditRun[] = []
    for (let i = 0; i < runs; i++) {
      progress(`5. audit of the generated tenant, run ${i + 1}/${runs}`)
      full.push(await runAudit(emulator, 'keysets,applications,service-principals', rss))
    }
    return { full, keysetOnly: await runAudit(emulator, 'keysets', rss) }
  } finally {
    await emulator.close()
  }
}

const verdict = (met: boolean): string => (met ? 'met' : '**missed**')

export function auditSection(bench: AuditBench): string[] {
  const wall = spread(bench.full.map((run) => run.wallMs))
  const rssValues = bench.full.flatMap((run) => (run.peakRssKiB === undefined ? [] : [run.peakRssKiB]))
  const rss = rssValues.length ? spread(rssValues) : undefined
  const requests = Math.max(...bench.full.map((run) => run.graphRequests))
  const { keysets, applications, servicePrincipals } = AUDIT_TENANT
  return [
    '#### 6. Tenant audit',
    `\`operation: audit\` of every scope over a generated tenant of ${keysets} keysets, ${applications.toLocaleString('en')} applications and ` +
      `${servicePrincipals.toLocaleString('en')} service principals (${bench.full[0]?.items.toLocaleString('en') ?? 0} items), ${bench.full.length} runs, ` +
      'client-secret sign-in; the emulator serves 999 objects a page.',
    [
      '| measure | result | target | |',
      '|---|---|---|---|',
      `| Graph requests | ${requests} | ≤ ${TARGETS.requests} (1 + 6 + 6) | ${verdict(requests <= TARGETS.requests)} |`,
      `| wall time, spawn to exit | ${formatSpread(wall, formatMs)} | < 3 s | ${verdict(wall.max < TARGETS.wallMs)} |`,
      `| peak RSS | ${rss ? formatSpread(rss, formatMiB) : 'not measured'} | < ${TARGETS.peakRssMiB} MiB | ${rss ? verdict(rss.max / 1024 < TARGETS.peakRssMiB) : ''} |`,
      `| keyset-only audit: Graph requests | ${bench.keysetOnly.graphRequests} | exactly ${TARGETS.keysetOnlyRequests} | ${verdict(bench.keysetOnly.graphRequests === TARGETS.keysetOnlyRequests)} |`,
    ].join('\n'),
  ]
}
