/**
 * Each failure reaches its own explanation and no other: every routing condition of explain.ts
 * is tested from both sides, so none can be forced true unnoticed.
 */
import { describe, expect, it } from '@jest/globals'
import { explainFailure } from '../../src/explain.js'
import { GraphError, GraphTransportError } from '../../src/graph/errors.js'
import { KEYSET_MISSING_FIX, graphFailure } from '../../src/service-failure.js'
import type { Settings } from '../../src/settings.js'

const CLIENT = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'
const base: Settings = {
  connection: {
    cloud: 'AzureCloud',
    graphEndpoint: 'https://graph.example.test',
    authorityHost: 'https://login.example.test',
    authorityOverridden: true,
    auth: { method: 'client-secret', tenantId: 'contoso.onmicrosoft.com', clientId: CLIENT, clientSecret: 'x' },
  },
  operation: { name: 'create-keyset', keysetId: 'B2C_1A_x' },
  dryRun: false,
  derivedSecrets: [],
  notices: [],
}
const withOperation = (operation: Settings['operation']): Settings => ({ ...base, operation })
const cli = (fallback: boolean): Settings => ({ ...base, connection: { ...base.connection, auth: { method: 'azure-cli', tenantId: undefined, fallback } } })
const pkcs12 = (encryption: 'legacy-3des' | 'aes-pbes2' | 'other') =>
  withOperation({
    name: 'upload-pkcs12',
    keyset: { keysetId: 'B2C_1A_x', createIfMissing: true, rotateWithin: undefined },
    pkcs12: '',
    password: '',
    certificate: undefined as never,
    encryption,
  })

const KEYSETS = '/beta/trustFramework/keySets/B2C_1A_x'
const graph = (status: number, code: string, path = KEYSETS, method = 'POST') => new GraphError(method, path, status, code, 'Graph says no', 'rid')
/** What a refusal with no known fix reads like: the attempt, the service's words, the reference. */
const generic = (error: GraphError) => graphFailure(error, undefined)

describe('Graph errors, routed', () => {
  it('403 on keysets: the keyset permission, the read permission only for get-active-key', () => {
    const message = explainFailure(graph(403, 'Authorization_RequestDenied'), base)
    expect(message).toContain(
      `The identity ${CLIENT} may not manage B2C keysets: grant it the Microsoft Graph application permission TrustFrameworkKeySet.ReadWrite.All and have an administrator consent to it.`,
    )
    expect(message).not.toContain('TrustFrameworkKeySet.Read.All')
    expect(explainFailure(graph(403, 'x', KEYSETS, 'GET'), withOperation({ name: 'get-active-key', keysetId: 'B2C_1A_x' }))).toContain(
      'TrustFrameworkKeySet.ReadWrite.All (TrustFrameworkKeySet.Read.All is enough for get-active-key) and',
    )
  })

  it('403 elsewhere is not about keysets or applications', () => {
    for (const path of ['/v1.0/users/x', '/beta/policies/trustFramework', '/v1.0/applicationsX', '/beta/applications/x']) {
      const error = graph(403, 'Authorization_RequestDenied', path)
      expect(explainFailure(error, base)).toBe(generic(error))
    }
  })

  it('403 on applications and service principals: the directory permission', () => {
    for (const path of ['/v1.0/applications/x', "/v1.0/servicePrincipals(appId='x')", '/v1.0/applications']) {
      expect(explainFailure(graph(403, 'Authorization_RequestDenied', path, 'GET'), base)).toMatch(/ may not read it: .*Application\.Read\.All/)
    }
  })

  it('a rejected token only for 401 InvalidAuthenticationToken', () => {
    expect(explainFailure(graph(401, 'InvalidAuthenticationToken'), base)).toContain(
      'The access token was issued for another cloud or Graph endpoint than https://graph.example.test, or for another tenant',
    )
    expect(explainFailure(graph(401, 'InvalidAuthenticationToken'), undefined)).toContain('than the one called,')
    for (const error of [graph(401, 'Unauthorized'), graph(400, 'InvalidAuthenticationToken')]) expect(explainFailure(error, base)).toBe(generic(error))
  })

  it('a refused PKCS#12 password says whether this file is AES', () => {
    for (const code of ['AADB2C90213', 'AADB2C95025']) {
      expect(explainFailure(graph(400, code), pkcs12('aes-pbes2'))).toContain(' This file IS AES-encrypted (the openssl 3 default), which B2C rejects')
      expect(explainFailure(graph(400, code), pkcs12('legacy-3des'))).toContain(' It is also reported for AES-encrypted files, which B2C rejects')
      expect(explainFailure(graph(400, code), base)).toContain(' It is also reported for AES-encrypted files,')
    }
  })

  it('throttling, concurrent writes, a missing keyset and server failures, each by its own sign', () => {
    expect(explainFailure(graph(400, 'AADB2C95043'), base)).toContain('Graph kept throttling')
    expect(explainFailure(graph(429, 'TooManyRequests'), base)).toContain('Graph kept throttling')
    expect(explainFailure(graph(409, 'AADB2C95053'), base)).toContain('Another client kept writing')
    expect(explainFailure(graph(400, 'AADB2C95052'), base)).toContain(KEYSET_MISSING_FIX)
    expect(explainFailure(graph(404, 'ResourceNotFound'), base)).toContain(KEYSET_MISSING_FIX)
    expect(explainFailure(graph(500, 'InternalServerError'), base)).toContain('Microsoft Graph failed on its side')
    for (const error of [graph(499, 'x'), graph(409, 'Conflict'), graph(404, 'ResourceNotFound', '/v1.0/users/x'), graph(400, 'AADB2C95052', '/v1.0/users/x')]) {
      expect(explainFailure(error, base)).toBe(generic(error))
    }
  })
})

describe('transport failures', () => {
  it('a write may have landed; a read says nothing of the sort', () => {
    const caution = 'The request may or may not have taken effect'
    expect(explainFailure(new GraphTransportError('POST', '/x', 'ECONNRESET: reset'), base)).toContain(caution)
    expect(explainFailure(new GraphTransportError('POST', '/x', 'ECONNRESET: reset'), base)).toContain('https://graph.example.test')
    expect(explainFailure(new GraphTransportError('GET', '/x', 'timeout'), undefined)).not.toContain(caution)
  })
})

describe('sign-in failures', () => {
  const identity = (message: string, name = 'Error') => Object.assign(new Error(message), { name })

  it('a known AADSTS code gets its hint, an unknown one the first line of the message', () => {
    expect(explainFailure(identity('x AADSTS700024: late'), base)).toBe(
      `Sign-in to Entra ID failed (auth: client-secret ${CLIENT}): the client assertion is not within its valid time range. Check the runner clock [AADSTS700024]`,
    )
    expect(explainFailure(identity('AADSTS1234: odd\nsecond line'), base)).toBe(`Sign-in to Entra ID failed (auth: client-secret ${CLIENT}): AADSTS1234: odd`)
  })

  it.each(['AuthenticationError', 'CredentialUnavailableError', 'AggregateAuthenticationError'])('%s without a code is a sign-in failure', (name) => {
    expect(explainFailure(identity('no way in', name), undefined)).toBe('Sign-in to Entra ID failed (auth: unknown): no way in')
  })

  it('an error that is not from sign-in is unexpected, whatever its name looks like', () => {
    expect(explainFailure(identity('boom', 'XAuthenticationError'), base)).toBe('Unexpected failure: boom (run with step debug logging for details)')
    expect(explainFailure('a string', base)).toBe('Unexpected failure: a string (run with step debug logging for details)')
  })

  it('the Azure CLI session: run azure/login, and why auto chose it only when it did', () => {
    const error = identity('Please run az login\nmore')
    error.name = 'CredentialUnavailableError'
    expect(explainFailure(error, cli(false))).toBe('Could not get a token from the Azure CLI session: Please run az login. Run azure/login earlier in the job (or use another auth).')
    expect(explainFailure(error, cli(true))).toMatch(/\(or use another auth\)\. auth: auto chose azure-cli because .*`permissions: id-token: write`\.$/)
  })
})

describe('sign-in errors, routed', () => {
  const THUMBPRINT = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678'
  const certificateAuth = { method: 'client-certificate', tenantId: 'contoso.onmicrosoft.com', clientId: CLIENT, certificate: { certificate: { thumbprint: THUMBPRINT } } }
  const signingInWith = (auth: object, operation: Settings['operation']): Settings => ({ ...base, connection: { ...base.connection, auth: auth as never }, operation })
  const removeKey = { name: 'remove-key' } as unknown as Settings['operation']
  const addKey = { name: 'add-key' } as unknown as Settings['operation']
  const entra = (code: string) => Object.assign(new Error(`AADSTS${code}: Entra says no.\nTrace ID: 1`), { name: 'AuthenticationError' })
  const GONE = `the client certificate ${THUMBPRINT} is not registered on the app. If an earlier run of this remove-key step removed it`

  it('AADSTS700027 says the removed certificate signed in only on remove-key with a client certificate', () => {
    expect(explainFailure(entra('700027'), signingInWith(certificateAuth, removeKey))).toBe(
      `Sign-in to Entra ID failed (auth: client-certificate ${CLIENT}): ${GONE}, ` +
        'the step must now sign in with the certificate that stays: set client-certificate to the new certificate (the one add-key added), with its private key [AADSTS700027]',
    )
    for (const settings of [signingInWith(certificateAuth, addKey), signingInWith({ ...base.connection.auth }, removeKey)]) {
      const message = explainFailure(entra('700027'), settings)
      expect(message).not.toContain(GONE)
      expect(message).toContain('the client certificate is not registered on the app, or the assertion was malformed')
    }
    expect(explainFailure(entra('700028'), signingInWith(certificateAuth, removeKey))).not.toContain(GONE)
  })

  it('a tenant not found names the authority and calls out a B2C sign-in host, and only that', () => {
    const tenant = (tenantId: string) => signingInWith({ ...base.connection.auth, tenantId }, base.operation)
    expect(explainFailure(entra('90002'), tenant('contoso.b2clogin.com'))).toBe(
      `Sign-in to Entra ID failed (auth: client-secret ${CLIENT}): tenant not found at https://login.example.test ('contoso.b2clogin.com' is a B2C sign-in host, not a tenant name): ` +
        'use the *.onmicrosoft.com name or the tenant GUID in tenant-id. If the tenant is right, check that the runner can reach the authority host (network, proxy, firewall) ' +
        'and that cloud and authority-host match it [AADSTS90002]',
    )
    expect(explainFailure(entra('90002'), tenant('CONTOSO.B2CLOGIN.CN'))).toContain("is a B2C sign-in host")
    for (const other of ['contoso.onmicrosoft.com', 'contoso.b2clogin.com.example', 'contosob2clogin.com']) {
      expect(explainFailure(entra('90002'), tenant(other))).not.toContain('B2C sign-in host')
    }
    const msal = Object.assign(new Error('endpoints_resolution_error: Could not resolve endpoints.'), { name: 'AuthenticationError' })
    expect(explainFailure(msal, tenant('contoso.onmicrosoft.com'))).toMatch(/: tenant not found at https:\/\/login\.example\.test: use the \*\.onmicrosoft\.com name.* match it$/)
  })

  it('only errors from the identity library or Entra are read as sign-in failures', () => {
    expect(explainFailure(Object.assign(new Error('Entra is down'), { name: 'CredentialUnavailableError' }), base)).toBe(
      `Sign-in to Entra ID failed (auth: client-secret ${CLIENT}): Entra is down`,
    )
    expect(explainFailure(new Error('something AADSTS-like but not: AADSTSx'), base)).not.toContain('Sign-in to Entra ID failed')
    expect(explainFailure(Object.assign(new Error('x'), { name: 'XAuthenticationError' }), base)).not.toContain('Sign-in to Entra ID failed')
  })
})
