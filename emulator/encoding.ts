/**
 * Strict base64 / base64url checks. Node's Buffer.from(…, 'base64') silently skips characters it
 * does not know, so a PEM or a padded JWT segment would decode "fine"; the real services reject
 * such input, so the emulator validates the alphabet before decoding.
 */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const BASE64URL = /^[A-Za-z0-9_-]*$/

/** Standard base64 with padding, no whitespace (OData Edm.Binary). */
export function isStrictBase64(s: string): boolean {
  return s.length > 0 && s.length % 4 === 0 && BASE64.test(s)
}

/** base64url without padding, as JOSE requires (RFC 7515 §2). */
export function isStrictBase64Url(s: string): boolean {
  return BASE64URL.test(s) && s.length % 4 !== 1
}

function base64UrlEncode(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

export function base64UrlJson(value: unknown): string {
  return base64UrlEncode(JSON.stringify(value))
}
