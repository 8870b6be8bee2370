/**
 * Entra ID (Microsoft identity platform v2.0) as far as confidential clients use it: the OpenID
 * metadata MSAL fetches, the JWKS, and the client-credentials grant with a client secret, a
 * certificate-signed client assertion or a federated (GitHub) assertion. Errors have Entra's
 * shape, with real AADSTS codes where they are known.
 */
import { randomUUID, timingSafeEqual, X509Certificate } from 'node:crypto'
import { sha1, sha256, validity } from './certificates.js'
import { VAULT_RESOURCES } from './keyvault/vault.js'
import { json, reject, type Reply, type RequestContext } from './http.js'
import { decodeJwt, JwtFormatError, numericClaim, signJwt, stringClaim, verifyJwtSignature, type DecodedJwt } from './jwt.js'
import { isOwnOrigin, requestOrigin } from './origins.js'
import { GITHUB_ISSUER, nowSeconds, type EmulatorState } from './state.js'
import type { ClientRegistration } from './types.js'

/** Entra tolerates this much clock difference in assertion lifetimes. */
const CLOCK_SKEW_SECONDS = 300
const ACCESS_TOKEN_LIFETIME = 3599
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

interface EntraErrorSpec {
  status: number
  error: string
  code: number
  message: string
}

function entraError(ctx: RequestContext, spec: EntraErrorSpec, reason?: string): Reply {
  const traceId = randomUUID()
  const correlationId = ctx.record.headers['client-request-id'] ?? randomUUID()
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z')
  const description = `AADSTS${spec.code}: ${spec.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`
  const reply = json(spec.status, {
    error: spec.error,
    error_description: description,
    error_codes: [spec.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${ctx.url.origin}/error?code=${spec.code}`,
  }, { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' })
  return reject(ctx, reason ?? `AADSTS${spec.code}: ${spec.message}`, reply)
}

function tenantNotFound(ctx: RequestContext, tenant: string): Reply {
  return entraError(ctx, {
    status: 400,
    error: 'invalid_request',
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  })
}

/** Tenant segments Entra resolves without a directory lookup; metadata then uses `{tenantid}`. */
const MULTI_TENANT = new Set(['common', 'organizations'])

/** GET /{tenant}/v2.0/.well-known/openid-configuration */
export function openIdConfiguration(state: EmulatorState, ctx: RequestContext, tenant: string): Reply {
  const tid = MULTI_TENANT.has(tenant.toLowerCase()) ? '{tenantid}' : state.directory.resolveTenant(tenant)
  if (!tid) return tenantNotFound(ctx, tenant)
  const origin = requestOrigin(state, ctx)
  const base = `${origin}/${tid}`
  return json(200, {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${origin}/${tid === '{tenantid}' ? tenant : tid}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${origin}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'oid', 'roles'],
    tenant_region_scope: 'NA',
    cloud_instance_name: new URL(origin).host,
    cloud_graph_host_name: new URL(origin).host,
    msgraph_host: new URL(origin).host,
  })
}

/** GET /{tenant}/discovery/v2.0/keys: the public key of the access tokens. */
export function entraJwks(state: EmulatorState, ctx: RequestContext, tenant: string): Reply {
  if (!MULTI_TENANT.has(tenant.toLowerCase()) && !state.directory.resolveTenant(tenant)) return tenantNotFound(ctx, tenant)
  return json(200, { keys: [{ kty: 'RSA', use: 'sig', kid: state.entraKey.kid, ...state.entraKey.publicKey.export({ format: 'jwk' }) }] })
}

/** Issues a Graph access token for a client, as the token endpoint would. */
export function issueAccessToken(
  state: EmulatorState,
  client: ClientRegistration | { clientId: string; tenantId: string; servicePrincipalId: string; roles: string[] },
  appidacr: '0' | '1' | '2',
  audience: string = state.url,
): string {
  const now = nowSeconds(state)
  const payload: Record<string, unknown> = {
    aud: audience,
    iss: `${state.url}/${client.tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + ACCESS_TOKEN_LIFETIME,
    appid: client.clientId,
    azp: client.clientId,
    appidacr,
    idtyp: 'app',
    oid: client.servicePrincipalId,
    sub: client.servicePrincipalId,
    tid: client.tenantId,
    uti: randomUUID(),
    ver: '1.0',
  }
  // Entra omits `roles` when the app holds no application permission.
  // Graph's application permissions are roles of Graph's tokens only; a vault grants by RBAC instead.
  if (client.roles.length > 0 && isOwnOrigin(state, audience)) payload['roles'] = [...client.roles]
  return signJwt({ typ: 'JWT', kid: state.entraKey.kid, x5t: state.entraKey.kid }, payload, state.entraKey.privateKey)
}

/** POST /{tenant}/oauth2/v2.0/token */
export function tokenEndpoint(state: EmulatorState, ctx: RequestContext, tenant: string): Reply {
  if (ctx.method !== 'POST') {
    return entraError(ctx, { status: 400, error: 'invalid_request', code: 900561, message: `The endpoint only accepts POST requests. Received a ${ctx.method} request.` })
  }
  const tid = state.directory.resolveTenant(tenant)
  if (!tid) return tenantNotFound(ctx, tenant)
  if (ctx.contentType !== 'application/x-www-form-urlencoded') {
    return entraError(ctx, { status: 400, error: 'invalid_request', code: 900144, message: "The request body must contain the following parameter: 'grant_type'." }, `content type '${ctx.contentType}' is not form-encoded`)
  }
  const form = new URLSearchParams(ctx.rawBody.toString('utf8'))
  const missing = (name: string): Reply =>
    entraError(ctx, { status: 400, error: 'invalid_request', code: 900144, message: `The request body must contain the following parameter: '${name}'.` })

  const grantType = form.get('grant_type')
  if (!grantType) return missing('grant_type')
  if (grantType !== 'client_credentials') {
    return entraError(ctx, { status: 400, error: 'unsupported_grant_type', code: 70003, message: `The app requested an unsupported grant type '${grantType}'.` })
  }
  const clientId = form.get('client_id')
  if (!clientId) return missing('client_id')
  const scope = form.get('scope')
  if (!scope) return missing('scope')

  const client = state.directory.findClient(clientId)
  if (!client || client.tenantId.toLowerCase() !== tid.toLowerCase()) {
    return entraError(ctx, {
      status: 400,
      error: 'unauthorized_client',
      code: 700016,
      message: `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    })
  }

  const secret = form.get('client_secret')
  const assertion = form.get('client_assertion')
  let appidacr: '1' | '2'
  if (secret !== null && assertion !== null) {
    return entraError(ctx, { status: 400, error: 'invalid_request', code: 50012, message: 'Both a client secret and a client assertion were presented; send exactly one client credential.' })
  } else if (secret !== null) {
    if (!client.secrets.some((s) => safeEqual(s, secret))) {
      return entraError(ctx, {
        status: 401,
        error: 'invalid_client',
        code: 7000215,
        message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.clientId}'.`,
      })
    }
    appidacr = '1'
  } else if (assertion !== null) {
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      return entraError(ctx, { status: 400, error: 'invalid_request', code: 700023, message: `Invalid client_assertion_type '${form.get('client_assertion_type') ?? ''}'; expected '${JWT_BEARER}'.` })
    }
    const failure = checkAssertion(state, ctx, client, tenant, tid, assertion)
    if (failure) return failure
    appidacr = '2'
  } else {
    return entraError(ctx, { status: 401, error: 'invalid_client', code: 7000218, message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'." })
  }

  const resource = checkScope(state, ctx, scope, tenant)
  if (typeof resource !== 'string') return resource

  return json(200, {
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_LIFETIME,
    ext_expires_in: ACCESS_TOKEN_LIFETIME,
    access_token: issueAccessToken(state, client, appidacr, resource),
  }, { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' })
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Client credentials need exactly `<resource>/.default`; the resource is Graph (this url, or an
 * alias of it) or a cloud's Key Vault. Returns the resource, or the refusal.
 */
function checkScope(state: EmulatorState, ctx: RequestContext, scope: string, tenant: string): Reply | string {
  // MSAL may add OIDC scopes; Entra ignores them for client credentials.
  const scopes = scope.split(' ').filter((s) => s && !['openid', 'profile', 'offline_access'].includes(s))
  const notDefault = scopes.find((s) => !s.endsWith('/.default'))
  if (notDefault !== undefined || scopes.length !== 1) {
    return entraError(ctx, {
      status: 400,
      error: 'invalid_scope',
      code: 1002012,
      message: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    })
  }
  const resource = (scopes[0] as string).slice(0, -'/.default'.length)
  if (!isOwnOrigin(state, resource) && !(VAULT_RESOURCES as readonly string[]).includes(resource)) {
    return entraError(ctx, {
      status: 400,
      error: 'invalid_resource',
      code: 500011,
      message: `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    })
  }
  return resource
}

function checkAssertion(state: EmulatorState, ctx: RequestContext, client: ClientRegistration, tenant: string, tid: string, assertion: string): Reply | undefined {
  let jwt: DecodedJwt
  try {
    jwt = decodeJwt(assertion)
  } catch (e) {
    const reason = e instanceof JwtFormatError ? e.message : String(e)
    return entraError(ctx, { status: 400, error: 'invalid_request', code: 50027, message: 'JWT token is invalid or malformed.' }, `client assertion: ${reason}`)
  }
  const iss = stringClaim(jwt.payload, 'iss')
  // A certificate assertion is issued by the client itself; anything else is a federated token.
  if (iss !== undefined && iss === client.clientId) return checkCertificateAssertion(state, ctx, client, tenant, tid, jwt)
  return checkFederatedAssertion(state, ctx, client, jwt)
}

function lifetimeFailure(state: EmulatorState, ctx: RequestContext, jwt: DecodedJwt): Reply | undefined {
  const now = nowSeconds(state)
  const exp = numericClaim(jwt.payload, 'exp')
  const nbf = numericClaim(jwt.payload, 'nbf') ?? numericClaim(jwt.payload, 'iat')
  if (exp === undefined || now > exp + CLOCK_SKEW_SECONDS || (nbf !== undefined && nbf > now + CLOCK_SKEW_SECONDS)) {
    return entraError(ctx, {
      status: 400,
      error: 'invalid_client',
      code: 700024,
      message: `Client assertion is not within its valid time range. Current time: ${new Date(now * 1000).toISOString()}, assertion valid from ${nbf === undefined ? 'unknown' : new Date(nbf * 1000).toISOString()}, expiry time of assertion ${exp === undefined ? 'unknown' : new Date(exp * 1000).toISOString()}.`,
    })
  }
  return undefined
}

function checkCertificateAssertion(state: EmulatorState, ctx: RequestContext, client: ClientRegistration, tenant: string, tid: string, jwt: DecodedJwt): Reply | undefined {
  const x5t = jwt.header['x5t']
  const x5tS256 = jwt.header['x5t#S256']
  const thumb = typeof x5tS256 === 'string' ? x5tS256 : typeof x5t === 'string' ? x5t : undefined
  const badSignature = (why: string): Reply =>
    entraError(ctx, {
      status: 401,
      error: 'invalid_client',
      code: 700027,
      message: `Client assertion contains an invalid signature. [Reason - ${why}, Thumbprint of key used by client: '${thumb ? Buffer.from(thumb, 'base64url').toString('hex').toUpperCase() : ''}']`,
    })
  if (thumb === undefined) return badSignature('The key was not found.')

  const app = state.directory.applications.get(client.applicationObjectId)
  const now = state.now()
  const wanted = Buffer.from(thumb, 'base64url')
  const match = (app?.keyCredentials ?? []).find((k) => {
    const der = Buffer.from(k.key, 'base64')
    const digest = typeof x5tS256 === 'string' ? sha256(der) : sha1(der)
    return digest.equals(wanted) && new Date(k.startDateTime) <= now && now < new Date(k.endDateTime)
  })
  if (!match) return badSignature('The key was not found.')
  const cert = new X509Certificate(Buffer.from(match.key, 'base64'))
  if (!verifyJwtSignature(jwt, cert.publicKey, ['RS256', 'PS256'])) {
    return badSignature('The provided signature value did not match the expected signature value.')
  }
  const { notBefore, notAfter } = validity(cert)
  if (now < notBefore || now >= notAfter) return badSignature('The certificate is not within its validity period.')

  if (stringClaim(jwt.payload, 'sub') !== client.clientId) {
    return entraError(ctx, {
      status: 400,
      error: 'invalid_client',
      code: 700021,
      message: "Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .",
    })
  }
  const aud = stringClaim(jwt.payload, 'aud')
  const accepted = [tenant, tid].map((t) => `${requestOrigin(state, ctx)}/${t}/oauth2/v2.0/token`)
  if (aud === undefined || !accepted.some((a) => a.toLowerCase() === aud.toLowerCase())) {
    return entraError(ctx, {
      status: 401,
      error: 'invalid_client',
      code: 50013,
      message: `Assertion audience claim does not match the required value. The audience in the assertion was '${aud ?? ''}' and the expected audience is '${accepted[1]}'.`,
    })
  }
  return lifetimeFailure(state, ctx, jwt)
}

function checkFederatedAssertion(state: EmulatorState, ctx: RequestContext, client: ClientRegistration, jwt: DecodedJwt): Reply | undefined {
  const iss = stringClaim(jwt.payload, 'iss') ?? ''
  const sub = stringClaim(jwt.payload, 'sub') ?? ''
  const audClaim = jwt.payload['aud']
  const auds = typeof audClaim === 'string' ? [audClaim] : Array.isArray(audClaim) ? audClaim.filter((a): a is string => typeof a === 'string') : []

  // Only the emulator's own GitHub issuer has keys the emulator knows.
  if (iss !== GITHUB_ISSUER || jwt.header['kid'] !== state.githubKey.kid || !verifyJwtSignature(jwt, state.githubKey.publicKey, ['RS256'])) {
    const known = client.federated.some((f) => f.issuer === iss)
    if (!known) return noFederatedMatch(ctx, iss, sub, auds.join(','))
    return entraError(ctx, { status: 400, error: 'invalid_client', code: 50013, message: 'Assertion failed signature validation.' })
  }
  const lifetime = lifetimeFailure(state, ctx, jwt)
  if (lifetime) return lifetime
  const match = client.federated.find((f) => f.issuer === iss && f.subject === sub && auds.includes(f.audience))
  if (!match) return noFederatedMatch(ctx, iss, sub, auds.join(','))
  return undefined
}

function noFederatedMatch(ctx: RequestContext, iss: string, sub: string, aud: string): Reply {
  return entraError(ctx, {
    status: 400,
    error: 'invalid_request',
    code: 70021,
    message: `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${aud}'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
  })
}

