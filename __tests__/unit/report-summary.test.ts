/** The step summary, whole: every row, its order and wording, and what is left out. */
import { describe, expect, it } from '@jest/globals'
import { outputsOf, summaryOf } from '../../src/report.js'
import type { Settings } from '../../src/settings.js'

const addKey: Settings = {
  connection: {
    cloud: 'AzureUSGovernment',
    graphEndpoint: 'https://graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
    authorityOverridden: false,
    auth: { method: 'client-secret', tenantId: 'fabrikam.onmicrosoft.com', clientId: '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', clientSecret: 'x' },
  },
  operation: { name: 'create-keyset', keysetId: 'B2C_1A_x' },
  dryRun: true,
  derivedSecrets: [],
  notices: [],
}
const cliSession: Settings = { ...addKey, connection: { ...addKey.connection, cloud: 'AzureCloud', auth: { method: 'azure-cli', tenantId: undefined, fallback: true } }, dryRun: false }

describe('summaryOf', () => {
  it('writes every row the result has, in order', () => {
    const summary = summaryOf(addKey, {
      actionTaken: 'planned',
      detail: 'Would add\r\nthe key\nnow.',
      kid: 'k`1',
      keysetId: 'B2C_1A_x',
      notBefore: 1801389600,
      expires: 1832925600,
      thumbprint: 'AB12',
      previousKid: 'k0',
      target: { kind: 'application', objectId: 'obj-1', appId: 'app-1', displayName: 'Contoso web' },
    })
    expect(summary).toBe(
      [
        '### B2C keys: create-keyset on keyset B2C_1A_x (dry run)',
        '',
        '| Item | Value |',
        '|---|---|',
        '| Operation | create-keyset (dry run) |',
        '| Action taken | planned |',
        '| Tenant | `fabrikam.onmicrosoft.com` |',
        '| Cloud | AzureUSGovernment |',
        '| Keyset | `B2C_1A_x` |',
        '| Target | application Contoso web (object id `obj-1`, appId `app-1`) |',
        "| kid | `k'1` |",
        '| Previous kid | `k0` |',
        '| Valid from | 2027-01-31T10:00:00Z |',
        '| Valid until | 2028-01-31T10:00:00Z |',
        '| Thumbprint (SHA-1) | `AB12` |',
        '',
        'Would add the key now.',
        '',
      ].join('\n'),
    )
  })

  it('leaves out rows with nothing in them; names the Azure CLI session as the tenant, and endpoints that are not the cloud\'s', () => {
    const summary = summaryOf(cliSession, {
      actionTaken: 'found',
      detail: 'Found.',
      kid: '',
      target: { kind: 'service-principal', objectId: 'sp-1', appId: undefined, displayName: 'API' },
    })
    expect(summary).toBe(
      [
        '### B2C keys: create-keyset on keyset B2C_1A_x',
        '',
        '| Item | Value |',
        '|---|---|',
        '| Operation | create-keyset |',
        '| Action taken | found |',
        '| Tenant | (from the Azure CLI session) |',
        '| Graph endpoint | `https://graph.microsoft.us` |',
        '| Authority host | `https://login.microsoftonline.us` |',
        '| Target | service-principal API (object id `sp-1`) |',
        '',
        'Found.',
        '',
      ].join('\n'),
    )
  })

  it('leaves a missing display name out of the target', () => {
    const target = { kind: 'service-principal', objectId: 'sp-2', appId: 'app-2', displayName: undefined }
    expect(summaryOf(cliSession, { actionTaken: 'found', detail: 'd', target })).toContain('| Target | service-principal (object id `sp-2`, appId `app-2`) |')
  })

  it('says "no expiry" for a key without one', () => {
    expect(summaryOf(cliSession, { actionTaken: 'generated', detail: 'd', kid: 'k' })).toContain('| Valid until | no expiry |')
  })
})

describe('outputsOf', () => {
  it('writes every output from the result', () => {
    expect(
      outputsOf({ actionTaken: 'added', detail: 'd', kid: 'k', keysetId: 'B2C_1A_x', notBefore: 1, expires: 2, thumbprint: 'T', previousKid: 'p' }),
    ).toEqual({ kid: 'k', 'keyset-id': 'B2C_1A_x', 'not-before': '1', expires: '2', thumbprint: 'T', 'previous-kid': 'p', 'action-taken': 'added' })
  })

  it('writes every output empty when the result has none', () => {
    expect(outputsOf({ actionTaken: 'skipped', detail: 'd' })).toEqual({
      kid: '',
      'keyset-id': '',
      'not-before': '',
      expires: '',
      thumbprint: '',
      'previous-kid': '',
      'action-taken': 'skipped',
    })
  })
})
