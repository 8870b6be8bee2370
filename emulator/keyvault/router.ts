/**
 * The Key Vault data plane (REFERENCE §7) on the emulator's port: certificates (get, get
 * version, list versions), keys (get, sign) and secrets (the PFX). An unauthenticated request
 * gets the 401 challenge the SDKs expect; then the bearer token must be one this emulator's
 * Entra issued for a vault resource, the firewall must let the caller in, and the caller's
 * client id must hold the role the operation needs.
 */
import { constants, createHash, privateEncrypt, publicDecrypt } from 'node:crypto'
import { headerValue, json, reject, type Reply, type RequestContext } from '../http.js'
import { decodeJwt, numericClaim, stringClaim, verifyJwtSignature } from '../jwt.js'
import { nowSeconds, type EmulatorState } from '../state.js'
import { VAULT_RESOURCES, VAULT_ROLES, type VaultCertificateVersion, type VaultRole } from './vault.js'

export const VAULT_COLLECTIONS = ['certificates', 'keys', 'secrets'] as const

// DigestInfo prefix of SHA-256 (RFC 8017 §9.2): RS256 signs DigestInfo || digest with PKCS#1 v1.5.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex')

function vaultError(ctx: RequestContext, status: number, code: string, message: string, inner?: string, headers: Record<string, string> = {}): Reply {
  return reject(ctx, inner ?? code, json(status, { error: { code, message, ...(inner ? { innererror: { code: inner } } : {}) } }, headers))
}

function challenge(state: EmulatorState, message: string): Reply {
  const authenticate = `Bearer authorization="${state.url}/${state.directory.defaultTenantId}", resource="${VAULT_RESOURCES[0]}"`
  return json(401, { error: { code: 'Unauthorized', message } }, { 'WWW-Authenticate': authenticate })
}

/** The caller's client id, or the refusal to send. */
function authenticate(state: EmulatorState, ctx: RequestContext): string | Reply {
  const header = headerValue(ctx.headers, 'authorization')
  if (!header) return reject(ctx, 'no Authorization header: challenge', challenge(state, 'AKV10000: Request is missing a Bearer or PoP token.'))
  const m = /^Bearer\s+(\S+)$/i.exec(header)
  let token
  try {
    token = m ? decodeJwt(m[1] as string) : undefined
  } catch {
    token = undefined
  }
  if (!token || token.header['kid'] !== state.entraKey.kid || !verifyJwtSignature(token, state.entraKey.publicKey, ['RS256'])) {
    return reject(ctx, 'token not signed by the emulator', challenge(state, 'AKV10032: Invalid issuer.'))
  }
  const aud = stringClaim(token.payload, 'aud') ?? ''
  if (!(VAULT_RESOURCES as readonly string[]).includes(aud)) return reject(ctx, `audience '${aud}' is not a vault resource`, challenge(state, 'AKV10022: Invalid audience.'))
  const exp = numericClaim(token.payload, 'exp')
  if (exp === undefined || nowSeconds(state) >= exp) return reject(ctx, 'token expired', challenge(state, 'AKV10020: Token expired.'))
  return stringClaim(token.payload, 'appid') ?? ''
}

export function keyVaultRoute(state: EmulatorState, ctx: RequestContext): Reply {
  if (!ctx.url.searchParams.get('api-version')) return vaultError(ctx, 400, 'BadParameter', 'The api-version query parameter is required.')
  const caller = authenticate(state, ctx)
  if (typeof caller !== 'string') return caller
  const vault = state.vault
  if (vault.firewall) {
    return vaultError(ctx, 403, 'Forbidden', 'Client address is not authorized and caller is not a trusted service.\r\nClient address: 127.0.0.1\r\nCaller: appid=' + caller, 'ForbiddenByFirewall')
  }
  const [collection, name = '', version = '', action] = ctx.path.split('/').slice(1)
  const versions = vault.certificates.get(name)
  const forbidden = (role: VaultRole, operation: string): Reply | undefined =>
    vault.roles.get(caller)?.has(role)
      ? undefined
      : vaultError(ctx, 403, 'Forbidden', `Caller is not authorized to perform action on resource. If role assignments were recently changed, please wait several minutes for role assignments to become effective.\r\nCaller: appid=${caller}\r\nAction: '${operation}'`, 'ForbiddenByRbac')
  const notFound = (what: string) => vaultError(ctx, 404, `${what}NotFound`, `A ${what.toLowerCase()} with (name/id) ${name}${version ? `/${version}` : ''} was not found in this key vault.`)

  if (collection === 'certificates') {
    const refused = forbidden(VAULT_ROLES.certificateUser, 'Microsoft.KeyVault/vaults/certificates/read')
    if (refused) return refused
    if (!versions) return notFound('Certificate')
    if (version === 'versions' && ctx.method === 'GET') return json(200, { value: versions.map((v) => ({ id: `${state.url}/certificates/${name}/${v.version}`, x5t: x5t(v), attributes: attributes(v) })), nextLink: null })
    const found = version === '' ? newest(versions) : versions.find((v) => v.version === version)
    if (!found || ctx.method !== 'GET' || action !== undefined) return notFound('Certificate')
    return json(200, certificateBundle(state, name, found, version === ''))
  }
  if (collection === 'keys') {
    const refused = forbidden(VAULT_ROLES.cryptoUser, action === 'sign' ? 'Microsoft.KeyVault/vaults/keys/sign/action' : 'Microsoft.KeyVault/vaults/keys/read')
    if (refused) return refused
    const found = versions && (version === '' ? newest(versions) : versions.find((v) => v.version === version))
    if (!found) return notFound('Key')
    if (!found.enabled) return vaultError(ctx, 403, 'Forbidden', `Operation ${action ?? 'get'} is not allowed on a disabled key.`, 'KeyDisabled')
    if (action === undefined && ctx.method === 'GET') return json(200, keyBundle(state, name, found))
    if (action === 'sign' && ctx.method === 'POST') return sign(state, ctx, found)
    return notFound('Key')
  }
  if (collection === 'secrets') {
    const refused = forbidden(VAULT_ROLES.secretsUser, 'Microsoft.KeyVault/vaults/secrets/getSecret/action')
    if (refused) return refused
    const found = versions && (version === '' ? newest(versions) : versions.find((v) => v.version === version))
    if (!found || ctx.method !== 'GET') return notFound('Secret')
    if (!found.enabled) return vaultError(ctx, 403, 'Forbidden', 'Operation get is not allowed on a disabled secret.', 'SecretDisabled')
    return json(200, { value: found.pfx, contentType: 'application/x-pkcs12', id: `${state.url}/secrets/${name}/${found.version}`, kid: `${state.url}/keys/${name}/${found.version}`, managed: true, attributes: attributes(found) })
  }
  return vaultError(ctx, 404, 'NotFound', 'Not found.')
}

function sign(state: EmulatorState, ctx: RequestContext, found: VaultCertificateVersion): Reply {
  if (!found.keyOps.includes('sign')) return vaultError(ctx, 403, 'Forbidden', 'Operation sign is not allowed by the key operations of this key.', 'KeyOperationForbidden')
  const now = nowSeconds(state)
  const { nbf, exp } = attributes(found)
  if (now < nbf || now >= exp) return vaultError(ctx, 403, 'Forbidden', 'Operation sign is not allowed on an expired or not yet valid key.', 'KeyExpired')
  let body: { alg?: unknown; value?: unknown }
  try {
    body = JSON.parse(ctx.rawBody.toString('utf8')) as { alg?: unknown; value?: unknown }
  } catch {
    return vaultError(ctx, 400, 'BadParameter', 'The request body is not JSON.')
  }
  const digest = typeof body.value === 'string' ? Buffer.from(body.value, 'base64url') : Buffer.alloc(0)
  if (body.alg !== 'RS256' || digest.length !== 32) return vaultError(ctx, 400, 'BadParameter', 'RS256 needs alg "RS256" and a 32-byte SHA-256 digest as value.')
  const signature = privateEncrypt({ key: found.privateKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, digest]))
  // The emulator's own check that what it answers verifies with the certificate's public key.
  const recovered = publicDecrypt({ key: found.certificate.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature)
  if (!recovered.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]))) return vaultError(ctx, 500, 'InternalError', 'signature self-check failed')
  return json(200, { kid: `${state.url}/keys/${ctx.path.split('/')[2]}/${found.version}`, value: signature.toString('base64url') })
}

function newest(versions: VaultCertificateVersion[]): VaultCertificateVersion | undefined {
  return [...versions].sort((a, b) => b.created - a.created).at(0)
}

function x5t(version: VaultCertificateVersion): string {
  return createHash('sha1').update(version.certificate.raw).digest('base64url')
}

function attributes(version: VaultCertificateVersion): { enabled: boolean; nbf: number; exp: number; created: number; updated: number; recoveryLevel: string } {
  const seconds = (text: string) => Math.floor(new Date(text).getTime() / 1000)
  return {
    enabled: version.enabled,
    nbf: seconds(version.certificate.validFrom),
    exp: seconds(version.certificate.validTo),
    created: version.created,
    updated: version.created,
    recoveryLevel: 'Recoverable+Purgeable',
  }
}

function certificateBundle(state: EmulatorState, name: string, version: VaultCertificateVersion, withPolicy: boolean): unknown {
  return {
    id: `${state.url}/certificates/${name}/${version.version}`,
    kid: `${state.url}/keys/${name}/${version.version}`,
    sid: `${state.url}/secrets/${name}/${version.version}`,
    x5t: x5t(version),
    cer: version.certificate.raw.toString('base64'),
    attributes: attributes(version),
    ...(withPolicy
      ? {
          policy: {
            id: `${state.url}/certificates/${name}/policy`,
            key_props: { exportable: version.exportable, kty: 'RSA', key_size: 2048, reuse_key: false },
            secret_props: { contentType: 'application/x-pkcs12' },
          },
        }
      : {}),
  }
}

function keyBundle(state: EmulatorState, name: string, version: VaultCertificateVersion): unknown {
  const jwk = version.certificate.publicKey.export({ format: 'jwk' })
  return {
    key: { kid: `${state.url}/keys/${name}/${version.version}`, kty: 'RSA', key_ops: version.keyOps, n: jwk.n, e: jwk.e },
    attributes: attributes(version),
    managed: true,
  }
}
