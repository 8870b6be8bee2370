import { describe, expect, it } from '@jest/globals'
import type { InputName } from '../../src/inputs.js'
import { maskableParts } from '../../src/masking.js'
import { outputsOf, summaryOf } from '../../src/report.js'
import { buildSettings } from '../../src/settings.js'

describe('maskableParts', () => {
  it('registers a PEM whole and each body line, but not the armour lines', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n'
    expect(maskableParts(pem)).toEqual([pem, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7'])
  })

  it('keeps a one-line secret as it is', () => {
    expect(maskableParts('s3cr3t')).toEqual(['s3cr3t'])
  })

  it('skips short fragments and PEM headers such as Proc-Type that would blank ordinary log text', () => {
    expect(maskableParts('Proc-Type: 4,ENCRYPTED\nab\nlong-enough-line')).toEqual(['Proc-Type: 4,ENCRYPTED\nab\nlong-enough-line', 'long-enough-line'])
  })
})

describe('report', () => {
  const inputs: Partial<Record<InputName, string>> = { operation: 'generate-key', keyset: 'Signing', 'tenant-id': 'contoso.onmicrosoft.com', 'client-id': '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', 'client-secret': 'x' }
  const settings = buildSettings((name) => inputs[name] ?? '', { idTokenAvailable: false }, new Date('2027-01-31T10:00:00Z'))

  it('sets every output, empty where the result has nothing', () => {
    expect(outputsOf({ actionTaken: 'created', detail: 'Created.', keysetId: 'B2C_1A_Signing' })).toEqual({
      kid: '',
      'keyset-id': 'B2C_1A_Signing',
      'not-before': '',
      expires: '',
      thumbprint: '',
      'previous-kid': '',
      'action-taken': 'created',
    })
  })

  it('writes a table with ids as code spans and escapes text that would break it', () => {
    const summary = summaryOf(settings, {
      actionTaken: 'generated',
      detail: 'Generated <b>|x|</b>',
      kid: 'abc_def',
      keysetId: 'B2C_1A_Signing',
      notBefore: 1801389600,
    })
    expect(summary).toContain('| kid | `abc_def` |')
    expect(summary).toContain('| Keyset | `B2C_1A_Signing` |')
    expect(summary).toContain('| Valid from | 2027-01-31T10:00:00Z |')
    expect(summary).toContain('| Valid until | no expiry |')
    expect(summary).toContain('| Tenant | `contoso.onmicrosoft.com` |')
    expect(summary).toContain('Generated \\<b\\>\\|x\\|\\</b\\>')
    expect(summary).not.toContain('Thumbprint')
  })
})
