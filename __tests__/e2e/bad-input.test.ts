/**
 * Bad input fails before any request (the token request included), with one `::error::` line
 * that names the input and says what is accepted.
 */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { connectionInputs, emulatorEnv, step, useEmulator } from '../helpers/emulated-step.js'
import { makePfx, makeSelfSignedCert } from '../helpers/openssl.js'
import { runStep } from '../../scripts/lib/run-step.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const expired = makeSelfSignedCert({ expired: true })
const valid = makeSelfSignedCert({ days: 30 })
const legacyPfx = makePfx(valid.certPem, valid.keyPem, 'right', { legacy: true })

type Case = [description: string, inputs: Record<string, string>, input: string, accepted: RegExp]

const cases: Case[] = [
  ['operation missing', { operation: '' }, 'operation', /one of 'create-keyset'/],
  ['operation misspelt', { operation: 'upload-secrets' }, 'operation', /'upload-secret'/],
  ['auth unknown', { operation: 'create-keyset', keyset: 'x', auth: 'password' }, 'auth', /'oidc', 'client-secret'/],
  ['tenant-id malformed', { operation: 'create-keyset', keyset: 'x', 'tenant-id': 'contoso' }, 'tenant-id', /GUID nor a domain/],
  ['client-id not a GUID', { operation: 'create-keyset', keyset: 'x', 'client-id': 'my-app' }, 'client-id', /not a GUID/],
  ['client-secret missing', { operation: 'create-keyset', keyset: 'x', 'client-secret': '' }, 'client-secret', /required with auth 'client-secret'/],
  ['cloud unknown', { operation: 'create-keyset', keyset: 'x', cloud: 'AzureGermanCloud' }, 'cloud', /'AzureChinaCloud'/],
  ['graph-endpoint plain http', { operation: 'create-keyset', keyset: 'x', 'graph-endpoint': 'http://graph.microsoft.com' }, 'graph-endpoint', /https:\/\/ \(plain http:\/\/ only for loopback/],
  ['authority-host not a URL', { operation: 'create-keyset', keyset: 'x', 'authority-host': 'login' }, 'authority-host', /not a URL/],
  ['keyset missing', { operation: 'upload-secret', secret: 's', keyset: '' }, 'keyset', /keyset id is required/],
  ['keyset with a slash', { operation: 'create-keyset', keyset: 'a/b' }, 'keyset', /letters, digits/],
  ['use unknown', { operation: 'upload-secret', keyset: 'x', secret: 's', use: 'encrypt' }, 'use', /'sig', 'enc'/],
  ['key-type unknown', { operation: 'generate-key', keyset: 'x', 'key-type': 'EC' }, 'key-type', /'RSA', 'oct'/],
  ['not-before unreadable', { operation: 'generate-key', keyset: 'x', 'not-before': 'next week' }, 'not-before', /ISO-8601 date-time/],
  ['expires before not-before', { operation: 'generate-key', keyset: 'x', 'not-before': '2030-01-02T00:00:00Z', expires: '2030-01-01T00:00:00Z' }, 'expires', /not after not-before/],
  ['rotation window unreadable', { operation: 'generate-key', keyset: 'x', 'rotate-if-expiring-within': 'a month' }, 'rotate-if-expiring-within', /ISO-8601 duration/],
  ['create-if-missing not boolean', { operation: 'generate-key', keyset: 'x', 'create-if-missing': 'maybe' }, 'create-if-missing', /'true' or 'false'/],
  ['dry-run not boolean', { operation: 'generate-key', keyset: 'x', 'dry-run': 'yes' }, 'dry-run', /'true' or 'false'/],
  ['certificate garbage', { operation: 'upload-certificate', keyset: 'x', certificate: 'not a certificate' }, 'certificate', /PEM|DER/],
  ['validity given for a certificate', { operation: 'upload-certificate', keyset: 'x', certificate: valid.certPem, expires: '1y' }, 'expires', /validity from the certificate/],
  ['pkcs12 wrong password', { operation: 'upload-pkcs12', keyset: 'x', pkcs12: legacyPfx, 'pkcs12-password': 'wrong' }, 'pkcs12', /password/],
  ['client-certificate garbage', { operation: 'create-keyset', keyset: 'x', 'client-secret': '', auth: 'client-certificate', 'client-certificate': '-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----' }, 'client-certificate', /certificate/],
  ['key-id not a GUID', { operation: 'remove-key', 'key-id': 'old-cert' }, 'key-id', /not a GUID/],
  ['new-certificate expired', { operation: 'add-key', 'proof-certificate': `${valid.certPem}${valid.keyPem}`, 'new-certificate': expired.certPem }, 'new-certificate', /expired/],
]

describe('bad input', () => {
  it.each(cases)('%s: exit 1, one error naming the input, no request', async (_description, inputs, input, accepted) => {
    const run = await step(emulator, inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(new RegExp(`^Input '${input}': `))
    expect(run.errors[0]).toMatch(accepted)
    expect(emulator.requests).toEqual([])
  })

  it('oidc without permission to request an ID token says how to grant it, before any request', async () => {
    const run = await runStep({ ...connectionInputs(emulator), operation: 'create-keyset', keyset: 'x', auth: 'oidc' }, { env: emulatorEnv(emulator) })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'auth': .*permissions: id-token: write/)])
    expect(emulator.requests).toEqual([])
  })
})
