/**
 * Messages a person can act on, as the bundled action prints them against the emulator: an
 * unknown tenant, a re-run of remove-key that signs in with the certificate it removed, an
 * authority-host with a path, and a Graph refusal in the one shape every Graph failure has.
 */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'
import { makeSelfSignedCert, sha1Fingerprint } from '../helpers/openssl.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const current = makeSelfSignedCert({ days: 30, notBeforeDaysAgo: 1, commonName: 'current' })
const next = makeSelfSignedCert({ days: 365, commonName: 'next' })
const withKey = (cert: typeof current) => `${cert.certPem}${cert.keyPem}`

describe('sign-in', () => {
  it.each([
    ['contoso.b2clogin.com', /\('contoso\.b2clogin\.com' is a B2C sign-in host, not a tenant name\)/],
    ['contoso-typo.onmicrosoft.com', /tenant not found at https:\/\/127\.0\.0\.1:\d+: use/],
  ])('an unknown tenant (%s) says to use the *.onmicrosoft.com name or the tenant GUID', async (tenant, detail) => {
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'x', 'tenant-id': tenant })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/^Sign-in to Entra ID failed \(auth: client-secret [0-9a-f-]{36}\): tenant not found/)
    expect(run.errors[0]).toMatch(/use the \*\.onmicrosoft\.com name or the tenant GUID in tenant-id/)
    expect(run.errors[0]).toMatch(detail)
    expect(run.errors[0]).not.toMatch(/endpoints_resolution_error/)
  })

  it('a re-run of remove-key signed in with the removed certificate says to sign in with the one that stays', async () => {
    const app = emulator.addApplication({ displayName: 'daemon', keyCredentials: [{ certificatePem: current.certPem }] })
    emulator.registerClient({ clientId: app.appId, certificatePem: current.certPem, roles: [] })
    const signIn = { 'client-id': app.appId, 'client-secret': '', auth: 'client-certificate', 'client-certificate': withKey(current) }
    const added = await step(emulator, { ...signIn, operation: 'add-key', 'new-certificate': next.certPem })
    expectSuccess(added)
    const remove = { ...signIn, operation: 'remove-key', 'key-id': added.outputs['previous-kid'] ?? '', 'proof-certificate': withKey(next) }
    expectSuccess(await step(emulator, remove))

    const again = await step(emulator, remove)
    expect(again.exitCode).toBe(1)
    expect(again.errors).toEqual([
      `Sign-in to Entra ID failed (auth: client-certificate ${app.appId}): the client certificate ${sha1Fingerprint(current.certPem)} is not registered on the app. ` +
        'If an earlier run of this remove-key step removed it, the step must now sign in with the certificate that stays: ' +
        'set client-certificate to the new certificate (the one add-key added), with its private key [AADSTS700027]',
    ])
  })
})

describe('inputs', () => {
  it('authority-host with a path says the action adds /<tenant-id> itself', async () => {
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'x', 'authority-host': `${emulator.url}/contoso.onmicrosoft.com` })
    expect(run.errors).toEqual([`Input 'authority-host': '${emulator.url}/contoso.onmicrosoft.com' must be an origin only, such as '${emulator.url}' (the action adds /<tenant-id> itself)`])
    expect(emulator.requests).toEqual([])
  })
})

describe('Graph failures', () => {
  it('say what was tried, what Graph said, the fix, then status, code and request-id', async () => {
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Missing' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /^Reading the active key of the keyset failed: "[^"]*B2C_1A_Missing[^"]*"\. The keyset does not exist in the tenant signed in to: check the keyset input .* and tenant-id\. \[Graph 404 \w+, request-id [-0-9a-f]+\]$/,
    )
  })

  it('a write refused by Graph: attempt, message, fix, reference', async () => {
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, status: 400, code: 'AADB2C99999' })
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Existing', secret: 'not-a-real-secret-1' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^Uploading a secret to keyset B2C_1A_Existing failed: "[^"]+[^."]"\. \[Graph 400 AADB2C99999, request-id [^\]]+\]$/)])
  })
})

describe('step summary', () => {
  it('a failed run writes one: what was attempted, where, and the error', async () => {
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Missing' })
    expect(run.exitCode).toBe(1)
    const [heading, , header] = run.summary.split('\n')
    expect({ heading, header }).toEqual({ heading: '### B2C keys: get-active-key on keyset B2C_1A_Missing failed', header: '| Item | Value |' })
    expect(run.summary).toContain(`| Graph endpoint | \`${emulator.url}\` |`)
    expect(run.summary).not.toContain('AzureCloud')
    expect(run.summary).toContain(`**Error:** ${(run.errors[0] ?? 'missing').replace(/\|/g, '\\|')}`)
  })

  it('a run refused for its inputs writes one too', async () => {
    const run = await step(emulator, { operation: 'upload-secrets' })
    expect(run.summary).toMatch(/^### B2C keys: upload-secrets failed\n/)
    expect(run.summary).toContain("**Error:** Input 'operation': 'upload-secrets' is not accepted")
  })

  it('a successful run names operation and target in the heading', async () => {
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Summary', secret: 'not-a-real-secret-2' })
    expectSuccess(run)
    expect(run.summary.split('\n')[0]).toBe('### B2C keys: upload-secret on keyset B2C_1A_Summary')
    expect(run.summary).toMatch(/\| Valid from \| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \|/)
  })
})
