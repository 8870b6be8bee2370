/** decideWrite(): the one decision single keyset operations and apply share, from one read. */
import { describe, expect, it } from '@jest/globals'
import { ActionableError } from '../../src/errors.js'
import type { TrustFrameworkKey } from '../../src/graph/keysets.js'
import { decideWrite, type DueRule, type KeyWrite } from '../../src/operations/keyset-write.js'
import { parseDuration } from '../../src/time.js'

const NOW = new Date('2027-01-01T00:00:00Z')
const at = (days: number) => Math.floor(NOW.getTime() / 1000) + days * 86_400
const key = (kid: string, nbfDays: number, expDays: number | undefined, more: Partial<TrustFrameworkKey> = {}): TrustFrameworkKey => ({
  kid,
  kty: 'oct',
  use: 'sig',
  nbf: at(nbfDays),
  ...(expDays === undefined ? {} : { exp: at(expDays) }),
  ...more,
})
const secret: KeyWrite = { what: 'a secret', actionTaken: 'uploaded', kty: 'oct', use: 'sig', planned: { notBefore: at(0), expires: undefined }, send: () => Promise.reject(new Error('not sent')) }
const days = (text: string) => parseDuration(text)!
const APPLY: DueRule = { rotateWithin: undefined, withoutWindow: 'unless-usable' }

function decide(keys: TrustFrameworkKey[] | undefined, rule: DueRule, write: KeyWrite = secret) {
  return decideWrite('B2C_1A_X', keys && { id: 'B2C_1A_X', keys }, write, rule, NOW, true)
}

describe('decideWrite', () => {
  it('creates a missing keyset, or refuses when it may not', () => {
    expect(decide(undefined, APPLY)).toMatchObject({ due: true, create: true, why: 'the keyset does not exist' })
    expect(() => decideWrite('B2C_1A_X', undefined, secret, APPLY, NOW, false)).toThrow(/does not exist .*create-if-missing is 'false'/)
  })

  it('without a window, writes on every run for single operations but only without a usable key for apply', () => {
    const keys = [key('old', -10, 5)]
    expect(decide(keys, { rotateWithin: undefined, withoutWindow: 'always' })).toMatchObject({ due: true, create: false })
    expect(decide(keys, APPLY)).toMatchObject({ due: false, covering: { kid: 'old' } })
    // A key queued with a later not-before is usable; an expired one is not.
    expect(decide([key('expired', -10, -1), key('queued', 1, 30)], APPLY)).toMatchObject({ due: false, covering: { kid: 'queued' } })
    expect(decide([key('expired', -10, -1)], APPLY)).toMatchObject({ due: true, why: 'the keyset has no usable key' })
    expect(decide([], APPLY)).toMatchObject({ due: true, why: 'the keyset has no keys' })
  })

  it('with a window, writes when no key is valid at now + window', () => {
    const rule: DueRule = { ...APPLY, rotateWithin: days('30d') }
    expect(decide([key('a', -10, 29)], rule)).toMatchObject({ due: true, why: expect.stringMatching(/^the active key, a, is valid until/) })
    expect(decide([key('a', -10, 31)], rule)).toMatchObject({ due: false, covering: { kid: 'a' } })
    expect(decide([key('a', -10, 29), key('b', 20, 90)], rule)).toMatchObject({ due: false, covering: { kid: 'b' } })
  })

  it('renews after the upload-again period, counted from the newest key', () => {
    const rule: DueRule = { ...APPLY, renewAfter: days('30d') }
    expect(decide([key('a', -31, 400)], rule)).toMatchObject({ due: true, why: expect.stringMatching(/newest key, a, started longer ago/) })
    expect(decide([key('a', -31, 400), key('b', -29, 400)], rule)).toMatchObject({ due: false, covering: { kid: 'b' } })
  })

  it('skips a certificate already in the keyset only when asked to', () => {
    const certificate: KeyWrite = { ...secret, kty: 'RSA', use: undefined, thumbprint: '00112233445566778899AABBCCDDEEFF00112233' }
    const x5t = Buffer.from('00112233445566778899AABBCCDDEEFF00112233', 'hex').toString('base64url')
    const keys = [key('cert', -400, -1, { kty: 'RSA', x5t })]
    expect(decide(keys, { ...APPLY, skipSameCertificate: true }, certificate)).toMatchObject({ due: false, covering: { kid: 'cert' } })
    expect(decide(keys, APPLY, certificate)).toMatchObject({ due: true })
  })

  it('refuses a key type or use that conflicts with the keys there, before any rule', () => {
    expect(() => decide([key('rsa', -1, 10, { kty: 'RSA' })], { ...APPLY, renewAfter: days('0d') })).toThrow(ActionableError)
    expect(() => decide([key('enc', -1, 10, { use: 'enc' })], APPLY)).toThrow(/cannot mix RSA and oct keys, nor sig and enc keys/)
  })
})
