/**
 * audit: reads every keyset and (per audit-scope) every application and service principal once,
 * in parallel, and reports when each runs out of valid keys. Writes nothing to Graph. The report
 * file, the counts, the summary and the annotations are always produced; `fail-on` decides the
 * step's result and `issue-on` keeps the audit issue current.
 */
import { ActionableError } from '../errors.js'
import { readScope, type ScopeRead } from '../audit/reads.js'
import { annotationsOf, atOrAbove, countItems, failureOf, reportJson, sortItems, type AuditReport } from '../audit/report.js'
import { auditSummary, issueBody } from '../audit/summary.js'
import { OUTPUTS } from '../inputs.js'
import { writeReportFile } from '../report-file.js'
import type { AuditSettings } from '../settings.js'
import { addDuration, toUnixSeconds } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { iso } from './wording.js'

export async function audit(context: OperationContext, operation: { audit: AuditSettings }): Promise<Result> {
  const settings = operation.audit
  const at = context.now()
  const clock = { now: toUnixSeconds(at), warnUntil: toUnixSeconds(addDuration(at, settings.warnWithin)) }
  const reads: ScopeRead[] = await Promise.all(settings.scopes.map((scope) => readScope(context.graph, scope, clock)))
  const items = sortItems(reads.flatMap((read) => ('items' in read ? read.items : [])))
  const report: AuditReport = {
    tenant: settings.tenant ?? null,
    generatedAt: iso(at),
    warnWithin: settings.warnWithinText,
    counts: countItems(items),
    items,
    unreadable: reads.flatMap((read) => ('unreadable' in read ? [read.unreadable] : [])),
  }
  const path = await writeReportFile('audit', reportJson(report))
  const objects = reads.map((read) => ('items' in read ? `${read.objects} ${read.scope}` : `${read.scope} unreadable`)).join(', ')

  const failures: string[] = []
  const notes: string[] = []
  const failed = failureOf(report, settings.failOn)
  if (failed) failures.push(failed)
  if (settings.issueOn !== 'never' && settings.githubToken !== undefined) {
    try {
      notes.push(await keepIssue(report, settings, clock.now, settings.githubToken))
    } catch (error) {
      if (!(error instanceof ActionableError)) throw error
      failures.push(error.message)
    }
  }
  const { critical, expiring, ok } = report.counts
  return {
    actionTaken: 'audited',
    detail: `Audited ${objects}: ${critical} critical, ${expiring} expiring, ${ok} ok. Report: ${path}`,
    outputs: {
      [OUTPUTS.report]: path,
      [OUTPUTS.expiringCount]: String(expiring),
      [OUTPUTS.criticalCount]: String(critical),
    },
    summary: auditSummary(report, clock.now, notes),
    annotations: annotationsOf(report),
    ...(failures.length ? { failure: failures.join('. ') } : {}),
  }
}

async function keepIssue(report: AuditReport, settings: AuditSettings, now: number, token: string): Promise<string> {
  const listed = atOrAbove(report.items, settings.issueOn)
  const open = listed.length > 0 || report.unreadable.length > 0
  const { critical, expiring } = report.counts
  const title = open ? `B2C keys audit: ${critical} critical, ${expiring} expiring` : 'B2C keys audit: nothing left'
  const runUrl = runLink(process.env)
  const { syncAuditIssue } = await import('../audit/issue.js')
  const outcome = await syncAuditIssue({
    token,
    title,
    body: issueBody(report, listed, now, runUrl),
    open,
    closingComment: `Nothing is ${settings.issueOn === 'critical' ? 'critical' : 'expiring or critical'} any more${runUrl ? ` (${runUrl})` : ''}: closing.`,
  })
  return outcome.action === 'none' ? 'Audit issue: none open, none needed.' : `Audit issue #${outcome.number} ${outcome.action}: ${outcome.url}`
}

/** The run's page, from the variables the runner sets. */
function runLink(environment: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = environment
  return server && repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined
}
