/**
 * Every failure becomes one message a person can act on: what went wrong, the likely causes and
 * what to change. Raw stacks stay in debug output.
 */
import { SignInTransportError } from './auth/sign-in-failures.js'
import { ActionableError, InputError } from './errors.js'
import { GraphError, GraphTransportError } from './graph/errors.js'
import { KEYSET_MISSING_CODE } from './graph/keysets.js'
import { serviceText } from './log-safety.js'
import { KEYSET_MISSING_FIX, graphFailure } from './service-failure.js'
import type { Settings } from './settings.js'

const KEYSET_WRITE_PERMISSION = 'TrustFrameworkKeySet.ReadWrite.All'

/** How a failure nothing could explain begins. */
export const UNEXPECTED = 'Unexpected failure: '

export function explainFailure(error: unknown, settings: Settings | undefined): string {
  if (error instanceof InputError || error instanceof ActionableError) return error.message
  if (error instanceof GraphError) return explainGraphError(error, settings)
  if (error instanceof GraphTransportError) return explainTransport(error, settings)
  if (error instanceof SignInTransportError) return explainSignInTransport(error, settings)
  const authentication = explainAuthenticationError(error, settings)
  if (authentication) return authentication
  return `${UNEXPECTED}${error instanceof Error ? error.message : String(error)} (run with step debug logging for details)`
}

function explainGraphError(error: GraphError, settings: Settings | undefined): string {
  return graphFailure(error, graphFix(error, settings))
}

/** The likely fix for a Graph refusal, or undefined when the service's own words are all there is. */
function graphFix(error: GraphError, settings: Settings | undefined): string | undefined {
  const operation = settings?.operation.name
  const onKeysets = error.path.startsWith('/beta/trustFramework')
  if (error.status === 403 && onKeysets) {
    const read = operation === 'get-active-key' ? ' (TrustFrameworkKeySet.Read.All is enough for get-active-key)' : ''
    return (
      `The identity${clientIdOf(settings)} may not manage B2C keysets: grant it the Microsoft Graph application permission ` +
      `${KEYSET_WRITE_PERMISSION}${read} and have an administrator consent to it. A new grant can take a few minutes to apply.`
    )
  }
  if (error.status === 403 && /^\/v1\.0\/(applications|servicePrincipals)\b/.test(error.path)) {
    return explainDirectoryDenied(error, settings)
  }
  if (error.status === 401 && error.code === 'InvalidAuthenticationToken') {
    return (
      `The access token was issued for another cloud or Graph endpoint than ${settings?.connection.graphEndpoint ?? 'the one called'}, ` +
      `or for another tenant: check the cloud, graph-endpoint and tenant-id inputs.`
    )
  }
  if (error.hasCode('AADB2C90213', 'AADB2C95025')) {
    const aes =
      settings?.operation.name === 'upload-pkcs12' && 'encryption' in settings.operation && settings.operation.encryption === 'aes-pbes2'
        ? ' This file IS AES-encrypted (the openssl 3 default),'
        : ' It is also reported for AES-encrypted files,'
    return (
      `B2C could not open the PKCS#12 with the given password. The action opened it locally with the same pkcs12-password, so the password itself is right.` +
      `${aes} which B2C rejects with this code even with the right password: re-export it with legacy encryption ` +
      '(`openssl pkcs12 -in old.pfx -nodes -out all.pem && openssl pkcs12 -export -legacy -in all.pem -out new.pfx`) and upload that.'
    )
  }
  if (error.hasCode('AADB2C95043') || error.status === 429) {
    return 'Graph kept throttling the requests after every retry (waiting as Retry-After asked). Run again later, or spread scheduled jobs over time.'
  }
  if (error.hasCode('AADB2C95053')) {
    return (
      'Another client kept writing to the same keyset at the same moment, even after retries. Serialise jobs that write one keyset ' +
      '(for example with a workflow `concurrency:` group per keyset).'
    )
  }
  if (onKeysets && (error.status === 404 || error.hasCode(KEYSET_MISSING_CODE))) {
    return KEYSET_MISSING_FIX
  }
  if (error.status >= 500) return `Microsoft Graph failed on its side; ${sentTimes(error.attempts)}. This is usually transient: run the step again.`
  return undefined
}

/**
 * Reading a target needs a permission unless the app reads itself; so does changing its keys.
 * The target is already named by what was tried.
 */
function explainDirectoryDenied(error: GraphError, settings: Settings | undefined): string {
  const [what, permission] =
    error.method === 'GET'
      ? ['read it', 'Application.Read.All']
      : ['change its certificates', 'Application.ReadWrite.All (or Application.ReadWrite.OwnedBy, as an owner of it)']
  return (
    `The identity${clientIdOf(settings)} may not ${what}: grant it the Microsoft Graph application permission ${permission} and have an administrator consent to it, ` +
    'or let the application roll its own certificate by signing in as that application (client-id = application), which may read itself and change its own keys without any permission.'
  )
}

function explainTransport(error: GraphTransportError, settings: Settings | undefined): string {
  const write = error.method !== 'GET'
  const caution = write
    ? ' The request may or may not have taken effect; re-running the step converges (check the keyset or application first if in doubt).'
    : ''
  return `No usable answer from Microsoft Graph at ${settings?.connection.graphEndpoint ?? 'its endpoint'} to ${error.method} ${error.path}: ${error.reason}; ${sentTimes(error.attempts)}.${caution}${NETWORK_HINT}`
}

export const NETWORK_HINT = ' If it persists, check the runner\'s network, proxy (HTTPS_PROXY, NO_PROXY) and firewall.'

function sentTimes(attempts: number): string {
  return attempts <= 1 ? 'the request was sent once' : `the request was retried ${attempts - 1} time${attempts === 2 ? '' : 's'}`
}

function explainSignInTransport(error: SignInTransportError, settings: Settings | undefined): string {
  const auth = settings?.connection.auth
  return `Sign-in (auth: ${auth?.method ?? 'unknown'}${clientIdOf(settings)}) got no usable answer from ${error.host}: ${error.reason.replace(/[.\s]+$/, '')}.${NETWORK_HINT}`
}

/** @azure/identity wraps Entra's answers; the AADSTS code inside says what to fix. */
function explainAuthenticationError(error: unknown, settings: Settings | undefined): string | undefined {
  if (!(error instanceof Error)) return undefined
  const text = error.message
  // Matched by what Entra and @azure/identity say, not by class: the bundle may hold more than one copy of the classes.
  const fromIdentity = /AADSTS\d+/.test(text) || /^(Authentication|CredentialUnavailable|AggregateAuthentication)Error$/.test(error.name)
  if (!fromIdentity) return undefined
  const auth = settings?.connection.auth
  const code = /AADSTS(\d+)/.exec(text)?.[1]
  const first = serviceText(text.split('\n')[0] ?? text, 500)
  const hint = code === undefined ? undefined : AADSTS_HINTS[code]
  if (auth?.method === 'azure-cli') {
    const why = auth.fallback
      ? " auth: auto chose azure-cli because neither client-secret nor client-certificate is set and the job cannot request a GitHub ID token: for OIDC, add `permissions: id-token: write`."
      : ''
    return `Could not get a token from the Azure CLI session: ${first}. Run azure/login earlier in the job (or use another auth).${why}`
  }
  const prefix = `Sign-in to Entra ID failed (auth: ${auth?.method ?? 'unknown'}${clientIdOf(settings)})`
  if (code === '90002' || /endpoints_resolution_error/.test(text)) return `${prefix}: ${tenantNotFound(settings)}${code ? ` [AADSTS${code}]` : ''}`
  if (code === '700027' && settings?.operation.name === 'remove-key' && auth?.method === 'client-certificate') {
    return `${prefix}: ${signInCertificateGone(auth.certificate.certificate.thumbprint)} [AADSTS${code}]`
  }
  return hint ? `${prefix}: ${hint} [AADSTS${code}]` : `${prefix}: ${first}`
}

/**
 * MSAL reports a tenant it cannot resolve as endpoints_resolution_error (its OpenID metadata
 * request failed), Entra as AADSTS90002. A B2C sign-in host is the usual mistake.
 */
function tenantNotFound(settings: Settings | undefined): string {
  const connection = settings?.connection
  const tenant = connection?.auth.tenantId
  const b2cHost = tenant !== undefined && /\.b2clogin\.(com|cn)$/i.test(tenant) ? ` ('${tenant}' is a B2C sign-in host, not a tenant name)` : ''
  return (
    `tenant not found${tenant ? ` at ${connection.authorityHost}` : ''}${b2cHost}: use the *.onmicrosoft.com name or the tenant GUID in tenant-id. ` +
    'If the tenant is right, check that the runner can reach the authority host (network, proxy, firewall) and that cloud and authority-host match it'
  )
}

/**
 * A re-run of the README's remove step signs in with the certificate the first run removed:
 * Entra no longer knows it.
 */
function signInCertificateGone(thumbprint: string): string {
  return (
    `the client certificate ${thumbprint} is not registered on the app. If an earlier run of this remove-key step removed it, ` +
    'the step must now sign in with the certificate that stays: set client-certificate to the new certificate (the one add-key added), with its private key'
  )
}

const AADSTS_HINTS: Record<string, string> = {
  '70021':
    'no federated credential of the app matches the GitHub ID token. Compare its issuer, subject and audience with the claims logged above ' +
    "(subject 'repo:OWNER/REPO:ref:refs/heads/BRANCH', 'repo:OWNER/REPO:environment:NAME', or for repositories created after 2026-06-18 " +
    "'repo:OWNER-ID/REPO-ID:…'; audience api://AzureADTokenExchange, or the cloud's own)",
  '7000215': 'the client secret is wrong or expired. Create a new one and update the secret the workflow passes as client-secret',
  '7000222': 'the client secret has expired. Create a new one and update the secret the workflow passes as client-secret',
  '700016': 'no application with this client-id exists in the tenant. Check client-id and tenant-id (and the cloud)',
  '700027': 'the client certificate is not registered on the app, or the assertion was malformed. Upload the certificate to the app registration',
  '700024': 'the client assertion is not within its valid time range. Check the runner clock',
  '500011': 'the Graph resource was not found in the tenant: graph-endpoint does not match the cloud',
}

function clientIdOf(settings: Settings | undefined): string {
  const auth = settings?.connection.auth
  return auth && 'clientId' in auth ? ` ${auth.clientId}` : ''
}
