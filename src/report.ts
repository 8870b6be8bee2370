/** Result → the step's outputs and its summary table. Outputs are always all set, empty when unknown. */
import { CLOUDS } from './clouds.js'
import { OUTPUTS } from './inputs.js'
import type { Result } from './operations/context.js'
import { isoSeconds } from './operations/wording.js'
import type { Settings } from './settings.js'

export function outputsOf(result: Result): Record<string, string> {
  return {
    [OUTPUTS.kid]: result.kid ?? '',
    [OUTPUTS.keysetId]: result.keysetId ?? '',
    [OUTPUTS.notBefore]: result.notBefore?.toString() ?? '',
    [OUTPUTS.expires]: result.expires?.toString() ?? '',
    [OUTPUTS.thumbprint]: result.thumbprint ?? '',
    [OUTPUTS.previousKid]: result.previousKid ?? '',
    [OUTPUTS.actionTaken]: result.actionTaken,
    ...result.outputs,
    // Only sync-key-vault-certificate reports removals; other operations leave the output unset (read as '').
    ...(result.removedKids === undefined ? {} : { [OUTPUTS.removedKids]: result.removedKids.join(',') }),
  }
}

export function summaryOf(settings: Settings, result: Result): string {
  if (result.summary !== undefined) return result.summary
  const target = result.target
  const rows: Row[] = [
    ['Operation', `${settings.operation.name}${settings.dryRun ? ' (dry run)' : ''}`],
    ['Action taken', result.actionTaken],
    ...connectionRows(settings),
    ['Keyset', code(result.keysetId)],
    ['Target', target && [target.kind, target.displayName, `(object id ${code(target.objectId)}${target.appId ? `, appId ${code(target.appId)}` : ''})`].filter(Boolean).join(' ')],
    ['kid', code(result.kid)],
    ['Previous kid', code(result.previousKid)],
    ['Valid from', result.notBefore === undefined ? undefined : isoSeconds(result.notBefore)],
    ['Valid until', result.expires === undefined ? (result.kid ? 'no expiry' : undefined) : isoSeconds(result.expires)],
    ['Thumbprint (SHA-1)', code(result.thumbprint)],
    ['Removed keyIds', result.removedKids?.map((kid) => code(kid)).join(', ')],
  ]
  const name = target ? `${target.kind} ${target.displayName ?? target.objectId}` : undefined
  return document(headingOf(settings, name), rows, plain(result.detail))
}

/**
 * A failed run reports too: what was attempted (as far as the inputs were read) and the error.
 * `operation` is the raw input, used when the settings could not be built.
 */
export function failureSummaryOf(settings: Settings | undefined, operation: string, message: string): string {
  const rows: Row[] = settings
    ? [['Operation', `${settings.operation.name}${settings.dryRun ? ' (dry run)' : ''}`], ['Outcome', 'failed'], ...connectionRows(settings), ...targetRows(settings)]
    : [['Operation', code(operation)], ['Outcome', 'failed before any request (an input was refused)']]
  const heading = settings ? headingOf(settings, undefined) : `### B2C keys: ${operation === '' ? 'step' : plain(operation)}`
  return document(`${heading} failed`, rows, `**Error:** ${plain(message)}`)
}

type Row = [string, string | undefined]

function document(heading: string, rows: Row[], text: string): string {
  const table = rows
    // Every value is undefined or non-empty: code() turns '' into undefined.
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([name, value]) => `| ${name} | ${plain(value)} |`)
  return [heading, '', '| Item | Value |', '|---|---|', ...table, '', text, ''].join('\n')
}

/** `### B2C keys: add-key on application Contoso web`; `name` is the target as Graph named it, when read. */
function headingOf(settings: Settings, name: string | undefined): string {
  const operation = settings.operation
  const keyset = 'keysetId' in operation ? operation.keysetId : 'keyset' in operation ? operation.keyset.keysetId : undefined
  const on = keyset !== undefined ? `keyset ${keyset}` : 'target' in operation ? (name ?? `${operation.target.kind} ${operation.target.id}`) : undefined
  return `### B2C keys: ${operation.name}${on === undefined ? '' : ` on ${plain(on)}`}${settings.dryRun ? ' (dry run)' : ''}`
}

/** The tenant, and the cloud, or the endpoints when an input overrode the cloud's. */
function connectionRows(settings: Settings): Row[] {
  const { connection } = settings
  const tenant: Row = ['Tenant', code(connection.auth.tenantId) ?? '(from the Azure CLI session)']
  const defaults = CLOUDS[connection.cloud]
  if (!connection.authorityOverridden && connection.graphEndpoint === defaults.graphEndpoint) return [tenant, ['Cloud', connection.cloud]]
  return [tenant, ['Graph endpoint', code(connection.graphEndpoint)], ['Authority host', code(connection.authorityHost)]]
}

function targetRows(settings: Settings): Row[] {
  const operation = settings.operation
  if ('keysetId' in operation) return [['Keyset', code(operation.keysetId)]]
  if ('keyset' in operation) return [['Keyset', code(operation.keyset.keysetId)]]
  if ('target' in operation) return [['Target', `${operation.target.kind} ${code(operation.target.id)}`]]
  return []
}

/** Ids as code spans: copied exactly, never read as Markdown. */
export function code(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `\`${value.replace(/`/g, "'")}\``
}

/** Values come from Graph and from inputs: keep them from breaking the table or injecting HTML. */
export function plain(value: string): string {
  return value.replace(/[|<>]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ')
}
