/**
 * The audit in Markdown: the step summary and the body of the audit issue. One table, sorted
 * critical first, with days left and a short "what to do"; the full list is in the report file.
 */
import { isoSeconds } from '../operations/wording.js'
import { code, plain } from '../report.js'
import type { AuditItem, AuditStatus } from './health.js'
import { itemLabel, unreadableSentence, type AuditReport } from './report.js'

const STATUS_LABEL: Record<AuditStatus, string> = { critical: '🔴 critical', expiring: '🟠 expiring', ok: '🟢 ok' }
const SUMMARY_ROWS = 200
const ISSUE_ROWS = 100
const DAY = 86_400

function daysLeft(item: AuditItem, now: number): string {
  if (item.status === 'critical') return '0'
  if (item.expires === null) return 'no expiry'
  return String(Math.max(0, Math.floor((item.expires - now) / DAY)))
}

function expires(item: AuditItem): string {
  if (item.expires === null) return 'never'
  return isoSeconds(item.expires).slice(0, 10)
}

function itemCell(item: AuditItem): string {
  const id = item.kind === 'keyset' ? '' : ` ${code(item.appId || item.id)}`
  return `${plain(itemLabel(item))}${id}`
}

/** The table of `items` (already sorted), at most `rows` rows, then a line for the rest. */
export function itemsTable(items: readonly AuditItem[], now: number, rows: number, withReason: boolean): string[] {
  const header = withReason ? ['| Status | Item | Expires | Days left | Reason |', '|---|---|---|---|---|'] : ['| Status | Item | Expires | Days left | What to do |', '|---|---|---|---|---|']
  const lines = items.slice(0, rows).map((item) => `| ${STATUS_LABEL[item.status]} | ${itemCell(item)} | ${expires(item)} | ${daysLeft(item, now)} | ${plain(withReason ? item.reason : item.todo)} |`)
  const more = items.length - rows
  return [...header, ...lines, ...(more > 0 ? ['', `…and ${more} more, in the report file (output \`report\`).`] : [])]
}

function countsLine(report: AuditReport): string {
  const { critical, expiring, ok } = report.counts
  return `**${critical} critical, ${expiring} expiring, ${ok} ok** — tenant ${code(report.tenant ?? undefined) ?? '(from the Azure CLI session)'}, warn within ${plain(report.warnWithin)}, ${report.generatedAt}`
}

export function auditSummary(report: AuditReport, now: number, extra: string[] = []): string {
  const unreadable = report.unreadable.map((scope) => `- ⛔ ${plain(unreadableSentence(scope))}`)
  const table = report.items.length === 0 ? ['Nothing to audit in the scopes read.'] : itemsTable(report.items, now, SUMMARY_ROWS, false)
  return ['### B2C keys audit', '', countsLine(report), '', ...(unreadable.length ? [...unreadable, ''] : []), ...table, '', ...extra.map(plain), ''].join('\n')
}

export function issueBody(report: AuditReport, listed: readonly AuditItem[], now: number, runUrl: string | undefined): string {
  const unreadable = report.unreadable.map((scope) => `- ⛔ ${plain(unreadableSentence(scope))}`)
  return [
    'The nightly B2C keys audit lists here what runs out of valid keys or credentials. This issue is kept up to date by the audit and closed when nothing is left.',
    '',
    countsLine(report),
    '',
    ...(unreadable.length ? [...unreadable, ''] : []),
    ...(listed.length ? itemsTable(listed, now, ISSUE_ROWS, true) : []),
    '',
    runUrl ? `Last audit: ${runUrl}` : '',
  ].join('\n')
}
