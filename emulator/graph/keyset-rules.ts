/**
 * The B2C keyset rules that do not depend on HTTP: id normalisation, which key is active, what a
 * response may show, and the per-field checks of trustFrameworkKey values.
 */
import type { EmulatedKeyset, KeyType, KeyUse, StoredKey } from '../types.js'

export const KEYSET_PREFIX = 'B2C_1A_'
/** NumericDate values above this are taken for milliseconds (year 5138 in seconds). */
const MILLISECONDS_THRESHOLD = 1e11

/**
 * The service adds `B2C_1A_` unless the id already starts with it. The prefix is recognised in any
 * case and normalised to upper case (the portal shows it that way); never doubled.
 */
export function normaliseKeysetId(id: string): string {
  return id.toUpperCase().startsWith(KEYSET_PREFIX) ? KEYSET_PREFIX + id.slice(KEYSET_PREFIX.length) : KEYSET_PREFIX + id
}

/** Keyset lookup is case-insensitive, like directory names. */
export function findKeyset(keysets: Map<string, EmulatedKeyset>, id: string): EmulatedKeyset | undefined {
  const direct = keysets.get(id)
  if (direct) return direct
  const wanted = id.toLowerCase()
  return [...keysets.values()].find((k) => k.id.toLowerCase() === wanted)
}

/**
 * The active key: among keys whose nbf has passed (no nbf = always) and that have not expired
 * (no exp = never), the one with the latest nbf; between equal nbf, the one written last.
 */
export function activeKey(keyset: EmulatedKeyset, now: number): StoredKey | undefined {
  let best: StoredKey | undefined
  for (const key of keyset.keys) {
    const nbf = key.nbf ?? Number.NEGATIVE_INFINITY
    if (nbf > now) continue
    if (key.exp !== undefined && now >= key.exp) continue
    if (!best || nbf >= (best.nbf ?? Number.NEGATIVE_INFINITY)) best = key
  }
  return best
}

const PUBLIC_FIELDS = ['kid', 'use', 'kty', 'nbf', 'exp', 'e', 'n', 'x5c', 'x5t'] as const

/** The JWK as responses show it: never `k`, `d`, `p`, `q`, `dp`, `dq`, `qi`. */
export function publicKey(key: StoredKey): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of PUBLIC_FIELDS) {
    const v = key[f]
    if (v !== undefined) out[f] = Array.isArray(v) ? [...v] : v
  }
  return out
}

export function publicKeyset(keyset: EmulatedKeyset): { id: string; keys: Record<string, unknown>[] } {
  return { id: keyset.id, keys: keyset.keys.map(publicKey) }
}

export function parseUse(v: unknown): KeyUse | undefined {
  if (typeof v !== 'string') return undefined
  const lower = v.toLowerCase()
  return lower === 'sig' || lower === 'enc' ? lower : undefined
}

export function parseKty(v: unknown): KeyType | undefined {
  if (typeof v !== 'string') return undefined
  if (v.toUpperCase() === 'RSA') return 'RSA'
  if (v.toLowerCase() === 'oct') return 'oct'
  return undefined
}

/** An Int64 NumericDate in seconds, or a message saying why the value is not one. */
export function checkNumericDate(name: string, v: unknown): { value: number | undefined } | { error: string } {
  if (v === undefined || v === null) return { value: undefined }
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    return { error: `Cannot convert the literal '${JSON.stringify(v)}' to the expected type 'Edm.Int64' for '${name}'.` }
  }
  if (v < 0) return { error: `The value ${v} of '${name}' is negative; NumericDate is seconds since 1970-01-01T00:00:00Z.` }
  if (v > MILLISECONDS_THRESHOLD) {
    return { error: `The value ${v} of '${name}' looks like milliseconds; NumericDate is seconds since 1970-01-01T00:00:00Z.` }
  }
  return { value: v }
}

export interface KeysetConflict {
  code: 'AADB2C95032' | 'AADB2C95042'
  message: string
}

/** A keyset cannot mix RSA and oct keys, nor sig and enc keys. */
export function conflictWith(keyset: EmulatedKeyset, kty: KeyType, use: KeyUse): KeysetConflict | undefined {
  const otherType = keyset.keys.find((k) => k.kty !== kty)
  if (otherType) {
    return {
      code: 'AADB2C95032',
      message: `The keyset '${keyset.id}' holds keys of type '${otherType.kty}'; a key of type '${kty}' cannot be added to it. A keyset cannot mix RSA and oct keys.`,
    }
  }
  const otherUse = keyset.keys.find((k) => k.use !== use)
  if (otherUse) {
    return {
      code: 'AADB2C95042',
      message: `The keyset '${keyset.id}' holds keys with use '${otherUse.use}'; a key with use '${use}' cannot be added to it. A keyset cannot mix sig and enc keys.`,
    }
  }
  return undefined
}
