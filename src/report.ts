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
  }
}

export function summaryOf(settings: Settings, result: Result): string {
  const { connection, operation } = settings
  const target = result.target
  const rows: [string, string | undefined][] = [
    ['Operation', `${operation.name}${settings.dryRun ? ' (dry run)' : ''}`],
    ['Action taken', result.actionTaken],
    ['Tenant', code(connection.auth.tenantId) ?? '(from the Azure CLI session)'],
    ['Cloud', connection.cloud],
    ['Keyset', code(result.keysetId)],
    ['Target', target && [target.kind, target.displayName, `(object id ${code(target.objectId)}${target.appId ? `, appId ${code(target.appId)}` : ''})`].filter(Boolean).join(' ')],
    ['kid', code(result.kid)],
    ['Previous kid', code(result.previousKid)],
    ['Valid from', result.notBefore === undefined ? undefined : isoSeconds(result.notBefore)],
    ['Valid until', result.expires === undefined ? (result.kid ? 'no expiry' : undefined) : isoSeconds(result.expires)],
    ['Thumbprint (SHA-1)', code(result.thumbprint)],
  ]
  const table = rows
    // Every value is undefined or non-empty: code() turns '' into undefined.
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([name, value]) => `| ${name} | ${plain(value)} |`)
  return ['### B2C keys', '', '| | |', '|---|---|', ...table, '', plain(result.detail), ''].join('\n')
}

/** Ids as code spans: copied exactly, never read as Markdown. */
function code(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `\`${value.replace(/`/g, "'")}\``
}

/** Values come from Graph and from inputs: keep them from breaking the table or injecting HTML. */
function plain(value: string): string {
  return value.replace(/[|<>]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ')
}
