/**
 * B2C stores every keyset id with a `B2C_1A_` prefix and adds it on create. Users type ids
 * with and without it, and some tools prefix blindly (`B2C_1A_B2C_1A_x`), so the action
 * reduces any number of prefixes, in any case, to exactly one.
 */
export const KEYSET_PREFIX = 'B2C_1A_'

const LEADING_PREFIXES = /^(?:B2C_1A_)+/i

export function normaliseKeysetId(name: string): string {
  return KEYSET_PREFIX + name.trim().replace(LEADING_PREFIXES, '')
}
