/** Result → the step's outputs and its summary table. Outputs are always all set, empty when unknown. */
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
    // Only sync-key-vault-certificate reports removals; other operations leave the output unset (read as '').
    ...(result.removedKids === undefined ? {} : { [OUTPUTS.removedKids]: result.removedKids.join(',') }),
    ...result.outputs,
  }
}

export function summaryOf(settings: Settings, result: Result): string {
  if (result.summary !== undefined) return result.summary
  const { connection, operation } = settings
  const target = result.target
  const rows: [string, string | undefined][] = [
    ['Operation', `${operation.name}${settings.dryRun ? ' (dry run)' : ''}`],
    ['Action taken', result.actionTaken],
    ['Tenant', code(connection.auth.tenantId) ?? '(from the Azure CLI session)'],
    ['Cloud', connection.cloud],
    ['Keyset', code(result.keysetId)],
    ['Target', target && `${target.kind} ${target.displayName ?? ''} (object id ${code(target.objectId)}${target.appId ? `, appId ${code(target.appId)}` : ''})`],
    ['kid', code(result.kid)],
    ['Previous kid', code(result.previousKid)],
    ['Valid from', result.notBefore === undefined ? undefined : isoSeconds(result.notBefore)],
    ['Valid until', result.expires === undefined ? (result.kid ? 'no expiry' : undefined) : isoSeconds(result.expires)],
    ['Thumbprint (SHA-1)', code(result.thumbprint)],
    ['Removed keyIds', result.removedKids?.map((kid) => code(kid)).join(', ')],
  ]
  const table = rows
    .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([name, value]) => `| ${name} | ${plain(value)} |`)
  return ['### B2C keys', '', '| | |', '|---|---|', ...table, '', plain(result.detail), ''].join('\n')
}

/** Ids as code spans: copied exactly, never read as Markdown. */
export function code(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `\`${value.replace(/`/g, "'")}\``
}

/** Values come from Graph and from inputs: keep them from breaking the table or injecting HTML. */
export function plain(value: string): string {
  return value.replace(/[|<>]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ')
}
