/**
 * Certificates from the wild, as the user sees them in the log: a private key pasted into a
 * public certificate input is masked line by line, then refused before any request; a chain
 * says which certificate is used.
 */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'
import { makeSelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const leaf = makeSelfSignedCert({ commonName: 'leaf' })
const issuer = makeSelfSignedCert({ commonName: 'issuer' })
const ec = makeSelfSignedCert({ keyType: 'ec', commonName: 'ec' })

describe('a private key in a public certificate input', () => {
  it.each(['certificate', 'new-certificate'])('%s: every key line is masked, then the step fails with no request', async (input) => {
    const operation: Record<string, string> = input === 'certificate' ? { operation: 'upload-certificate', keyset: 'Saml' } : { operation: 'add-key' }
    const run = await step(emulator, { ...operation, [input]: `${leaf.certPem}${leaf.keyPem}`, 'proof-certificate': `${issuer.certPem}${issuer.keyPem}` })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(new RegExp(`^Input '${input}': holds a private key`))])
    const keyLines = leaf.keyPem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'))
    for (const line of keyLines) expect(run.masked).toContain(line)
    expect(emulator.requests).toEqual([])
  })
})

describe('a key that is not RSA', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['upload-certificate', { operation: 'upload-certificate', keyset: 'Saml', certificate: ec.certPem }, /^Input 'certificate': the key of certificate [0-9A-F]{40} is EC \(prime256v1\); B2C and Entra certificates need RSA/],
    ['add-key new-certificate', { operation: 'add-key', 'new-certificate': ec.certPem, 'proof-certificate': `${leaf.certPem}${leaf.keyPem}` }, /^Input 'new-certificate': the key of certificate .* is EC/],
    ['client-certificate', { operation: 'create-keyset', keyset: 'x', auth: 'client-certificate', 'client-certificate': `${ec.certPem}${ec.keyPem}` }, /^Input 'client-certificate': the key is EC \(prime256v1\); B2C and Entra certificates need RSA: they sign RS256/],
  ])('%s: refused before any request, saying why', async (_, inputs, expected) => {
    const run = await step(emulator, inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(expected)])
    expect(emulator.requests).toEqual([])
  })
})

describe('a chain', () => {
  it('upload-certificate logs which certificate is used and uploads that one', async () => {
    const run = await step(emulator, { operation: 'upload-certificate', keyset: 'Saml', certificate: `${leaf.certPem}${issuer.certPem}` })
    expectSuccess(run)
    expect(run.stdout).toMatch(/^Input 'certificate' holds 2 certificates \(a chain\): using the first, [0-9A-F]{40} \(CN=leaf\); the other one is ignored\.$/m)
    expect(run.outputs['thumbprint']).toMatch(/^[0-9A-F]{40}$/)
  })
})
