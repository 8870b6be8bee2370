/**
 * The audit's findings as the contract shapes them: the report file, the counts, the annotations
 * (each critical item an error, each expiring one a warning, at most 20 of each) and the decision
 * of `fail-on` and `issue-on`.
 */
import type { AuditThreshold } from '../settings.js'
import type { AuditItem, AuditStatus } from './health.js'
import type { UnreadableScope } from './reads.js'

export interface AuditReport {
  tenant: string | null
  generatedAt: string
  warnWithin: string
  counts: Record<AuditStatus, number>
  items: AuditItem[]
  /** Scopes the sign-in may not read (403), with the permission to grant. */
  unreadable: UnreadableScope[]
}

const ANNOTATION_CAP = 20
const SEVERITY: Record<AuditStatus, number> = { critical: 0, expiring: 1, ok: 2 }

/** Critical first, then by when it runs out (never last). */
export function sortItems(items: AuditItem[]): AuditItem[] {
  return items.sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || (a.expires ?? Infinity) - (b.expires ?? Infinity) || a.id.localeCompare(b.id))
}

export function countItems(items: readonly AuditItem[]): Record<AuditStatus, number> {
  const counts = { ok: 0, expiring: 0, critical: 0 }
  for (const item of items) counts[item.status]++
  return counts
}

/** Items at `threshold` or worse (`never`: none). */
export function atOrAbove(items: readonly AuditItem[], threshold: AuditThreshold): AuditItem[] {
  if (threshold === 'never') return []
  return items.filter((item) => SEVERITY[item.status] <= SEVERITY[threshold])
}

/** The file's JSON: the contract's item fields only (the summary's short remedy stays out). */
export function reportJson(report: AuditReport): unknown {
  return { ...report, items: report.items.map(({ todo: _todo, ...item }) => item) }
}

/** What an item is, for one line of a log or a table: `B2C_1A_X (keyset)`, `web (application, certificate)`. */
export function itemLabel(item: AuditItem): string {
  if (item.kind === 'keyset') return `${item.id} (keyset)`
  const type = item.objectType ? ` ${item.objectType}` : ''
  return `${item.displayName || item.appId || item.id} (${item.kind}${type}, ${item.credential === 'certificate' ? 'certificate' : 'client secret'})`
}

export interface Annotation {
  level: 'error' | 'warning'
  message: string
}

/** One per critical (error) and expiring (warning) item, 20 of each, then one line for the rest. */
export function annotationsOf(report: AuditReport): Annotation[] {
  const out: Annotation[] = report.unreadable.map((scope) => ({ level: 'error', message: unreadableSentence(scope) }))
  for (const [status, level] of [['critical', 'error'], ['expiring', 'warning']] as const) {
    const items = report.items.filter((item) => item.status === status)
    for (const item of items.slice(0, ANNOTATION_CAP)) out.push({ level, message: `${itemLabel(item)}: ${item.reason}` })
    const more = items.length - ANNOTATION_CAP
    if (more > 0) out.push({ level, message: `…and ${more} more ${status} item${more === 1 ? '' : 's'}: see the step summary or the report file` })
  }
  return out
}

export function unreadableSentence(scope: UnreadableScope): string {
  return `could not read ${scope.scope} (${scope.answer}): grant the application permission ${scope.permission} to the identity the action signs in with, or leave '${scope.scope}' out of audit-scope`
}

/**
 * Why the step fails, or undefined. A scope the audit could not read fails it too: what it
 * hides may be critical, and a green step would say all is well.
 */
export function failureOf(report: AuditReport, failOn: AuditThreshold): string | undefined {
  if (failOn === 'never') return undefined
  const hits = atOrAbove(report.items, failOn)
  const parts: string[] = []
  if (report.counts.critical > 0) parts.push(`${report.counts.critical} critical`)
  if (failOn === 'expiring' && report.counts.expiring > 0) parts.push(`${report.counts.expiring} expiring`)
  if (report.unreadable.length > 0) parts.push(`${report.unreadable.length} scope${report.unreadable.length === 1 ? '' : 's'} unreadable`)
  if (hits.length === 0 && report.unreadable.length === 0) return undefined
  return `Audit found ${parts.join(', ')} (fail-on: ${failOn}); the step summary and the report file list what to do`
}
