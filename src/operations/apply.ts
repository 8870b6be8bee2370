/**
 * apply: converges a tenant to a manifest. Loaded by import(), so other operations never load
 * the YAML parser.
 *
 * Order, so that a refusal never leaves a half-applied tenant:
 *   1. read and check the manifest and every environment variable it names (no request yet);
 *   2. read every keyset with one request (none when the manifest has no keysets), the Key Vault
 *      certificates of keyset entries, and plan each application entry as a dry run of
 *      sync-key-vault-certificate (reads only);
 *   3. decide every keyset entry as the single operation would; any refusal fails the step and
 *      nothing is written;
 *   4. dry run: report the plan. Otherwise write what is due, at most 4 at once and never two
 *      on one keyset or target, and report every entry, failed ones included.
 * A manifest of keysets where nothing is due costs exactly one Graph request.
 */
import { ActionableError } from '../errors.js'
import { explainFailure } from '../explain.js'
import { OUTPUTS } from '../inputs.js'
import { KeysetsApi, type TrustFrameworkKey, type TrustFrameworkKeySet } from '../graph/keysets.js'
import { runKeyed } from '../keyed-pool.js'
import { placeText } from '../manifest/manifest.js'
import { writeReportFile } from '../report-file.js'
import type { Operation } from '../settings.js'
import { applicationItems, keysetItems, loadManifest, readVaultCertificates, type ApplicationItem, type KeysetItem } from './apply-entries.js'
import { activeKids, applyReport, applySummary, type EntryOutcome } from './apply-report.js'
import type { OperationContext, Result } from './context.js'
import { carryOut, decideWrite, plan, type WriteDecision } from './keyset-write.js'
import { syncKeyVaultCertificate } from './sync-key-vault-certificate.js'

/** B2C throttles a tenant's keyset writes; four at once keeps a run short without provoking it. */
export const MAX_CONCURRENT_WRITES = 4

interface Planned {
  item: KeysetItem
  decision: WriteDecision
}

/** An application entry and the result of its dry run: `planned` means a write is due. */
interface PlannedSync {
  item: ApplicationItem
  plan: Result
}

export async function apply(
  context: OperationContext,
  operation: Extract<Operation, { name: 'apply' }>,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<Result> {
  const now = context.now()
  const manifest = await loadManifest(operation.manifest, environment, now)
  const pending = keysetItems(manifest, environment, operation.keyVault, context.mask, context.log)
  const applications = applicationItems(manifest, operation.keyVault)

  const api = new KeysetsApi(context.graph)
  const [listed, items, syncs] = await Promise.all([
    pending.length > 0 ? api.listKeysets() : [],
    readVaultCertificates(context, pending),
    Promise.all(applications.map(async (item) => ({ item, plan: await planSync(context, item) }))),
  ])
  refuseSameTarget(syncs)
  const planned = planAll(items, listed, now)

  const outcomes = (
    context.dryRun ? [...planned.map(dryRunOutcome), ...syncs.map(({ item, plan }) => targetOutcome(item, plan))] : await writeDue(context, api, planned, syncs)
  ).map((outcome) => ({ ...outcome, reason: oneLine(outcome.reason) }))
  for (const outcome of outcomes) context.log.info(`${outcome.place} ${outcome.id}: ${outcome.action}. ${outcome.reason}`)

  const keysBefore = new Map(planned.map(({ item, decision }) => [item.entry.keysetId, keysOf(listed, decision.keysetId)]))
  const written = new Map(outcomes.filter((outcome) => outcome.kind === 'keyset' && isWrite(outcome)).map((outcome) => [outcome.id, writtenKey(outcome)]))
  const kids = activeKids(keysBefore, written, now)
  const report = applyReport({ tenant: operation.tenant, manifest: operation.manifest, dryRun: context.dryRun, now }, outcomes, kids)
  const failed = outcomes.filter((outcome) => outcome.action === 'failed')
  const summary = detail(operation.manifest, report.counts, context.dryRun)
  return {
    actionTaken: actionTaken(outcomes, context.dryRun),
    detail: summary,
    outputs: { [OUTPUTS.report]: await writeReportFile('apply', report, environment), [OUTPUTS.kids]: JSON.stringify(kids) },
    summary: applySummary(report, summary),
    ...(failed.length === 0
      ? {}
      : {
          failure: `${failed.length} of ${outcomes.length} manifest entries failed; the others were applied and a re-run converges. ${failed.map((outcome) => `${outcome.place}: ${outcome.id}: ${outcome.reason}`).join(' ')}`,
        }),
  }
}

/** A dry run of the entry's sync: reads only; a refusal names the entry and stops the run before any write. */
async function planSync(context: OperationContext, item: ApplicationItem): Promise<Result> {
  try {
    return await syncKeyVaultCertificate({ ...context, dryRun: true }, item.sync)
  } catch (error) {
    if (!(error instanceof ActionableError)) throw error
    const { entry } = item
    throw new ActionableError(`The manifest was refused and nothing was written: ${placeText(entry.place)}: ${entry.target.kind} ${entry.target.id}: ${error.message}`)
  }
}

/** Two entries may name one target by object id and by appId; only the read tells, and two syncs must not race. */
function refuseSameTarget(syncs: PlannedSync[]): void {
  const seen = new Map<string, ApplicationItem>()
  for (const { item, plan } of syncs) {
    const objectId = plan.target?.objectId
    if (objectId === undefined) continue
    const key = `${item.entry.target.kind} ${objectId}`
    const first = seen.get(key)
    if (first) {
      throw new ActionableError(
        `The manifest was refused and nothing was written: ${placeText(item.entry.place)}: ${item.entry.target.kind} ${item.entry.target.id} is the same ${item.entry.target.kind} (object id ${objectId}) as the entry at line ${first.entry.place.line}; declare it once`,
      )
    }
    seen.set(key, item)
  }
}

/** Every entry decided from the one list read; any refusal stops the run before a write. */
function planAll(items: KeysetItem[], listed: TrustFrameworkKeySet[], now: Date): Planned[] {
  const byId = new Map(listed.map((keyset) => [keyset.id.toLowerCase(), keyset]))
  const refusals: string[] = []
  const planned = items.flatMap((item) => {
    const { entry } = item
    try {
      return [{ item, decision: decideWrite(entry.keysetId, byId.get(entry.keysetId.toLowerCase()), item.write, item.rule, now, entry.createIfMissing) }]
    } catch (error) {
      if (!(error instanceof ActionableError)) throw error
      refusals.push(`${placeText(entry.place)}: ${error.message}`)
      return []
    }
  })
  if (refusals.length > 0) throw new ActionableError(`The manifest was refused and nothing was written: ${refusals.join(' ')}`)
  return planned
}

async function writeDue(context: OperationContext, api: KeysetsApi, planned: Planned[], syncs: PlannedSync[]): Promise<EntryOutcome[]> {
  const keysetTasks = planned.map(({ item, decision }) => ({
    key: `keyset ${decision.keysetId.toLowerCase()}`,
    run: (): Promise<EntryOutcome> => (decision.due ? carryOut(api, decision, item.write).then((result) => outcomeOf(item, decision, result)) : Promise.resolve(skipped(item, decision))),
  }))
  const syncTasks = syncs.map(({ item, plan }) => ({
    key: `${item.entry.target.kind} ${item.entry.target.id}`,
    run: async (): Promise<EntryOutcome> => targetOutcome(item, plan.actionTaken === 'planned' ? await syncKeyVaultCertificate(context, item.sync) : plan),
  }))
  const settled = await runKeyed([...keysetTasks, ...syncTasks], MAX_CONCURRENT_WRITES)
  return settled.map((outcome, index) => {
    if (outcome.status === 'fulfilled') return outcome.value
    const keyset = planned[index]
    return keyset ? failedOutcome(keyset, outcome.reason) : failedTarget(syncs[index - planned.length]!.item, outcome.reason)
  })
}

function dryRunOutcome({ item, decision }: Planned): EntryOutcome {
  if (!decision.due) return skipped(item, decision)
  const result = plan(decision, item.write)
  return { ...base(item), action: 'planned', kid: null, notBefore: result.notBefore ?? null, expires: result.expires ?? null, keysetCreated: false, reason: `Due: ${decision.why}. ${result.detail}` }
}

function skipped(item: KeysetItem, decision: Extract<WriteDecision, { due: false }>): EntryOutcome {
  const key = decision.covering
  return { ...base(item), action: 'skipped', kid: key.kid, notBefore: key.nbf ?? null, expires: key.exp ?? null, reason: `Not due: ${decision.why}.` }
}

function outcomeOf(item: KeysetItem, decision: Extract<WriteDecision, { due: true }>, result: Result): EntryOutcome {
  return {
    ...base(item),
    action: result.actionTaken === 'generated' ? 'generated' : 'uploaded',
    kid: result.kid ?? null,
    notBefore: result.notBefore ?? null,
    expires: result.expires ?? null,
    keysetCreated: decision.create,
    reason: `Due: ${decision.why}. ${result.detail}`,
  }
}

function failedOutcome({ item, decision }: Planned, error: unknown): EntryOutcome {
  return { ...base(item), action: 'failed', kid: null, notBefore: null, expires: null, reason: `Due: ${decision.why}. Failed: ${explainFailure(error, undefined)}` }
}

function targetOutcome(item: ApplicationItem, result: Result): EntryOutcome {
  const action = result.actionTaken === 'added' || result.actionTaken === 'removed' || result.actionTaken === 'planned' ? result.actionTaken : 'skipped'
  return {
    ...targetBase(item),
    action,
    kid: result.kid ?? null,
    notBefore: result.notBefore ?? null,
    expires: result.expires ?? null,
    thumbprint: result.thumbprint ?? null,
    removedKids: result.removedKids ?? [],
    reason: result.detail,
  }
}

function failedTarget(item: ApplicationItem, error: unknown): EntryOutcome {
  return { ...targetBase(item), action: 'failed', kid: null, notBefore: null, expires: null, thumbprint: null, removedKids: [], reason: `Failed: ${explainFailure(error, undefined)}` }
}

function targetBase(item: ApplicationItem): Pick<EntryOutcome, 'kind' | 'id' | 'place' | 'keysetCreated'> {
  return { kind: item.entry.target.kind, id: item.entry.target.id, place: placeText(item.entry.place), keysetCreated: false }
}

function isWrite(outcome: EntryOutcome): boolean {
  return ['generated', 'uploaded', 'added', 'removed'].includes(outcome.action)
}

function base(item: KeysetItem): Pick<EntryOutcome, 'kind' | 'id' | 'place' | 'thumbprint' | 'keysetCreated'> {
  return { kind: 'keyset', id: item.entry.keysetId, place: placeText(item.entry.place), thumbprint: item.write.thumbprint ?? null, keysetCreated: false }
}

function keysOf(listed: TrustFrameworkKeySet[], keysetId: string): TrustFrameworkKey[] {
  return listed.find((keyset) => keyset.id.toLowerCase() === keysetId.toLowerCase())?.keys ?? []
}

function writtenKey(outcome: EntryOutcome): TrustFrameworkKey {
  return { kid: outcome.kid ?? '', ...(outcome.notBefore === null ? {} : { nbf: outcome.notBefore }), ...(outcome.expires === null ? {} : { exp: outcome.expires }) }
}

function actionTaken(outcomes: EntryOutcome[], dryRun: boolean): Result['actionTaken'] {
  if (dryRun) return outcomes.some((outcome) => outcome.action === 'planned') ? 'planned' : 'skipped'
  return outcomes.some(isWrite) ? 'applied' : 'skipped'
}

function detail(manifest: string, counts: Record<EntryOutcome['action'], number>, dryRun: boolean): string {
  const written = counts.generated + counts.uploaded + counts.added + counts.removed
  if (dryRun) return `Dry run of ${manifest}: ${counts.planned} entries would be written, ${counts.skipped} are not due. Nothing was written.`
  return `Applied ${manifest}: ${written} entries written, ${counts.skipped} not due${counts.failed > 0 ? `, ${counts.failed} failed` : ''}.`
}

/** Reasons carry service text and directory names: one line each in the log, the report and the summary. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ')
}
