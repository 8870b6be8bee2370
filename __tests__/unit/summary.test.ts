import { afterAll, describe, expect, it } from '@jest/globals'
import type { InputName } from '../../src/inputs.js'
import { failureSummaryOf, summaryOf } from '../../src/report.js'
import { buildSettings, type Settings } from '../../src/settings.js'
import { makeSelfSignedCert, removeTempDirs } from '../helpers/openssl.js'

afterAll(removeTempDirs)

const SIGN_IN = { 'tenant-id': 'contoso.onmicrosoft.com', 'client-id': '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', 'client-secret': 'x' }
const TARGET = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
const KEY_ID = 'b1a2c3d4-0000-4000-8000-000000000001'

function settingsFor(inputs: Partial<Record<InputName, string>>): Settings {
  const all: Partial<Record<InputName, string>> = { ...SIGN_IN, ...inputs }
  return buildSettings((name) => all[name] ?? '', { idTokenAvailable: false }, new Date('2027-01-31T10:00:00Z'))
}

const lines = (markdown: string) => markdown.split('\n')

describe('summary of a run that succeeded', () => {
  it('has a heading naming the operation and its keyset, and a real header row', () => {
    const summary = summaryOf(settingsFor({ operation: 'upload-secret', keyset: 'Facebook', secret: 's' }), {
      actionTaken: 'uploaded',
      detail: 'Uploaded.',
      keysetId: 'B2C_1A_Facebook',
    })
    expect(lines(summary).slice(0, 4)).toEqual(['### B2C keys: upload-secret on keyset B2C_1A_Facebook', '', '| Item | Value |', '|---|---|'])
    expect(summary).toContain('| Cloud | AzureCloud |')
  })

  it('tells add-key and remove-key apart, with the target as Graph named it', () => {
    const target = { kind: 'application', objectId: TARGET, appId: undefined, displayName: 'Contoso web' }
    const cert = makeSelfSignedCert({ days: 3650 })
    const proof = `${cert.certPem}${cert.keyPem}`
    const remove = settingsFor({ operation: 'remove-key', application: TARGET, 'key-id': KEY_ID, 'proof-certificate': proof })
    expect(lines(summaryOf(remove, { actionTaken: 'removed', detail: 'Removed.', target }))[0]).toBe('### B2C keys: remove-key on application Contoso web')
    const add = settingsFor({ operation: 'add-key', application: TARGET, 'new-certificate': cert.certPem, 'proof-certificate': proof })
    expect(lines(summaryOf(add, { actionTaken: 'added', detail: 'Added.', target }))[0]).toBe('### B2C keys: add-key on application Contoso web')
    expect(lines(failureSummaryOf(add, 'add-key', 'x'))[0]).toBe(`### B2C keys: add-key on application ${TARGET} failed`)
  })

  it('shows overridden endpoints instead of the cloud name', () => {
    const summary = summaryOf(settingsFor({ operation: 'create-keyset', keyset: 'x', 'graph-endpoint': 'https://127.0.0.1:8443', 'authority-host': 'https://127.0.0.1:8444' }), {
      actionTaken: 'created',
      detail: 'Created.',
    })
    expect(summary).toContain('| Graph endpoint | `https://127.0.0.1:8443` |')
    expect(summary).toContain('| Authority host | `https://127.0.0.1:8444` |')
    expect(summary).not.toContain('AzureCloud')
  })
})

describe('summary of a run that failed', () => {
  it('says what was attempted and the error', () => {
    const settings = settingsFor({ operation: 'get-active-key', keyset: 'Nowhere', 'dry-run': 'true' })
    const summary = failureSummaryOf(settings, 'get-active-key', 'Reading the keyset failed: "x|y". Fix it. [Graph 404, request-id r-1]')
    expect(lines(summary)[0]).toBe('### B2C keys: get-active-key on keyset B2C_1A_Nowhere (dry run) failed')
    expect(summary).toContain('| Outcome | failed |')
    expect(summary).toContain('| Keyset | `B2C_1A_Nowhere` |')
    expect(summary).toContain('| Tenant | `contoso.onmicrosoft.com` |')
    expect(summary).toContain('**Error:** Reading the keyset failed: "x\\|y". Fix it. [Graph 404, request-id r-1]')
  })

  it('is written even when the inputs were refused, naming the operation asked for', () => {
    const summary = failureSummaryOf(undefined, 'upload-secrets', "Input 'operation': 'upload-secrets' is not accepted")
    expect(lines(summary).slice(0, 4)).toEqual(['### B2C keys: upload-secrets failed', '', '| Item | Value |', '|---|---|'])
    expect(summary).toContain('| Operation | `upload-secrets` |')
    expect(summary).toContain("**Error:** Input 'operation': 'upload-secrets' is not accepted")
    expect(lines(failureSummaryOf(undefined, '', 'x'))[0]).toBe('### B2C keys: step failed')
  })
})
