import { describe, expect, it } from '@jest/globals'
import type { InputError } from '../../src/errors.js'
import { inputError } from '../helpers/input-error.js'
import type { InputName } from '../../src/inputs.js'
import { buildSettings, type Settings } from '../../src/settings.js'

const now = new Date('2027-01-31T10:00:00Z')
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const CLIENT = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'

function settings(inputs: Partial<Record<InputName, string>>, idTokenAvailable = false): Settings {
  return buildSettings((name) => inputs[name] ?? '', { idTokenAvailable }, now)
}

function failure(inputs: Partial<Record<InputName, string>>, idTokenAvailable = false): InputError {
  return inputError(() => settings(inputs, idTokenAvailable))
}

const secretAuth = { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-secret': 's3cret-value' } as const

describe('auth: auto', () => {
  it('picks client-secret when a secret is given', () => {
    expect(settings({ operation: 'get-active-key', keyset: 'x', ...secretAuth }, true).connection.auth.method).toBe('client-secret')
  })

  it('picks oidc when the job can request an ID token', () => {
    const auth = settings({ operation: 'get-active-key', keyset: 'x', 'tenant-id': TENANT, 'client-id': CLIENT }, true).connection.auth
    expect(auth).toEqual({ method: 'oidc', tenantId: TENANT, clientId: CLIENT, audience: 'api://AzureADTokenExchange' })
  })

  it('falls back to the Azure CLI session, where tenant-id is optional', () => {
    expect(settings({ operation: 'get-active-key', keyset: 'x' }).connection.auth).toEqual({ method: 'azure-cli', tenantId: undefined, fallback: true })
    expect(settings({ operation: 'get-active-key', keyset: 'x', auth: 'azure-cli' }).connection.auth).toMatchObject({ fallback: false })
  })

  it('says how to allow ID tokens when oidc is asked for but unavailable', () => {
    const error = failure({ operation: 'get-active-key', keyset: 'x', auth: 'oidc', 'tenant-id': TENANT, 'client-id': CLIENT })
    expect(error.input).toBe('auth')
    expect(error.message).toContain('permissions: id-token: write')
  })
})

describe('clouds', () => {
  it.each([
    ['AzureUSGovernment', 'https://graph.microsoft.us', 'https://login.microsoftonline.us', 'api://AzureADTokenExchangeUSGov'],
    ['AzureUSGovernmentDoD', 'https://dod-graph.microsoft.us', 'https://login.microsoftonline.us', 'api://AzureADTokenExchangeUSGov'],
    ['AzureChinaCloud', 'https://microsoftgraph.chinacloudapi.cn', 'https://login.chinacloudapi.cn', 'api://AzureADTokenExchangeChina'],
  ])('%s uses its own endpoints and OIDC audience', (cloud, graph, authority, audience) => {
    const { connection } = settings({ operation: 'get-active-key', keyset: 'x', cloud, 'tenant-id': TENANT, 'client-id': CLIENT }, true)
    expect(connection).toMatchObject({ graphEndpoint: graph, authorityHost: authority, authorityOverridden: false, auth: { audience } })
  })

  it('takes overrides as origins and marks the authority as overridden', () => {
    const { connection } = settings({
      operation: 'get-active-key',
      keyset: 'x',
      ...secretAuth,
      'graph-endpoint': 'http://127.0.0.1:8443/',
      'authority-host': 'https://login.example.test',
    })
    expect(connection).toMatchObject({ graphEndpoint: 'http://127.0.0.1:8443', authorityHost: 'https://login.example.test', authorityOverridden: true })
  })
})

describe('keyset writes', () => {
  it('normalises the keyset id and sends validity as given', () => {
    const { operation } = settings({ operation: 'upload-secret', keyset: 'B2C_1A_B2C_1A_Facebook', secret: 'x', 'not-before': '3h', expires: 'P1Y', ...secretAuth })
    expect(operation).toMatchObject({
      name: 'upload-secret',
      keyset: { keysetId: 'B2C_1A_Facebook', createIfMissing: true, rotateWithin: undefined },
      use: 'sig',
      validity: { notBefore: new Date('2027-01-31T13:00:00Z'), expires: new Date('2028-01-31T13:00:00Z') },
    })
  })

  it('defaults not-before to now and leaves expires out', () => {
    const { operation } = settings({ operation: 'generate-key', keyset: 'k', ...secretAuth })
    expect(operation).toMatchObject({ keyType: 'RSA', use: 'sig', validity: { notBefore: now, expires: undefined } })
  })

  it('accepts case variants of enumerations', () => {
    const { operation } = settings({ operation: 'generate-key', keyset: 'k', 'key-type': 'OCT', use: 'ENC', ...secretAuth })
    expect(operation).toMatchObject({ keyType: 'oct', use: 'enc' })
  })
})

describe('bad input names the input', () => {
  it.each<[string, Partial<Record<InputName, string>>, InputName, RegExp]>([
    ['missing operation', { ...secretAuth }, 'operation', /required: one of/],
    ['unknown cloud', { operation: 'get-active-key', keyset: 'x', cloud: 'AzureGermany', ...secretAuth }, 'cloud', /'AzureCloud'/],
    ['bad tenant', { operation: 'get-active-key', keyset: 'x', ...secretAuth, 'tenant-id': 'not a tenant' }, 'tenant-id', /GUID nor a domain/],
    ['plain http graph', { operation: 'get-active-key', keyset: 'x', ...secretAuth, 'graph-endpoint': 'http://graph.microsoft.com' }, 'graph-endpoint', /https/],
    ['graph with a version path', { operation: 'get-active-key', keyset: 'x', ...secretAuth, 'graph-endpoint': 'https://graph.microsoft.com/beta' }, 'graph-endpoint', /origin only/],
    ['http authority even on loopback', { operation: 'get-active-key', keyset: 'x', ...secretAuth, 'authority-host': 'http://127.0.0.1:1' }, 'authority-host', /https/],
    ['keyset with a slash', { operation: 'get-active-key', keyset: 'a/b', ...secretAuth }, 'keyset', /letters, digits/],
    ['prefix only', { operation: 'get-active-key', keyset: 'B2C_1A_', ...secretAuth }, 'keyset', /not a keyset id/],
    ['boolean typo', { operation: 'create-keyset', keyset: 'x', 'dry-run': 'yes', ...secretAuth }, 'dry-run', /'true' or 'false'/],
    ['expires before not-before', { operation: 'upload-secret', keyset: 'x', secret: 's', 'not-before': '2027-06-01T00:00:00Z', expires: '2027-05-01T00:00:00Z', ...secretAuth }, 'expires', /not after not-before/],
    ['expires in the past', { operation: 'upload-secret', keyset: 'x', secret: 's', 'not-before': '2020-01-01T00:00:00Z', expires: '2021-01-01T00:00:00Z', ...secretAuth }, 'expires', /past/],
    ['milliseconds', { operation: 'upload-secret', keyset: 'x', secret: 's', 'not-before': '1800000000000', ...secretAuth }, 'not-before', /milliseconds/],
    ['bad rotation window', { operation: 'generate-key', keyset: 'x', 'rotate-if-expiring-within': 'a month', ...secretAuth }, 'rotate-if-expiring-within', /duration/],
    ['no secret', { operation: 'upload-secret', keyset: 'x', ...secretAuth }, 'secret', /required/],
    ['key-id not a GUID', { operation: 'remove-key', 'key-id': '42', ...secretAuth }, 'key-id', /GUID/],
  ])('%s', (_case, inputs, input, problem) => {
    const error = failure(inputs)
    expect(error.input).toBe(input)
    expect(error.message).toMatch(problem)
  })

  it('never quotes a secret input in its message', () => {
    const error = failure({ operation: 'upload-secret', keyset: 'x', secret: 'hunter2-secret', 'not-before': 'soon', ...secretAuth })
    expect(error.message).not.toContain('hunter2-secret')
  })
})
