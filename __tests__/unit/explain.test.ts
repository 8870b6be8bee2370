import { describe, expect, it } from '@jest/globals'
import { SignInTransportError } from '../../src/auth/sign-in-failures.js'
import { ActionableError, InputError } from '../../src/errors.js'
import { explainFailure } from '../../src/explain.js'
import { GraphError, GraphTransportError } from '../../src/graph/errors.js'
import type { InputName } from '../../src/inputs.js'
import { buildSettings, type Settings } from '../../src/settings.js'

const SECRET_SIGN_IN = { 'tenant-id': 'contoso.onmicrosoft.com', 'client-id': '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b', 'client-secret': 'x' }

function settingsFor(inputs: Partial<Record<InputName, string>>): Settings {
  const all: Partial<Record<InputName, string>> = { ...SECRET_SIGN_IN, ...inputs }
  return buildSettings((name) => all[name] ?? '', { idTokenAvailable: false }, new Date('2027-01-31T10:00:00Z'))
}

const keysetError = (status: number, code: string, method = 'POST') =>
  new GraphError(method, '/beta/trustFramework/keySets/B2C_1A_x/uploadSecret', status, code, 'Graph says no', 'req-123')

describe('explainFailure', () => {
  const upload = settingsFor({ operation: 'upload-secret', keyset: 'x', secret: 's' })

  it('passes input errors and actionable errors through unchanged', () => {
    expect(explainFailure(new InputError('keyset', 'is required'), undefined)).toBe("Input 'keyset': is required")
    expect(explainFailure(new ActionableError('do this'), upload)).toBe('do this')
  })

  it('names the permission for a 403 on keysets, and the read permission for get-active-key', () => {
    expect(explainFailure(keysetError(403, 'Authorization_RequestDenied'), upload)).toMatch(
      /3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b may not manage B2C keysets.*TrustFrameworkKeySet\.ReadWrite\.All.*request-id req-123/,
    )
    const read = settingsFor({ operation: 'get-active-key', keyset: 'x' })
    expect(explainFailure(keysetError(403, 'Authorization_RequestDenied', 'GET'), read)).toMatch(/TrustFrameworkKeySet\.Read\.All is enough/)
  })

  it('points a rejected token at the cloud and endpoint', () => {
    expect(explainFailure(keysetError(401, 'InvalidAuthenticationToken'), upload)).toMatch(/cloud, graph-endpoint and tenant-id/)
  })

  it('gives both causes of a refused PKCS#12 password, matched by code whatever the status', () => {
    const message = explainFailure(keysetError(400, 'AADB2C90213'), upload)
    expect(message).toMatch(/AES-encrypted/)
    expect(message).toMatch(/openssl pkcs12 -export -legacy/)
    expect(explainFailure(keysetError(500, 'AADB2C95025'), upload)).toMatch(/-legacy/)
  })

  it('explains throttling and concurrent writes that outlasted the retries', () => {
    expect(explainFailure(keysetError(429, 'TooManyRequests'), upload)).toMatch(/kept throttling/)
    expect(explainFailure(keysetError(400, 'AADB2C95043'), upload)).toMatch(/kept throttling/)
    expect(explainFailure(keysetError(409, 'AADB2C95053'), upload)).toMatch(/concurrency:/)
  })

  it('warns that a write with no answer may have landed', () => {
    const message = explainFailure(new GraphTransportError('POST', '/beta/x', 'ECONNRESET: socket hang up'), upload)
    expect(message).toMatch(/may or may not have taken effect/)
    expect(explainFailure(new GraphTransportError('GET', '/beta/x', 'ECONNRESET'), upload)).not.toMatch(/taken effect/)
  })

  it('says truthfully how often a failed request was sent', () => {
    const once = keysetError(502, 'BadGateway')
    expect(explainFailure(once, upload)).toMatch(/; the request was sent once\./)
    const retried = keysetError(503, 'ServiceUnavailable')
    retried.attempts = 3
    expect(explainFailure(retried, upload)).toMatch(/; the request was retried 2 times\./)
    expect(explainFailure(retried, upload)).not.toMatch(/after retries/)
  })

  it('quotes service text bounded and on one line', () => {
    const long = new GraphError('POST', '/beta/x', 400, 'BadRequest', `first\r\n::error::injected ${'x'.repeat(5000)}`, undefined)
    const message = explainFailure(long, upload)
    expect(message).not.toMatch(/[\r\n]/)
    expect(message.length).toBeLessThan(600)
  })

  it('names the host and what to check when sign-in gets no usable answer', () => {
    const message = explainFailure(new SignInTransportError('login.example', 'no answer from login.example within 30 s'), upload)
    expect(message).toBe(
      "Sign-in (auth: client-secret 3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b) got no usable answer from login.example: no answer from login.example within 30 s. If it persists, check the runner's network, proxy (HTTPS_PROXY, NO_PROXY) and firewall.",
    )
  })

  it.each([
    ['70021', /no federated credential/],
    ['7000215', /client secret is wrong/],
    ['700016', /no application with this client-id/],
    ['90002', /tenant not found at https:\/\/login\.microsoftonline\.com: use the \*\.onmicrosoft\.com name or the tenant GUID in tenant-id/],
  ])('turns AADSTS%s into what to fix', (code, hint) => {
    const error = Object.assign(new Error(`invalid_client: Error(s): ${code} - Description: AADSTS${code}: something`), { name: 'AuthenticationError' })
    expect(explainFailure(error, upload)).toMatch(hint)
    expect(explainFailure(error, upload)).toContain(`[AADSTS${code}]`)
  })

  it('never answers with a stack', () => {
    const message = explainFailure(new TypeError("Cannot read properties of undefined (reading 'x')"), upload)
    expect(message).toMatch(/^Unexpected failure: Cannot read/)
    expect(message).not.toMatch(/\n\s+at /)
  })
})
