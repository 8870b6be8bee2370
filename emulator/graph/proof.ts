/**
 * Verification of the proof-of-possession JWT that addKey / removeKey require (REFERENCE §2).
 * The real service answers every failure with the same 401 "Access Token missing or malformed.",
 * so this module returns the precise reason for the request log, where tests can assert it.
 */
import { X509Certificate } from 'node:crypto'
import { sha1, validity } from '../certificates.js'
import { isStrictBase64Url } from '../encoding.js'
import { decodeJwt, JwtFormatError, numericClaim, stringClaim, verifyJwtSignature } from '../jwt.js'
import type { EmulatedApplication, KeyCredential } from '../types.js'

/** The audience Graph wants in the proof: Azure AD Graph's app id, not Microsoft Graph's (00000003-…). */
export const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000'
const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'
const PROOF_MAX_LIFETIME_SECONDS = 600
/** Tolerated clock difference for nbf / exp. */
const PROOF_SKEW_SECONDS = 300

export type ProofResult = { ok: true; signer: KeyCredential } | { ok: false; reason: string }

const fail = (reason: string): ProofResult => ({ ok: false, reason: `proof: ${reason}` })

export function verifyProof(proof: unknown, target: EmulatedApplication, now: Date): ProofResult {
  if (typeof proof !== 'string' || proof.length === 0) return fail('missing or not a string')
  let jwt
  try {
    jwt = decodeJwt(proof)
  } catch (e) {
    return fail(e instanceof JwtFormatError ? e.message : String(e))
  }
  const { header, payload } = jwt
  if (header['alg'] !== 'RS256') return fail(`header alg is ${JSON.stringify(header['alg'])}, not "RS256"`)
  const x5t = header['x5t']
  if (typeof x5t !== 'string' || x5t.length === 0) return fail('header has no x5t (base64url SHA-1 thumbprint of the signing certificate)')
  if (!isStrictBase64Url(x5t)) return fail(`header x5t ${JSON.stringify(x5t)} is not base64url (hex or padded thumbprint?)`)
  const thumbprint = Buffer.from(x5t, 'base64url')
  const signer = target.keyCredentials.find((k) => sha1(Buffer.from(k.key, 'base64')).equals(thumbprint))
  if (!signer) return fail(`x5t ${x5t} matches no certificate on the target ${target.objectId}`)
  const cert = new X509Certificate(Buffer.from(signer.key, 'base64'))
  const { notBefore, notAfter } = validity(cert)
  if (now < new Date(signer.startDateTime) || now >= new Date(signer.endDateTime) || now < notBefore || now >= notAfter) {
    return fail(`the signing certificate (keyId ${signer.keyId}) is not currently valid`)
  }
  if (!verifyJwtSignature(jwt, cert.publicKey, ['RS256'])) return fail(`signature does not verify with the certificate of keyId ${signer.keyId}`)

  const aud = stringClaim(payload, 'aud')
  if (aud !== PROOF_AUDIENCE) {
    return fail(aud === MICROSOFT_GRAPH_APP_ID ? `aud is Microsoft Graph's id ${aud}; it must be ${PROOF_AUDIENCE}` : `aud is ${JSON.stringify(payload['aud'])}, not ${PROOF_AUDIENCE}`)
  }
  const iss = stringClaim(payload, 'iss')
  if (iss === undefined || iss.toLowerCase() !== target.objectId.toLowerCase()) {
    if (iss !== undefined && iss.toLowerCase() === target.appId.toLowerCase()) return fail(`iss is the appId ${iss}; it must be the object id ${target.objectId}`)
    return fail(`iss is ${JSON.stringify(payload['iss'])}, not the target's object id ${target.objectId}`)
  }
  const nbf = numericClaim(payload, 'nbf')
  const exp = numericClaim(payload, 'exp')
  if (nbf === undefined) return fail('no numeric nbf claim')
  if (exp === undefined) return fail('no numeric exp claim')
  if (nbf > 1e11 || exp > 1e11) return fail('nbf/exp look like milliseconds; NumericDate is seconds')
  const t = now.getTime() / 1000
  if (nbf > t + PROOF_SKEW_SECONDS) return fail(`nbf ${nbf} is in the future (now ${Math.floor(t)})`)
  if (t >= exp) return fail(`expired: exp ${exp} <= now ${Math.floor(t)}`)
  if (exp - nbf > PROOF_MAX_LIFETIME_SECONDS) return fail(`lifetime exp - nbf = ${exp - nbf} s exceeds ${PROOF_MAX_LIFETIME_SECONDS} s`)
  if (exp <= nbf) return fail('exp is not after nbf')
  return { ok: true, signer }
}
