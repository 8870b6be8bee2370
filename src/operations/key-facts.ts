/** Reading trustFrameworkKeys the way people talk about them. */
import type { TrustFrameworkKey } from '../graph/keysets.js'
import { thumbprintFromX5t } from '../crypto/certificates.js'
import { isoSeconds } from './wording.js'

export function describeKey(key: TrustFrameworkKey): string {
  const window = `${key.nbf === undefined ? 'no start' : `from ${isoSeconds(key.nbf)}`}, ${key.exp === undefined ? 'no expiry' : `until ${isoSeconds(key.exp)}`}`
  return `${key.kid} (${key.kty ?? '?'} ${key.use ?? '?'}, ${window})`
}

export function thumbprintOfKey(key: TrustFrameworkKey): string | undefined {
  return key.x5t === undefined ? undefined : thumbprintFromX5t(key.x5t)
}

/** Valid at a moment: started (or no start) and not yet expired (or no expiry). */
export function isValidAt(key: TrustFrameworkKey, moment: Date): boolean {
  const at = moment.getTime()
  return (key.nbf === undefined || key.nbf * 1000 <= at) && (key.exp === undefined || key.exp * 1000 > at)
}

/**
 * The key B2C uses at a moment (REFERENCE §1): of the keys valid then, the one that started last.
 * Computed from the keyset the action has read anyway, so no getActiveKey request is needed.
 */
export function activeKeyAt(keys: TrustFrameworkKey[], moment: Date): TrustFrameworkKey | undefined {
  return keys
    .filter((key) => isValidAt(key, moment))
    .reduce<TrustFrameworkKey | undefined>((latest, key) => (!latest || (key.nbf ?? 0) > (latest.nbf ?? 0) ? key : latest), undefined)
}
