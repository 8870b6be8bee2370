/**
 * The bundled action, spawned as a runner would, against the loopback emulator of Entra ID and
 * Graph: every keyset operation, create-if-missing, prefixing, rotation, dry-run, retries.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js'
import { expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'
import { makePfx, makeSelfSignedCert, sha1Fingerprint } from '../helpers/openssl.js'
import { REPO_ROOT, type StepRun } from '../../scripts/lib/run-step.js'

const AZ_STAND_IN = join(REPO_ROOT, '__tests__', 'fixtures', 'az')

let emulator: Emulator
useEmulator((started) => (emulator = started))

const graphRequests = () => emulator.requests.filter((request) => request.service === 'graph')
const graphWrites = () => graphRequests().filter((request) => request.method !== 'GET')
const keysOf = (id: string) => emulator.keysets.get(id)?.keys ?? []

function expectOneError(run: StepRun, pattern: RegExp): void {
  expect(run.exitCode).toBe(1)
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toMatch(pattern)
}

describe('create-keyset', () => {
  it('creates the keyset with one request and converges on a re-run', async () => {
    const first = await step(emulator, { operation: 'create-keyset', keyset: 'FacebookSecret' })
    expectSuccess(first)
    expect(first.outputs).toEqual({ kid: '', 'keyset-id': 'B2C_1A_FacebookSecret', 'not-before': '', expires: '', thumbprint: '', 'previous-kid': '', 'action-taken': 'created' })
    expect(graphRequests().map((request) => `${request.method} ${request.path}`)).toEqual(['POST /beta/trustFramework/keySets'])
    expect(graphRequests()[0]?.body).toEqual({ id: 'B2C_1A_FacebookSecret' })

    const again = await step(emulator, { operation: 'create-keyset', keyset: 'B2C_1A_FacebookSecret' })
    expectSuccess(again)
    expect(again.outputs['action-taken']).toBe('skipped')
    expect([...emulator.keysets.keys()]).toEqual(['B2C_1A_FacebookSecret'])
  })

  it('sends exactly one prefix, whatever the user typed', async () => {
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'B2C_1A_B2C_1A_Twice' })
    expectSuccess(run)
    expect(graphRequests()[0]?.body).toEqual({ id: 'B2C_1A_Twice' })
    expect([...emulator.keysets.keys()]).toEqual(['B2C_1A_Twice'])
  })
})

describe('upload-secret', () => {
  it('creates a missing keyset and uploads: write, create, write', async () => {
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'FacebookSecret', secret: 'fb-app-secret', expires: '90d' })
    expectSuccess(run)
    expect(graphRequests().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /beta/trustFramework/keySets/B2C_1A_FacebookSecret/uploadSecret',
      'POST /beta/trustFramework/keySets',
      'POST /beta/trustFramework/keySets/B2C_1A_FacebookSecret/uploadSecret',
    ])
    const [key] = keysOf('B2C_1A_FacebookSecret')
    expect(run.outputs).toMatchObject({ kid: key?.kid, 'keyset-id': 'B2C_1A_FacebookSecret', 'action-taken': 'uploaded', thumbprint: '', 'previous-kid': '' })
    const nbf = Number(run.outputs['not-before'])
    expect(Number(run.outputs['expires']) - nbf).toBe(90 * 86400)
    expect(Math.abs(nbf - Date.now() / 1000)).toBeLessThan(60)
    expect(run.summary).toContain(key?.kid ?? 'missing kid')
  })

  it('costs one Graph request when the keyset exists, and sends integer seconds', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'Existing' })
    const before = graphRequests().length
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Existing', secret: 'value', 'not-before': '2030-01-01T00:00:00Z', expires: 'P1Y' })
    expectSuccess(run)
    const sent = graphRequests().slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toEqual({ use: 'sig', k: 'value', nbf: 1893456000, exp: 1924992000 })
    expect(run.outputs).toMatchObject({ 'not-before': '1893456000', expires: '1924992000' })
  })

  it('leaves exp out when no expiry is asked for', async () => {
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'NoExpiry', secret: 'value', use: 'enc' })
    expectSuccess(run)
    const upload = graphWrites().at(-1)
    expect(upload?.body).toEqual({ use: 'enc', k: 'value', nbf: Number(run.outputs['not-before']) })
    expect(run.outputs['expires']).toBe('')
  })

  it('refuses to create when create-if-missing is false, after one request', async () => {
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Missing', secret: 'v', 'create-if-missing': 'false' })
    expectOneError(run, /B2C_1A_Missing does not exist in the tenant signed in to, and create-if-missing is 'false': check the keyset input and tenant-id/)
    expect(graphRequests()).toHaveLength(1)
    expect(emulator.keysets.size).toBe(0)
  })
})

describe('generate-key', () => {
  it('generates RSA signing keys and oct encryption keys with the requested validity', async () => {
    const rsa = await step(emulator, { operation: 'generate-key', keyset: 'TokenSigningKeyContainer', expires: '1y' })
    expectSuccess(rsa)
    expect(rsa.outputs['action-taken']).toBe('generated')
    expect(keysOf('B2C_1A_TokenSigningKeyContainer').map((key) => [key.kty, key.use])).toEqual([['RSA', 'sig']])

    const oct = await step(emulator, { operation: 'generate-key', keyset: 'TokenEncryptionKeyContainer', 'key-type': 'oct', use: 'enc' })
    expectSuccess(oct)
    expect(graphWrites().at(-1)?.body).toEqual({ use: 'enc', kty: 'oct', nbf: Number(oct.outputs['not-before']) })
  })

  it('explains a keyset type conflict, naming the keys already there, and writes nothing', async () => {
    const first = await step(emulator, { operation: 'generate-key', keyset: 'Mixed' })
    const kid = first.outputs['kid'] ?? 'missing'
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Mixed', secret: 'v' })
    expectOneError(run, /cannot mix RSA and oct/)
    expect(run.errors[0]).toContain(kid)
    expect(keysOf('B2C_1A_Mixed')).toHaveLength(1)
  })
})

describe('upload-certificate and upload-pkcs12', () => {
  it('uploads a certificate as base64 DER and reports its thumbprint and validity', async () => {
    const cert = makeSelfSignedCert({ days: 365, commonName: 'saml-signing' })
    const run = await step(emulator, { operation: 'upload-certificate', keyset: 'SamlCert', certificate: cert.certPem })
    expectSuccess(run)
    expect(run.outputs['thumbprint']).toBe(sha1Fingerprint(cert.certPem))
    expect(run.outputs['not-before']).toBe(String(cert.notBefore.getTime() / 1000))
    expect(run.outputs['expires']).toBe(String(cert.notAfter.getTime() / 1000))
    expect(Object.keys(graphWrites().at(-1)?.body as object)).toEqual(['key'])
  })

  it('uploads a legacy-encrypted PKCS#12 with its password', async () => {
    const cert = makeSelfSignedCert({ days: 365 })
    const pfx = makePfx(cert.certPem, cert.keyPem, 'pfx-pass', { legacy: true })
    const run = await step(emulator, { operation: 'upload-pkcs12', keyset: 'SamlPfx', pkcs12: pfx, 'pkcs12-password': 'pfx-pass' })
    expectSuccess(run)
    expect(run.outputs).toMatchObject({ 'action-taken': 'uploaded', thumbprint: sha1Fingerprint(cert.certPem) })
    expect(keysOf('B2C_1A_SamlPfx')).toHaveLength(1)
  })

  it('warns about an AES-encrypted PKCS#12 and explains the refusal with the -legacy re-export', async () => {
    const cert = makeSelfSignedCert({ days: 365 })
    const pfx = makePfx(cert.certPem, cert.keyPem, 'pfx-pass')
    const run = await step(emulator, { operation: 'upload-pkcs12', keyset: 'AesPfx', pkcs12: pfx, 'pkcs12-password': 'pfx-pass' })
    expect(run.warnings.join('\n')).toMatch(/AES-encrypted/)
    expectOneError(run, /openssl pkcs12 -export -legacy/)
    expect(run.errors[0]).toMatch(/AADB2C90213/)
  })

  it('checks the PKCS#12 password locally, before any request', async () => {
    const cert = makeSelfSignedCert({ days: 365 })
    const pfx = makePfx(cert.certPem, cert.keyPem, 'right', { legacy: true })
    const run = await step(emulator, { operation: 'upload-pkcs12', keyset: 'Pfx', pkcs12: pfx, 'pkcs12-password': 'wrong' })
    expectOneError(run, /^Input 'pkcs12'.*password/)
    expect(emulator.requests).toHaveLength(0)
  })
})

describe('get-active-key', () => {
  it('finds the active key', async () => {
    const written = await step(emulator, { operation: 'generate-key', keyset: 'Signing', expires: '30d' })
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Signing' })
    expectSuccess(run)
    expect(run.outputs).toMatchObject({ kid: written.outputs['kid'], 'action-taken': 'found', expires: written.outputs['expires'] })
  })

  it('explains why there is no active key', async () => {
    await step(emulator, { operation: 'generate-key', keyset: 'Future', 'not-before': '2099-01-01T00:00:00Z' })
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Future' })
    expectOneError(run, /no active key.*not yet valid/)
  })

  it('says when the keyset does not exist', async () => {
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Nowhere' })
    expectOneError(run, /^Reading the active key of the keyset failed: "The keyset 'B2C_1A_Nowhere' was not found"\. The keyset does not exist in the tenant signed in to: check the keyset input .* and tenant-id\. \[Graph 404/)
  })
})

describe('rotate-if-expiring-within', () => {
  it('writes nothing while the active key expires later than the window: one read', async () => {
    const current = await step(emulator, { operation: 'generate-key', keyset: 'Rotated', expires: '90d' })
    const before = graphRequests().length
    const run = await step(emulator, { operation: 'generate-key', keyset: 'Rotated', expires: '90d', 'rotate-if-expiring-within': '30d' })
    expectSuccess(run)
    expect(run.outputs).toMatchObject({ 'action-taken': 'skipped', kid: current.outputs['kid'], 'previous-kid': current.outputs['kid'], expires: current.outputs['expires'] })
    expect(graphRequests().slice(before).map((request) => request.method)).toEqual(['GET'])
    expect(keysOf('B2C_1A_Rotated')).toHaveLength(1)
  })

  it('writes when the active key expires within the window: read, then write', async () => {
    const current = await step(emulator, { operation: 'generate-key', keyset: 'Due', expires: '10d' })
    const before = graphRequests().length
    const run = await step(emulator, { operation: 'generate-key', keyset: 'Due', expires: '90d', 'rotate-if-expiring-within': '30d' })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('generated')
    expect(run.outputs['previous-kid']).toBe(current.outputs['kid'])
    expect(run.outputs['kid']).not.toBe(current.outputs['kid'])
    expect(graphRequests().slice(before)).toHaveLength(2)
    expect(keysOf('B2C_1A_Due')).toHaveLength(2)
  })

  it('counts a key added by an earlier run that has not started yet: no second successor', async () => {
    const expiring = await step(emulator, { operation: 'generate-key', keyset: 'Pending', expires: '10d' })
    const successor = await step(emulator, { operation: 'generate-key', keyset: 'Pending', 'not-before': '3h', expires: '1y', 'rotate-if-expiring-within': '30d' })
    expect(successor.outputs['action-taken']).toBe('generated')
    const run = await step(emulator, { operation: 'generate-key', keyset: 'Pending', 'not-before': '3h', expires: '1y', 'rotate-if-expiring-within': '30d' })
    expectSuccess(run)
    expect(run.outputs).toMatchObject({ 'action-taken': 'skipped', kid: successor.outputs['kid'], 'previous-kid': expiring.outputs['kid'] })
    expect(keysOf('B2C_1A_Pending')).toHaveLength(2)
  })

  it('creates a missing keyset without a failed write first', async () => {
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'FreshRotation', secret: 's', 'rotate-if-expiring-within': '30d' })
    expectSuccess(run)
    expect(graphRequests()).toHaveLength(3)
    expect(keysOf('B2C_1A_FreshRotation')).toHaveLength(1)
  })
})

describe('dry-run', () => {
  it('reports the plan and writes nothing', async () => {
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Planned', secret: 's', 'dry-run': 'true' })
    expectSuccess(run)
    expect(run.outputs['action-taken']).toBe('planned')
    expect(run.stdout).toMatch(/would create keyset B2C_1A_Planned, then upload a secret/)
    expect(graphWrites()).toHaveLength(0)
    expect(emulator.keysets.size).toBe(0)
  })

  it('reports the key that is active now as previous-kid', async () => {
    const current = await step(emulator, { operation: 'generate-key', keyset: 'PlannedRotation' })
    const writesBefore = graphWrites().length
    const run = await step(emulator, { operation: 'generate-key', keyset: 'PlannedRotation', 'dry-run': 'true' })
    expectSuccess(run)
    expect(run.outputs).toMatchObject({ 'action-taken': 'planned', 'previous-kid': current.outputs['kid'], kid: '' })
    expect(graphWrites()).toHaveLength(writesBefore)
  })
})

describe('faults: nothing lost, nothing written twice', () => {
  it('answers a 429 by waiting as Retry-After says and adding exactly one key', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'Throttled' })
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, status: 429, retryAfter: '1' })
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Throttled', secret: 's' })
    expectSuccess(run)
    const uploads = graphRequests().filter((request) => request.path.endsWith('/uploadSecret'))
    expect(uploads.map((request) => request.status)).toEqual([429, 200])
    expect(uploads[1]!.at.getTime() - uploads[0]!.at.getTime()).toBeGreaterThanOrEqual(1000)
    expect(keysOf('B2C_1A_Throttled')).toHaveLength(1)
  })

  it('retries B2C throttling (AADB2C95043) and a 503', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'Busy' })
    emulator.injectFault({ method: 'POST', path: /generateKey$/, status: 400, code: 'AADB2C95043', retryAfter: '0' })
    emulator.injectFault({ method: 'POST', path: /generateKey$/, status: 503, retryAfter: '0' })
    const run = await step(emulator, { operation: 'generate-key', keyset: 'Busy' })
    expectSuccess(run)
    expect(keysOf('B2C_1A_Busy')).toHaveLength(1)
  })

  it('does not write twice when the answer to a write is lost', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'Lossy' })
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, phase: 'after', drop: true })
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Lossy', secret: 's' })
    expectSuccess(run)
    const keys = keysOf('B2C_1A_Lossy')
    expect(keys).toHaveLength(1)
    expect(run.outputs['kid']).toBe(keys[0]?.kid)
  })

  it('writes again when a dropped write had not landed', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'Dropped' })
    emulator.injectFault({ method: 'POST', path: /generateKey$/, phase: 'before', drop: true })
    const run = await step(emulator, { operation: 'generate-key', keyset: 'Dropped' })
    expectSuccess(run)
    expect(keysOf('B2C_1A_Dropped')).toHaveLength(1)
  })
})

describe('service errors a person can act on', () => {
  it('names the missing Graph permission', async () => {
    emulator.registerClient({ clientId: '0a1b2c3d-0000-4000-8000-000000000001', secret: 'no-roles-secret', roles: [] })
    const run = await step(emulator, {
      operation: 'upload-secret',
      keyset: 'Forbidden',
      secret: 's',
      'client-id': '0a1b2c3d-0000-4000-8000-000000000001',
      'client-secret': 'no-roles-secret',
    })
    expectOneError(run, /TrustFrameworkKeySet\.ReadWrite\.All/)
    expect(run.errors[0]).toMatch(/request-id/)
    // A stack trace may go to ::debug:: (step debug), never to a line every run prints.
    const plainLines = run.stdout.split('\n').filter((line) => !line.startsWith('::debug::'))
    expect(plainLines.join('\n')).not.toMatch(/\bat .*\.(js|ts):\d+/)
  })

  it('explains a wrong client secret', async () => {
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'x', 'client-secret': 'wrong' })
    expectOneError(run, /client secret is wrong or expired.*AADSTS7000215/)
    expect(graphRequests()).toHaveLength(0)
  })
})

describe('behind a proxy (HTTPS_PROXY, as on self-hosted runners)', () => {
  let proxy: ConnectProxy
  beforeAll(async () => {
    proxy = await startConnectProxy()
  })
  afterAll(() => proxy.close())

  it('tunnels the Graph requests through the proxy', async () => {
    // Signed in through the Azure CLI stand-in, so every tunnel the proxy sees carries Graph traffic.
    const run = await step(
      emulator,
      { operation: 'upload-secret', keyset: 'Proxied', secret: 's', auth: 'azure-cli', 'client-secret': '' },
      { env: { HTTPS_PROXY: proxy.url, PATH: `${AZ_STAND_IN}:${process.env['PATH']}`, AZ_STANDIN_ACCESS_TOKEN: emulator.issueAccessToken() } },
    )
    expectSuccess(run)
    expect(emulator.requests.filter((request) => request.service === 'token')).toEqual([])
    expect(proxy.tunnels).toContain(new URL(emulator.url).host)
    expect(keysOf('B2C_1A_Proxied')).toHaveLength(1)
  })

  it('goes direct for hosts in NO_PROXY', async () => {
    const before = proxy.tunnels.length
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'Direct' }, { env: { HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } })
    expectSuccess(run)
    expect(proxy.tunnels.slice(before)).toEqual([])
  })
})

