import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createPublicKey, verify } from 'node:crypto'
import { DEFAULT_GITHUB_SUBJECT, type Emulator } from '../../emulator/index.js'
import { decodeClaims, decodeHeader, startTrusted } from './helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startTrusted()
})
afterAll(async () => {
  await emu.close()
})
afterEach(() => {
  emu.github.subject = DEFAULT_GITHUB_SUBJECT
})

async function idToken(query: string, auth: string | null = `Bearer ${emu.github.requestToken}`): Promise<{ status: number; token?: string }> {
  const res = await fetch(`${emu.github.requestUrl}${query}`, { headers: auth ? { Authorization: auth } : {} })
  const body = (await res.json()) as { value?: string }
  return { status: res.status, ...(body.value ? { token: body.value } : {}) }
}

describe('GitHub ID-token endpoint', () => {
  it('requestUrl already has a query, so `&audience=` can be appended', () => {
    expect(emu.github.requestUrl).toBe(`${emu.url}/github/oidc/token?api-version=2.0`)
  })

  it('issues a token for the requested audience with GitHub claims and a 5-minute life', async () => {
    const { status, token } = await idToken('&audience=api%3A%2F%2FAzureADTokenExchangeUSGov')
    expect(status).toBe(200)
    const claims = decodeClaims(token ?? '')
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      aud: 'api://AzureADTokenExchangeUSGov',
      repository: 'octo-org/octo-repo',
      ref: 'refs/heads/main',
    })
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(310)
    expect(claims.exp - claims.iat).toBeGreaterThanOrEqual(295)
    expect(claims.nbf).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))
  })

  it('defaults the audience to api://AzureADTokenExchange', async () => {
    expect(decodeClaims((await idToken('')).token ?? '').aud).toBe('api://AzureADTokenExchange')
  })

  it('needs the request token: 401 without it or with a wrong one', async () => {
    expect((await idToken('', null)).status).toBe(401)
    expect((await idToken('', 'Bearer wrong')).status).toBe(401)
  })

  it('uses the subject currently set on emulator.github', async () => {
    emu.github.subject = 'repo:owner-123/repo-456:ref:refs/heads/main'
    const claims = decodeClaims((await idToken('')).token ?? '')
    expect(claims.sub).toBe('repo:owner-123/repo-456:ref:refs/heads/main')
    expect(claims.repository).toBe('owner-123/repo-456')
  })

  it('signs with a key published at the JWKS endpoint', async () => {
    const { token = '' } = await idToken('')
    const jwks = (await (await fetch(`${emu.url}/github/oidc/.well-known/jwks`)).json()) as { keys: { kid: string }[] }
    const jwk = jwks.keys.find((k) => k.kid === decodeHeader(token).kid)
    expect(jwk).toBeDefined()
    const [h, p, s] = token.split('.') as [string, string, string]
    const ok = verify('sha256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk as never, format: 'jwk' }), Buffer.from(s, 'base64url'))
    expect(ok).toBe(true)
  })

  it('records the request as service oidc', async () => {
    const before = emu.count({ service: 'oidc' })
    await idToken('&audience=x')
    expect(emu.count({ service: 'oidc' })).toBe(before + 1)
  })
})
