/**
 * The GitHub ID token that OIDC auth exchanges with Entra. Its claims decide whether a federated
 * credential matches, so they are logged (never the token itself) to make a mismatch readable.
 */
import { decodeJwt } from 'jose'
import { httpsTransport, TransportFailure, type Transport } from '../net/https-transport.js'
import { serviceText } from '../log-safety.js'
import { SignInTransportError, type SignInFailures } from './sign-in-failures.js'

export interface IdTokenClaims {
  iss: string
  sub: string
  aud: string
}

function readIdTokenClaims(token: string): IdTokenClaims {
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

/** Where the runner hands out ID tokens: ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN. */
export interface IdTokenEndpoint {
  url: string
  requestToken: string
}

/** Renew a cached ID token this long before it expires: Entra must still accept it on arrival. */
const RENEW_BEFORE_SECONDS = 60
const ATTEMPTS = 2

/**
 * ID tokens from GitHub over the action's own transport (bounded, same proxy rules), fetched once
 * per audience and reused while valid: MSAL asks for the assertion more than once per sign-in.
 * Each token is masked the moment it arrives.
 */
export function githubIdTokens(
  endpoint: IdTokenEndpoint,
  mask: (secret: string) => void,
  failures: SignInFailures,
  transport: Transport = httpsTransport,
  now: () => number = Date.now,
): (audience: string) => Promise<string> {
  const cache = new Map<string, { token: string; expiresAt: number }>()
  // The runner masks its request token itself; registering it again costs nothing and covers other runners.
  mask(endpoint.requestToken)
  return async (audience) => {
    const cached = cache.get(audience)
    if (cached && cached.expiresAt - RENEW_BEFORE_SECONDS * 1000 > now()) return cached.token
    const token = await fetchIdToken(endpoint, audience, mask, failures, transport)
    cache.set(audience, { token, expiresAt: expiryOf(token, endpoint, failures) })
    return token
  }
}

async function fetchIdToken(
  endpoint: IdTokenEndpoint,
  audience: string,
  mask: (secret: string) => void,
  failures: SignInFailures,
  transport: Transport,
): Promise<string> {
  const url = new URL(endpoint.url)
  url.searchParams.set('audience', audience)
  const host = url.host
  let failure: SignInTransportError | undefined
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await transport(url.href, { method: 'GET', headers: { authorization: `Bearer ${endpoint.requestToken}`, accept: 'application/json' } })
      const text = await response.text()
      const value = idTokenIn(text)
      if (response.ok && value !== undefined) {
        mask(value)
        return value
      }
      failure = new SignInTransportError(host, idTokenRefusal(host, response.status, text))
      if (response.status < 500) break
    } catch (error) {
      if (!(error instanceof TransportFailure)) throw error
      failure = new SignInTransportError(host, `GitHub's ID-token endpoint: ${error.message}`)
      if (!error.retriable) break
    }
  }
  throw failures.record(failure ?? new SignInTransportError(host, `no ID token from ${host}`))
}

function expiryOf(token: string, endpoint: IdTokenEndpoint, failures: SignInFailures): number {
  try {
    return (decodeJwt(token).exp ?? 0) * 1000
  } catch {
    const host = new URL(endpoint.url).host
    throw failures.record(new SignInTransportError(host, `GitHub's ID-token endpoint (${host}) answered a value that is not a JWT`))
  }
}

function idTokenIn(text: string): string | undefined {
  try {
    const value = (JSON.parse(text) as { value?: unknown } | null)?.value
    return typeof value === 'string' && value !== '' ? value : undefined
  } catch {
    return undefined
  }
}

function idTokenRefusal(host: string, status: number, text: string): string {
  const said = text === '' ? 'an empty body' : `'${serviceText(text)}'`
  const hint = status === 401 || status === 403 ? ' The job needs `permissions: id-token: write`.' : ''
  return `GitHub's ID-token endpoint (${host}) answered HTTP ${status} with ${said}, not an ID token.${hint}`
}
