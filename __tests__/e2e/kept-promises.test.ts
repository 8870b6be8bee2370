/**
 * Promises of the contract that only a run of the bundle can show, each written so that it
 * fails when the promise is broken: a lost answer during a rotation reports the NEW key,
 * Retry-After longer than the first backoff is waited out, and a proof key decrypted from its
 * input is masked.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'
import { encryptPkcs8, makeSelfSignedCert, type SelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator
const ADMIN = { clientId: '6e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', secret: 'admin-secret-8Q~kept' }
useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: ADMIN.clientId, secret: ADMIN.secret, roles: ['Application.ReadWrite.All'] })
})

const DEBUG_ENV = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
const keysOf = (id: string) => emulator.keysets.get(id)?.keys ?? []
const uploads = () => emulator.requests.filter((request) => request.service === 'graph' && request.path.endsWith('/uploadSecret'))

/** A keyset holding one secret that expires in 10 days: due for rotation within 30 days. */
async function keysetDueForRotation(name: string): Promise<string> {
  const yesterday = String(Math.floor(Date.now() / 1000) - 86_400)
  const first = await step(emulator, { operation: 'upload-secret', keyset: name, secret: 'old-secret', 'not-before': yesterday, expires: '11d' })
  expectSuccess(first)
  return first.outputs['kid']!
}

describe('a lost answer during a rotation', () => {
  const rotate = (name: string) => step(emulator, { operation: 'upload-secret', keyset: name, secret: 'new-secret', expires: '1y', 'rotate-if-expiring-within': '30d' })

  it('when the write landed: reports the new key, not the one already there, and writes once', async () => {
    const oldKid = await keysetDueForRotation('LostRotation')
    const uploadsBefore = uploads().length
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, phase: 'after', drop: true })
    const run = await rotate('LostRotation')
    expectSuccess(run)
    const keys = keysOf('B2C_1A_LostRotation')
    expect(keys).toHaveLength(2)
    const added = keys.find((key) => key.kid !== oldKid)
    expect(run.outputs).toMatchObject({ kid: added?.kid, 'previous-kid': oldKid, 'action-taken': 'uploaded', expires: String(added?.exp) })
    expect(uploads().length - uploadsBefore).toBe(1) // never resent
  })

  it('when the write was lost: writes it, rather than taking the old key for it', async () => {
    const oldKid = await keysetDueForRotation('DroppedRotation')
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, phase: 'before', drop: true })
    const run = await rotate('DroppedRotation')
    expectSuccess(run)
    const keys = keysOf('B2C_1A_DroppedRotation')
    expect(keys).toHaveLength(2)
    expect(run.outputs['kid']).toBe(keys.find((key) => key.kid !== oldKid)?.kid)
  })
})

describe('Retry-After longer than the first backoff', () => {
  it('waits as the service asks (2 s), not the 1 s backoff, and says so in the debug log', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'SlowDown' })
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, status: 429, retryAfter: '2' })
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'SlowDown', secret: 's' }, { env: DEBUG_ENV })
    expectSuccess(run)
    expect(run.stdout).toMatch(/^::debug::POST \S+uploadSecret: .*HTTP 429.*; attempt 2 in 2 s$/m)
    const [refused, accepted] = uploads()
    expect([refused?.status, accepted?.status]).toEqual([429, 200])
    expect(accepted!.at.getTime() - refused!.at.getTime()).toBeGreaterThanOrEqual(2_000)
    expect(keysOf('B2C_1A_SlowDown')).toHaveLength(1)
  })
})

describe('the proof key, decrypted from proof-certificate', () => {
  let current: SelfSignedCert
  let next: SelfSignedCert
  beforeAll(() => {
    current = makeSelfSignedCert({ days: 30, notBeforeDaysAgo: 1, commonName: 'current' })
    next = makeSelfSignedCert({ days: 365, commonName: 'next' })
  })

  it('is masked line by line before anything is logged, and never shown', async () => {
    const { objectId } = emulator.addApplication({ displayName: 'Masked proof', keyCredentials: [{ certificatePem: current.certPem }] })
    const run = await step(
      emulator,
      {
        'client-id': ADMIN.clientId,
        'client-secret': ADMIN.secret,
        operation: 'add-key',
        application: objectId,
        'proof-certificate': `${current.certPem}${encryptPkcs8(current.keyPem, 'proof-pass-5521')}`,
        'proof-certificate-password': 'proof-pass-5521',
        'new-certificate': next.certPem,
      },
      { env: DEBUG_ENV },
    )
    expectSuccess(run)
    const keyLines = current.keyPem.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----'))
    expect(keyLines.length).toBeGreaterThan(10)
    expect(run.masked).toEqual(expect.arrayContaining(keyLines))
    const firstDebug = run.stdout.indexOf('::debug::')
    for (const line of keyLines) expect(run.stdout.indexOf(`::add-mask::${line}`)).toBeLessThan(firstDebug)
    expect(run.visibleLines.filter((visible) => keyLines.some((line) => visible.includes(line)))).toEqual([])
  })
})
