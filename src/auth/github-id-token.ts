/**
 * The GitHub ID token that OIDC auth exchanges with Entra. Its claims decide whether a federated
 * credential matches, so they are logged (never the token itself) to make a mismatch readable.
 */
import { decodeJwt } from 'jose'

export interface IdTokenClaims {
  iss: string
  sub: string
  aud: string
}

export function readIdTokenClaims(token: string): IdTokenClaims {
  const claims = decodeJwt(token)
  const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : (claims.aud ?? '')
  return { iss: claims.iss ?? '', sub: claims.sub ?? '', aud }
}

/** Wraps an ID-token source so that the first token's claims are reported once. */
export function reportingClaims(
  getIdToken: (audience: string) => Promise<string>,
  report: (claims: IdTokenClaims) => void,
): (audience: string) => Promise<string> {
  let reported = false
  return async (audience) => {
    const token = await getIdToken(audience)
    if (!reported) {
      reported = true
      report(readIdTokenClaims(token))
    }
    return token
  }
}
