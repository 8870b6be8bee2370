/**
 * What apply did or would do, per manifest entry: the JSON report file, the `kids` output and
 * the summary table. Built from outcomes only; nothing here sends a request.
 */
import type { TrustFrameworkKey } from '../graph/keysets.js'
import { code, plain } from '../report.js'
import { activeKeyAt, isValidAt } from './key-facts.js'

export interface EntryOutcome {
  kind: 'keyset' | 'application' | 'service-principal'
  /** Keyset id, or the object id or appId the manifest names. */
  id: string
  /** file:line:col of the entry in the manifest. */
  place: string
  action: 'generated' | 'uploaded' | 'added' | 'removed' | 'skipped' | 'planned' | 'failed'
  /** The key written, or the key that made the write unnecessary. */
  kid: string | null
  notBefore: number | null
  expires: number | null
  thumbprint: string | null
  keysetCreated: boolean
  /** Applications: keyIds of older Key Vault versions removed by this run. */
  removedKids?: string[]
  reason: string
}

export interface ApplyReport {
  tenant: string | null
  generatedAt: string
  manifest: string
  dryRun: boolean
  counts: Record<EntryOutcome['action'], number>
  kids: Record<string, string | null>
  entries: EntryOutcome[]
}

export function applyReport(
  meta: { tenant: string | undefined; manifest: string; dryRun: boolean; now: Date },
  entries: EntryOutcome[],
  kids: Record<string, string | null>,
): ApplyReport {
  const counts = { generated: 0, uploaded: 0, added: 0, removed: 0, skipped: 0, planned: 0, failed: 0 }
  for (const entry of entries) counts[entry.action]++
  return { tenant: meta.tenant ?? null, generatedAt: meta.now.toISOString(), manifest: meta.manifest, dryRun: meta.dryRun, counts, kids, entries }
}

/** Keyset id → kid of the key active at `now`, among the keys listed and the keys written. */
export function activeKids(keysBefore: Map<string, TrustFrameworkKey[]>, written: Map<string, TrustFrameworkKey>, now: Date): Record<string, string | null> {
  const kids: Record<string, string | null> = {}
  for (const [id, keys] of keysBefore) {
    const before = activeKeyAt(keys, now)
    const added = written.get(id)
    // On an nbf tie the later write wins (REFERENCE is silent; the emulator models it so).
    const addedWins = added !== undefined && isValidAt(added, now) && (added.nbf ?? 0) >= (before?.nbf ?? Number.NEGATIVE_INFINITY)
    kids[id] = (addedWins ? added : before)?.kid ?? null
  }
  return kids
}

/** The step summary: what was applied where, then one row per manifest entry. */
export function applySummary(report: ApplyReport, detail: string): string {
  const where = `Manifest ${code(report.manifest)}${report.tenant ? ` on tenant ${code(report.tenant)}` : ''}${report.dryRun ? ' (dry run)' : ''}.`
  const rows = report.entries.map((entry) =>
    [code(entry.place), code(entry.id), entry.action + (entry.keysetCreated ? ' (keyset created)' : ''), code(entry.kid ?? undefined) ?? '', plain(entry.reason)].join(' | '),
  )
  const table = ['| Entry | Keyset or target | Action | kid | Why |', '|---|---|---|---|---|', ...rows.map((row) => `| ${row} |`)]
  return ['### B2C keys: apply', '', where, '', plain(detail), '', ...table, ''].join('\n')
}
