/** Result → the step's outputs and its summary table. Outputs are always all set, empty when unknown. */
import { OUTPUTS } from './inputs.js'
import type { Result } from './operations/context.js'
import { isoSeconds } from './operations/key-facts.js'
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
  const rows: [string, string | undefined][] = [
    ['Operation', `${operation.name}${settings.dryRun ? ' (dry run)' : ''}`],
    ['Action taken', result.actionTaken],
    ['Tenant', connection.auth.tenantId ?? '(from the Azure CLI session)'],
    ['Cloud', connection.cloud],
    ['Keyset', result.keysetId],
    ['Target', result.target && `${result.target.kind} ${result.target.displayName ?? ''} (object id ${result.target.objectId}${result.target.appId ? `, appId ${result.target.appId}` : ''})`],
    ['kid', result.kid],
    ['Previous kid', result.previousKid],
    ['Valid from', result.notBefore === undefined ? undefined : isoSeconds(result.notBefore)],
    ['Valid until', result.expires === undefined ? (result.kid ? 'no expiry' : undefined) : isoSeconds(result.expires)],
    ['Thumbprint (SHA-1)', result.thumbprint],
  ]
  const table = rows
    .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([name, value]) => `| ${name} | ${cell(value)} |`)
  return ['### B2C keys', '', '| | |', '|---|---|', ...table, '', cell(result.detail), ''].join('\n')
}

/** Values come from Graph and from inputs: keep them from breaking the table or injecting HTML. */
function cell(value: string): string {
  return value.replace(/[|\\`*_<>[\]]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ')
}
