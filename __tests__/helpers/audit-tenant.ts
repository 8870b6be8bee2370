/** Builders of keys and credentials dated relative to now, for the audit's end-to-end tests. */
import { randomBytes, randomUUID } from 'node:crypto'
import type { Emulator, KeyCredential, StoredKey } from '../../emulator/index.js'

export const DAY = 86_400
export const nowSeconds = (): number => Math.floor(Date.now() / 1000)
const graphDate = (seconds: number): string => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** A policy key valid from `from` to `to` days from now (undefined: none). */
export function policyKey(from: number | undefined, to: number | undefined, kty: 'oct' | 'RSA' = 'oct'): StoredKey {
  const now = nowSeconds()
  return {
    kid: randomBytes(12).toString('base64url'),
    use: 'sig',
    kty,
    ...(from === undefined ? {} : { nbf: now + from * DAY }),
    ...(to === undefined ? {} : { exp: now + to * DAY }),
    ...(kty === 'oct' ? { k: randomBytes(16).toString('base64url') } : { n: randomBytes(64).toString('base64url'), e: 'AQAB' }),
    addedAt: new Date(),
  }
}

export function setKeyset(emulator: Emulator, id: string, keys: StoredKey[]): void {
  emulator.keysets.set(id, { id, keys })
}

/** A certificate credential valid from `from` to `to` days from now (lists never show its key). */
export function certificateCredential(from: number, to: number): KeyCredential {
  const now = nowSeconds()
  return {
    keyId: randomUUID(),
    customKeyIdentifier: randomBytes(20).toString('hex').toUpperCase(),
    displayName: 'CN=test',
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    startDateTime: graphDate(now + from * DAY),
    endDateTime: graphDate(now + to * DAY),
    key: 'AA==',
  }
}

export function secretCredential(from: number, to: number): { keyId: string; displayName: string; hint: string; startDateTime: string; endDateTime: string } {
  const now = nowSeconds()
  return { keyId: randomUUID(), displayName: 'ci secret', hint: 'abc', startDateTime: graphDate(now + from * DAY), endDateTime: graphDate(now + to * DAY) }
}
