/** Reading trustFrameworkKeys the way people talk about them. */
import type { TrustFrameworkKey } from '../graph/keysets.js'
import { fromUnixSeconds } from '../time.js'

export function describeKey(key: TrustFrameworkKey): string {
  const window = `${key.nbf === undefined ? 'no start' : `from ${isoSeconds(key.nbf)}`}, ${key.exp === undefined ? 'no expiry' : `until ${isoSeconds(key.exp)}`}`
  return `${key.kid} (${key.kty ?? '?'} ${key.use ?? '?'}, ${window})`
}

export function isoSeconds(seconds: number): string {
  return fromUnixSeconds(seconds).toISOString().replace('.000Z', 'Z')
}

/** x5t is base64url SHA-1; the thumbprint output is upper-case hex like the portal shows. */
export function thumbprintOfKey(key: TrustFrameworkKey): string | undefined {
  return key.x5t === undefined ? undefined : Buffer.from(key.x5t, 'base64url').toString('hex').toUpperCase()
}

/** A key that never expires (no exp) is never due for rotation. */
export function expiresAfter(key: TrustFrameworkKey, moment: Date): boolean {
  return key.exp === undefined || key.exp * 1000 > moment.getTime()
}
