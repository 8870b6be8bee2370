/**
 * Graph's bearer-token check: a token this emulator's Entra signed, for this Graph (aud = url),
 * within its lifetime. Permissions come from the token's `roles` (application permissions).
 */
import { headerValue, Refusal, type Reply, type RequestContext } from '../http.js'
import { decodeJwt, JwtFormatError, numericClaim, stringClaim, verifyJwtSignature } from '../jwt.js'
import { nowSeconds, type EmulatorState } from '../state.js'
import { requestOrigin } from '../origins.js'
import { graphError } from './common.js'

export interface Caller {
  appId: string
  tenantId: string
  objectId: string
  roles: string[]
}

const SKEW_SECONDS = 300

function invalidToken(ctx: RequestContext, message: string, reason: string): Refusal {
  return new Refusal(graphError(ctx, 401, 'InvalidAuthenticationToken', message, reason, {
    'WWW-Authenticate': 'Bearer realm="", error="invalid_token"',
  }))
}

export function authenticate(state: EmulatorState, ctx: RequestContext): Caller | Refusal {
  const header = headerValue(ctx.headers, 'authorization')
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  if (!m) return invalidToken(ctx, 'Access token is empty.', header ? 'Authorization header is not a bearer token' : 'no Authorization header')
  let token
  try {
    token = decodeJwt(m[1] as string)
  } catch (e) {
    const reason = e instanceof JwtFormatError ? e.message : String(e)
    return invalidToken(ctx, 'IDX14100: JWT is not well formed.', `access token: ${reason}`)
  }
  if (token.header['kid'] !== state.entraKey.kid || !verifyJwtSignature(token, state.entraKey.publicKey, ['RS256'])) {
    return invalidToken(ctx, 'Access token validation failure.', 'access token signature is not valid for the emulator key')
  }
  const aud = stringClaim(token.payload, 'aud')
  const audience = requestOrigin(state, ctx)
  if (aud !== audience) return invalidToken(ctx, 'Access token validation failure. Invalid audience.', `audience '${aud ?? ''}' is not '${audience}'`)
  const now = nowSeconds(state)
  const exp = numericClaim(token.payload, 'exp')
  const nbf = numericClaim(token.payload, 'nbf')
  if (exp === undefined || now >= exp + SKEW_SECONDS) return invalidToken(ctx, 'Lifetime validation failed, the token is expired.', 'access token expired')
  if (nbf !== undefined && nbf > now + SKEW_SECONDS) return invalidToken(ctx, 'Lifetime validation failed, the token is not yet valid.', 'access token not yet valid')
  const rolesClaim = token.payload['roles']
  return {
    appId: stringClaim(token.payload, 'appid') ?? '',
    tenantId: stringClaim(token.payload, 'tid') ?? '',
    objectId: stringClaim(token.payload, 'oid') ?? '',
    roles: Array.isArray(rolesClaim) ? rolesClaim.filter((r): r is string => typeof r === 'string') : [],
  }
}

export function hasAnyRole(caller: Caller, roles: readonly string[]): boolean {
  return caller.roles.some((r) => roles.includes(r))
}

export function insufficientPrivileges(ctx: RequestContext, needed: readonly string[]): Reply {
  return graphError(ctx, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', `token lacks any of: ${needed.join(', ')}`)
}
