/**
 * A deliberately small JWS (compact serialisation) reader and signer.
 * The emulator does not use jose or jsonwebtoken: what it accepts must be decided independently of
 * the libraries the action uses, otherwise a bug shared by both would go unnoticed.
 */
import { constants, createPrivateKey, sign, verify, type KeyObject } from 'node:crypto'
import { base64UrlJson, isStrictBase64Url } from './encoding.js'

export class JwtFormatError extends Error {}

export interface DecodedJwt {
  header: Record<string, unknown>
  payload: Record<string, unknown>
  /** `base64url(header) + '.' + base64url(payload)`, exactly as received. */
  signingInput: string
  signature: Buffer
}

const SEGMENT_NAMES = ['header', 'payload', 'signature'] as const

function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new JwtFormatError(`${what} is not JSON`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JwtFormatError(`${what} is not a JSON object`)
  }
  return value as Record<string, unknown>
}

/** Splits and decodes a compact JWS without verifying it. Rejects any '=' padding. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split('.')
  if (parts.length !== 3) throw new JwtFormatError(`expected 3 dot-separated segments, got ${parts.length}`)
  parts.forEach((part, i) => {
    const name = SEGMENT_NAMES[i] ?? 'segment'
    if (part.includes('=')) throw new JwtFormatError(`${name} segment has '=' padding (base64url must be unpadded)`)
    if (part.length === 0) throw new JwtFormatError(`${name} segment is empty`)
    if (!isStrictBase64Url(part)) throw new JwtFormatError(`${name} segment is not base64url`)
  })
  const [h, p, s] = parts as [string, string, string]
  return {
    header: parseJsonObject(Buffer.from(h, 'base64url').toString('utf8'), 'header'),
    payload: parseJsonObject(Buffer.from(p, 'base64url').toString('utf8'), 'payload'),
    signingInput: `${h}.${p}`,
    signature: Buffer.from(s, 'base64url'),
  }
}

export type SignatureAlg = 'RS256' | 'PS256'

/** Verifies the signature with `alg` taken from the header, limited to the algorithms allowed. */
export function verifyJwtSignature(jwt: DecodedJwt, key: KeyObject, allowed: readonly SignatureAlg[]): boolean {
  const alg = jwt.header['alg']
  if (typeof alg !== 'string' || !(allowed as readonly string[]).includes(alg)) return false
  if (key.asymmetricKeyType !== 'rsa') return false
  const data = Buffer.from(jwt.signingInput, 'ascii')
  if (alg === 'RS256') return verify('sha256', data, key, jwt.signature)
  // RFC 7518 §3.5: PS256 uses MGF1 with SHA-256 and a salt as long as the hash (32 bytes).
  return verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, jwt.signature)
}

/** Signs an RS256 JWS. */
export function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, privateKey: KeyObject | string): string {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey
  const input = `${base64UrlJson({ ...header, alg: 'RS256' })}.${base64UrlJson(payload)}`
  const signature = sign('sha256', Buffer.from(input, 'ascii'), key)
  return `${input}.${signature.toString('base64url')}`
}

/** NumericDate claim as a number, or undefined when absent or not a finite number. */
export function numericClaim(payload: Record<string, unknown>, name: string): number | undefined {
  const v = payload[name]
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

export function stringClaim(payload: Record<string, unknown>, name: string): string | undefined {
  const v = payload[name]
  return typeof v === 'string' ? v : undefined
}
