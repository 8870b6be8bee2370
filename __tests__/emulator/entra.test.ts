import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { ClientAssertionCredential, ClientCertificateCredential, ClientSecretCredential } from '@azure/identity'
import * as core from '@actions/core'
import { execFile } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { DEFAULT_GITHUB_SUBJECT, type Emulator } from '../../emulator/index.js'
import { call, decodeClaims, decodeHeader, signJws, startTrusted, Workdir, type TestCert } from './helpers.js'

const execFileAsync = promisify(execFile)

let emu: Emulator
let work: Workdir
let cert: TestCert
const certClientId = randomUUID()

beforeAll(async () => {
  emu = await startTrusted()
  work = await Workdir.create()
  cert = await work.cert({ cn: 'client-cert' })
  emu.registerClient({ clientId: certClientId, certificatePem: cert.certPem, roles: ['TrustFrameworkKeySet.ReadWrite.All'] })
})
afterAll(async () => {
  await emu.close()
  await work.remove()
})

const options = (): { authorityHost: string; disableInstanceDiscovery: boolean } => ({ authorityHost: emu.url, disableInstanceDiscovery: true })
const tokenPath = (tenant = emu.tenantId): string => `/${tenant}/oauth2/v2.0/token`
const scope = (): string => `${emu.url}/.default`

/** The AADSTS number of an Entra error response, checked for shape on the way. */
function aadsts(body: { error_codes?: number[]; error_description?: string }): number | undefined {
  const n = body.error_codes?.[0]
  if (n !== undefined) expect(body.error_description).toMatch(new RegExp(`^AADSTS${n}: `))
  return n
}

describe('OpenID metadata', () => {
  it('serves what MSAL needs, with the tenant GUID substituted', async () => {
    const r = await call(emu, 'GET', `/${emu.tenantId}/v2.0/.well-known/openid-configuration`, { token: null })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({
      issuer: `${emu.url}/${emu.tenantId}/v2.0`,
      token_endpoint: `${emu.url}/${emu.tenantId}/oauth2/v2.0/token`,
      authorization_endpoint: `${emu.url}/${emu.tenantId}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${emu.url}/${emu.tenantId}/oauth2/v2.0/logout`,
    })
    expect((await call(emu, 'GET', new URL(r.body.jwks_uri).pathname, { token: null })).body.keys).toHaveLength(1)
  })

  it('resolves the domain alias to the tenant GUID', async () => {
    const r = await call(emu, 'GET', `/${emu.tenantDomain}/v2.0/.well-known/openid-configuration`, { token: null })
    expect(r.body.token_endpoint).toBe(`${emu.url}/${emu.tenantId}/oauth2/v2.0/token`)
  })

  it('answers 400 AADSTS90002 for an unknown tenant', async () => {
    const r = await call(emu, 'GET', `/${randomUUID()}/v2.0/.well-known/openid-configuration`, { token: null })
    expect(r.status).toBe(400)
    expect(r.body.error).toBe('invalid_request')
    expect(aadsts(r.body)).toBe(90002)
  })
})

describe('client secret', () => {
  it('ClientSecretCredential gets a Graph token with the documented claims', async () => {
    const credential = new ClientSecretCredential(emu.tenantId, emu.client.clientId, emu.client.clientSecret, options())
    const { token, expiresOnTimestamp } = await credential.getToken(scope())
    const claims = decodeClaims(token)
    expect(claims).toMatchObject({ aud: emu.url, tid: emu.tenantId, appid: emu.client.clientId, azp: emu.client.clientId, oid: emu.client.servicePrincipalId, roles: ['TrustFrameworkKeySet.ReadWrite.All'] })
    expect(claims.exp - claims.iat).toBeGreaterThan(3500)
    expect(expiresOnTimestamp).toBeGreaterThan(Date.now() + 3500_000)
    expect((await call(emu, 'GET', '/beta/trustFramework/keySets', { token })).status).toBe(200)
  })

  it('works with the tenant domain as well', async () => {
    const credential = new ClientSecretCredential(emu.tenantDomain, emu.client.clientId, emu.client.clientSecret, options())
    expect(decodeClaims((await credential.getToken(scope())).token).tid).toBe(emu.tenantId)
  })

  it('a wrong secret is 401 invalid_client AADSTS7000215', async () => {
    const r = await call(emu, 'POST', tokenPath(), { token: null, form: { grant_type: 'client_credentials', client_id: emu.client.clientId, client_secret: 'nope', scope: scope() } })
    expect(r.status).toBe(401)
    expect(r.body).toMatchObject({ error: 'invalid_client' })
    expect(aadsts(r.body)).toBe(7000215)
    expect(r.body).toHaveProperty('trace_id')
    expect(r.body).toHaveProperty('correlation_id')
    expect(r.body).toHaveProperty('timestamp')
    const credential = new ClientSecretCredential(emu.tenantId, emu.client.clientId, 'nope', options())
    await expect(credential.getToken(scope())).rejects.toThrow(/AADSTS7000215/)
  })

  it('an unknown client is 400 unauthorized_client AADSTS700016', async () => {
    const r = await call(emu, 'POST', tokenPath(), { token: null, form: { grant_type: 'client_credentials', client_id: randomUUID(), client_secret: 'x', scope: scope() } })
    expect(r.status).toBe(400)
    expect(r.body.error).toBe('unauthorized_client')
    expect(aadsts(r.body)).toBe(700016)
  })

  it('a client of another tenant is AADSTS700016 here', async () => {
    const id = randomUUID()
    emu.registerClient({ clientId: id, tenantId: randomUUID(), secret: 's' })
    const r = await call(emu, 'POST', tokenPath(), { token: null, form: { grant_type: 'client_credentials', client_id: id, client_secret: 's', scope: scope() } })
    expect(aadsts(r.body)).toBe(700016)
  })

  it('the scope must be <emulator url>/.default: AADSTS500011 for another resource, AADSTS1002012 without /.default', async () => {
    const base = { grant_type: 'client_credentials', client_id: emu.client.clientId, client_secret: emu.client.clientSecret }
    const other = await call(emu, 'POST', tokenPath(), { token: null, form: { ...base, scope: 'https://graph.microsoft.com/.default' } })
    expect(other.status).toBe(400)
    expect(aadsts(other.body)).toBe(500011)
    const noDefault = await call(emu, 'POST', tokenPath(), { token: null, form: { ...base, scope: `${emu.url}/TrustFrameworkKeySet.ReadWrite.All` } })
    expect(noDefault.status).toBe(400)
    expect(noDefault.body.error).toBe('invalid_scope')
    expect(aadsts(noDefault.body)).toBe(1002012)
  })

  it('only the client_credentials grant is served', async () => {
    const r = await call(emu, 'POST', tokenPath(), { token: null, form: { grant_type: 'password', client_id: emu.client.clientId, scope: scope() } })
    expect(r.body.error).toBe('unsupported_grant_type')
    expect(aadsts(r.body)).toBe(70003)
  })

  it('an unknown tenant at the token endpoint is AADSTS90002', async () => {
    const r = await call(emu, 'POST', tokenPath('fabrikam.onmicrosoft.com'), { token: null, form: { grant_type: 'client_credentials', client_id: emu.client.clientId, client_secret: emu.client.clientSecret, scope: scope() } })
    expect(aadsts(r.body)).toBe(90002)
  })
})

describe('client certificate (jwt-bearer assertion)', () => {
  it('ClientCertificateCredential with a PEM gets a token (MSAL sends PS256 + x5t#S256)', async () => {
    const credential = new ClientCertificateCredential(emu.tenantId, certClientId, { certificate: cert.pem }, options())
    const { token } = await credential.getToken(scope())
    expect(decodeClaims(token)).toMatchObject({ appid: certClientId, appidacr: '2' })
    const sent = emu.requests.filter((r) => r.service === 'token').at(-1)?.body as Record<string, string>
    expect(sent['client_assertion_type']).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
    // @azure/identity 4.x hands MSAL node 5 a SHA-256 thumbprint: PS256 with x5t#S256, not RS256 + x5t.
    const header = decodeHeader(sent['client_assertion'] ?? '')
    expect(header).toMatchObject({ alg: 'PS256', 'x5t#S256': Buffer.from(createHash('sha256').update(cert.der).digest()).toString('base64url') })
  })

  const assertion = (overrides: { header?: Record<string, unknown>; payload?: Record<string, unknown>; keyPem?: string } = {}): string => {
    const now = Math.floor(Date.now() / 1000)
    return signJws(
      { alg: 'RS256', typ: 'JWT', x5t: cert.x5t, ...overrides.header },
      { aud: `${emu.url}${tokenPath()}`, iss: certClientId, sub: certClientId, jti: randomUUID(), nbf: now, exp: now + 600, ...overrides.payload },
      overrides.keyPem ?? cert.keyPem,
    )
  }
  const post = (clientAssertion: string) =>
    call(emu, 'POST', tokenPath(), {
      token: null,
      form: { grant_type: 'client_credentials', client_id: certClientId, scope: scope(), client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: clientAssertion },
    })

  it('accepts an RS256 assertion identified by x5t (SHA-1)', async () => {
    expect((await post(assertion())).status).toBe(200)
  })

  it('refuses an assertion signed by a certificate the app does not have: 401 AADSTS700027', async () => {
    const stranger = await work.cert()
    const r = await post(assertion({ header: { x5t: stranger.x5t }, keyPem: stranger.keyPem }))
    expect(r.status).toBe(401)
    expect(r.body.error).toBe('invalid_client')
    expect(aadsts(r.body)).toBe(700027)
  })

  it('refuses a signature made with another key under the right x5t: AADSTS700027', async () => {
    const stranger = await work.cert()
    expect(aadsts((await post(assertion({ keyPem: stranger.keyPem }))).body)).toBe(700027)
  })

  it('refuses a wrong audience', async () => {
    const r = await post(assertion({ payload: { aud: 'https://login.microsoftonline.com/x/oauth2/v2.0/token' } }))
    expect(r.status).toBe(401)
    expect(aadsts(r.body)).toBe(50013)
  })

  it('refuses sub != client_id: AADSTS700021', async () => {
    expect(aadsts((await post(assertion({ payload: { sub: randomUUID() } }))).body)).toBe(700021)
  })

  it('refuses an expired assertion: AADSTS700024', async () => {
    const now = Math.floor(Date.now() / 1000)
    expect(aadsts((await post(assertion({ payload: { nbf: now - 7200, exp: now - 3600 } }))).body)).toBe(700024)
  })

  it("refuses '=' padding in the assertion: AADSTS50027", async () => {
    const [h, p, s] = assertion().split('.') as [string, string, string]
    const r = await post(`${h}.${p}.${s}=`)
    expect(r.status).toBe(400)
    expect(aadsts(r.body)).toBe(50027)
    expect(emu.requests.at(-1)?.rejectReason).toMatch(/padding/)
  })
})

describe('federated credential (GitHub ID token)', () => {
  const saved = { url: process.env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }
  afterEach(() => {
    emu.github.subject = DEFAULT_GITHUB_SUBJECT
    for (const [k, v] of [['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url], ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]] as const) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  })

  it('ClientAssertionCredential with @actions/core getIDToken gets a token', async () => {
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = emu.github.requestUrl
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = emu.github.requestToken
    const credential = new ClientAssertionCredential(emu.tenantId, emu.client.clientId, () => core.getIDToken('api://AzureADTokenExchange'), options())
    const { token } = await credential.getToken(scope())
    expect(decodeClaims(token).appid).toBe(emu.client.clientId)
    expect(emu.requests.find((r) => r.service === 'oidc')?.query).toMatchObject({ 'api-version': '2.0', audience: 'api://AzureADTokenExchange' })
  })

  const githubToken = async (audience = 'api://AzureADTokenExchange'): Promise<string> => {
    const res = await fetch(`${emu.github.requestUrl}&audience=${encodeURIComponent(audience)}`, { headers: { Authorization: `Bearer ${emu.github.requestToken}` } })
    return ((await res.json()) as { value: string }).value
  }
  const exchange = (clientAssertion: string) =>
    call(emu, 'POST', tokenPath(), {
      token: null,
      form: { grant_type: 'client_credentials', client_id: emu.client.clientId, scope: scope(), client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: clientAssertion },
    })

  it('no federated credential for the subject: 400 invalid_request AADSTS70021 naming issuer, subject, audience', async () => {
    emu.github.subject = 'repo:octo-org/octo-repo:ref:refs/heads/feature'
    const r = await exchange(await githubToken())
    expect(r.status).toBe(400)
    expect(r.body.error).toBe('invalid_request')
    expect(aadsts(r.body)).toBe(70021)
    expect(r.body.error_description).toContain(
      "No matching federated identity record found for presented assertion. Assertion Issuer: 'https://token.actions.githubusercontent.com'. Assertion Subject: 'repo:octo-org/octo-repo:ref:refs/heads/feature'. Assertion Audience: 'api://AzureADTokenExchange'.",
    )
  })

  it('a wrong audience is AADSTS70021 too', async () => {
    expect(aadsts((await exchange(await githubToken('api://AzureADTokenExchangeUSGov'))).body)).toBe(70021)
  })

  it('a registered federated credential for another subject works', async () => {
    const subject = 'repo:octo-org/octo-repo:environment:prod'
    emu.registerClient({ clientId: emu.client.clientId, federated: [{ issuer: 'https://token.actions.githubusercontent.com', subject, audience: 'api://AzureADTokenExchange' }] })
    emu.github.subject = subject
    expect((await exchange(await githubToken())).status).toBe(200)
  })

  it('a GitHub token with a tampered payload fails signature validation', async () => {
    const [h, p, s] = (await githubToken()).split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
    claims.sub = 'repo:evil/repo:ref:refs/heads/main'
    const r = await exchange(`${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`)
    expect(r.status).toBe(400)
    expect(aadsts(r.body)).toBe(50013)
  })
})

describe('Azure CLI stand-ins', () => {
  const cli245 = resolve('__tests__/fixtures/az')
  const cli254 = resolve('__tests__/fixtures/az-2.54')
  // A zone without daylight saving, so the expected local time is a fixed offset (+05:30).
  const zone = { TZ: 'Asia/Kolkata' }

  /**
   * AzureCliCredential runs `az` through child_process.exec with the real process.env, which
   * jest's sandboxed process.env does not reach: run it in a child Node with PATH prefixed. Its
   * info log says which of expires_on and expiresOn it read.
   */
  async function cliCredentialInChild(
    azDir: string,
    env: Record<string, string>,
  ): Promise<{ token?: string; expiresOnTimestamp?: number; error?: string; log: string }> {
    const script = `
      import { AzureCliCredential } from '@azure/identity'
      try {
        const t = await new AzureCliCredential({ tenantId: process.env.T }).getToken(process.env.U + '/.default')
        console.log(JSON.stringify({ token: t.token, expiresOnTimestamp: t.expiresOnTimestamp }))
      } catch (e) {
        console.log(JSON.stringify({ error: e.name + ': ' + e.message }))
      }`
    const { stdout, stderr } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: `${azDir}:${process.env['PATH'] ?? ''}`, T: emu.tenantId, U: emu.url, AZURE_LOG_LEVEL: 'info', ...zone, ...env },
    })
    return { ...JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}'), log: stderr }
  }

  async function getAccessToken(azDir: string, args: string[], token: string): Promise<Record<string, unknown>> {
    const { stdout } = await execFileAsync(join(azDir, 'az'), ['account', 'get-access-token', '--output', 'json', ...args], {
      env: { ...process.env, ...zone, AZ_STANDIN_ACCESS_TOKEN: token },
    })
    return JSON.parse(stdout)
  }

  /** exp as Azure CLI prints it in Asia/Kolkata: 'YYYY-MM-DD HH:MM:SS.000000'. */
  const kolkataTime = (exp: number): string => new Date((exp + 5.5 * 3600) * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '.000000')

  it('2.45 prints exactly accessToken, expiresOn in local time, tenant and tokenType with --tenant', async () => {
    const issued = emu.issueAccessToken()
    const out = await getAccessToken(cli245, ['--resource', emu.url, '--tenant', emu.tenantId], issued)
    expect(out).toEqual({ accessToken: issued, expiresOn: kolkataTime(decodeClaims(issued).exp), tenant: emu.tenantId, tokenType: 'Bearer' })
    expect(Object.keys(out)).toEqual(['accessToken', 'expiresOn', 'tenant', 'tokenType'])
  })

  it('2.45 names the subscription when no --tenant is given, and still has no expires_on', async () => {
    const out = await getAccessToken(cli245, ['--scope', `${emu.url}/.default`], emu.issueAccessToken())
    expect(Object.keys(out)).toEqual(['accessToken', 'expiresOn', 'subscription', 'tenant', 'tokenType'])
  })

  it('2.54 adds expires_on, seconds since the epoch', async () => {
    const issued = emu.issueAccessToken()
    const out = await getAccessToken(cli254, ['--resource', emu.url, '--tenant', emu.tenantId], issued)
    expect(Object.keys(out)).toEqual(['accessToken', 'expiresOn', 'expires_on', 'tenant', 'tokenType'])
    expect(out['expires_on']).toBe(decodeClaims(issued).exp)
  })

  it.each([
    ['2.45', 'expiresOn (local time)', cli245, false],
    ['2.54', 'expires_on', cli254, true],
  ])('AzureCliCredential gets the token and its expiry from az %s, reading %s', async (_, __, azDir, epoch) => {
    const issued = emu.issueAccessToken()
    const log = join(work.dir, `az-${randomUUID()}.log`)
    const result = await cliCredentialInChild(azDir, { AZ_STANDIN_ACCESS_TOKEN: issued, AZ_STANDIN_LOG: log })
    expect(result.token).toBe(issued)
    expect(result.expiresOnTimestamp).toBe(decodeClaims(issued).exp * 1000)
    expect(result.log.includes('expires_on is available and is valid')).toBe(epoch)
    const args = JSON.parse((await readFile(log, 'utf8')).trim())
    expect(args).toEqual(['account', 'get-access-token', '--output', 'json', '--resource', emu.url, '--tenant', emu.tenantId])
    expect((await call(emu, 'GET', '/beta/trustFramework/keySets', { token: issued })).status).toBe(200)
  })

  it('without a token it says to run az login, and AzureCliCredential reports that', async () => {
    const result = await cliCredentialInChild(cli245, {})
    expect(result.error).toMatch(/^CredentialUnavailableError: .*az login/)
    const out = await execFileAsync(join(cli245, 'az'), ['account', 'get-access-token', '--output', 'json', '--resource', emu.url]).catch((e: { code: number; stderr: string }) => e)
    expect(out).toMatchObject({ code: 1, stderr: "ERROR: Please run 'az login' to setup account.\n" })
  })

  it.each([
    ['2.45.0', cli245],
    ['2.54.0', cli254],
  ])('az --version prints azure-cli %s', async (version, azDir) => {
    const { stdout } = await execFileAsync(join(azDir, 'az'), ['--version'])
    expect(stdout).toMatch(new RegExp(`^azure-cli\\s+${version.replace(/\./g, '\\.')}\n`))
  })
})

describe('NODE_EXTRA_CA_CERTS', () => {
  it('a separate Node process trusts the emulator through caFile and gets a token', async () => {
    const script = `
      import { ClientSecretCredential } from '@azure/identity'
      const c = new ClientSecretCredential(process.env.T, process.env.C, process.env.S, { authorityHost: process.env.U, disableInstanceDiscovery: true })
      const t = await c.getToken(process.env.U + '/.default')
      console.log(t.token.split('.').length)`
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env['PATH'] ?? '', NODE_EXTRA_CA_CERTS: emu.caFile, T: emu.tenantId, C: emu.client.clientId, S: emu.client.clientSecret, U: emu.url },
    })
    expect(stdout.trim()).toBe('3')
  })
})
