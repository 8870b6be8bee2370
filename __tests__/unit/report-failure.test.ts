/** The summary of a failed run, removed keys, and an operation's own summary: whole, row by row. */
import { describe, expect, it } from '@jest/globals'
import type { InputName } from '../../src/inputs.js'
import { failureSummaryOf, outputsOf, summaryOf } from '../../src/report.js'
import { buildSettings, type Settings } from '../../src/settings.js'

const signIn = { 'tenant-id': 'contoso.onmicrosoft.com', 'client-id': '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', 'client-secret': 'x' }
const settings = (inputs: Partial<Record<InputName, string>>): Settings =>
  buildSettings((name) => ({ ...signIn, ...inputs })[name] ?? '', { idTokenAvailable: false }, new Date('2027-01-31T10:00:00Z'))

describe('failureSummaryOf', () => {
  it('before the inputs could be read: the raw operation, and that nothing was sent', () => {
    expect(failureSummaryOf(undefined, 'upload-secret', 'Input x: | bad')).toBe(
      [
        '### B2C keys: upload-secret failed',
        '',
        '| Item | Value |',
        '|---|---|',
        '| Operation | `upload-secret` |',
        '| Outcome | failed before any request (an input was refused) |',
        '',
        '**Error:** Input x: \\| bad',
        '',
      ].join('\n'),
    )
    expect(failureSummaryOf(undefined, '', 'm')).toMatch(/^### B2C keys: step failed\n/)
  })

  it('with settings: operation, outcome, connection and the keyset tried', () => {
    expect(failureSummaryOf(settings({ operation: 'upload-secret', keyset: 'Fb', secret: 's', 'dry-run': 'true' }), 'upload-secret', 'boom')).toBe(
      [
        '### B2C keys: upload-secret on keyset B2C_1A_Fb (dry run) failed',
        '',
        '| Item | Value |',
        '|---|---|',
        '| Operation | upload-secret (dry run) |',
        '| Outcome | failed |',
        '| Tenant | `contoso.onmicrosoft.com` |',
        '| Cloud | AzureCloud |',
        '| Keyset | `B2C_1A_Fb` |',
        '',
        '**Error:** boom',
        '',
      ].join('\n'),
    )
    expect(failureSummaryOf(settings({ operation: 'get-active-key', keyset: 'Fb' }), 'get-active-key', 'boom')).toContain(
      '### B2C keys: get-active-key on keyset B2C_1A_Fb failed\n',
    )
    expect(failureSummaryOf(settings({ operation: 'get-active-key', keyset: 'Fb' }), 'get-active-key', 'boom')).toContain('| Keyset | `B2C_1A_Fb` |\n\n')
  })
})

describe('removed keys and an operation’s own summary', () => {
  const plain = settings({ operation: 'get-active-key', keyset: 'Fb' })

  it('lists removed keyIds in the output and the table', () => {
    const result = { actionTaken: 'removed' as const, detail: 'd', removedKids: ['k1', 'k2'] }
    expect(outputsOf(result)['removed-kids']).toBe('k1,k2')
    expect(summaryOf(plain, result)).toContain('| Removed keyIds | `k1`, `k2` |')
    expect(outputsOf({ actionTaken: 'found', detail: 'd' })).not.toHaveProperty('removed-kids')
  })

  it('returns an operation’s own summary as it is', () => {
    expect(summaryOf(plain, { actionTaken: 'found', detail: 'd', summary: 'own' })).toBe('own')
  })
})
