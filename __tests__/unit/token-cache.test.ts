/** The run's token cache: one sign-in request per scope while the token is valid, shared by concurrent callers, masked. */
import { describe, expect, it } from '@jest/globals'
import type { AccessToken, TokenCredential } from '@azure/identity'
import { cachingCredential, graphTokenProvider } from '../../src/auth/token-provider.js'

const MINUTE = 60_000

/** A credential that answers each request with a new token valid for `lifetimeMs`, recording the scopes asked. */
function signIn(clock: { now: number }, lifetimeMs = 60 * MINUTE) {
  const asked: string[] = []
  const credential: TokenCredential = {
    getToken: async (scopes) => {
      const scope = [scopes].flat().join(' ')
      const token = `${scope}#${asked.push(scope)}`
      await new Promise((resolve) => setImmediate(resolve))
      return { token, expiresOnTimestamp: clock.now + lifetimeMs } satisfies AccessToken
    },
  }
  return { asked, credential }
}

describe('cachingCredential', () => {
  it('asks once per scope, for concurrent and later callers alike, and masks each token once obtained', async () => {
    const clock = { now: 0 }
    const { asked, credential } = signIn(clock)
    const masked: string[] = []
    const tokens = cachingCredential(credential, (secret) => masked.push(secret), () => clock.now)
    const first = await Promise.all([tokens.getToken('vault/.default'), tokens.getToken(['vault/.default']), tokens.getToken('graph/.default')])
    clock.now += 30 * MINUTE
    const later = await tokens.getToken('vault/.default')
    expect(asked).toEqual(['vault/.default', 'graph/.default'])
    expect(first.map((token) => token?.token)).toEqual(['vault/.default#1', 'vault/.default#1', 'graph/.default#2'])
    expect(later?.token).toBe('vault/.default#1')
    expect(masked).toEqual(expect.arrayContaining(['vault/.default#1', 'graph/.default#2']))
  })

  it('asks again within 5 minutes of expiry, so a retry never carries an expired token', async () => {
    const clock = { now: 0 }
    const { asked, credential } = signIn(clock, 10 * MINUTE)
    const tokens = cachingCredential(credential, () => undefined, () => clock.now)
    await tokens.getToken('vault/.default')
    clock.now += 4 * MINUTE
    await tokens.getToken('vault/.default')
    clock.now += 2 * MINUTE
    expect((await tokens.getToken('vault/.default'))?.token).toBe('vault/.default#2')
    expect(asked).toHaveLength(2)
  })

  it('fails the Graph token source when the sign-in returns no token, naming the scope', async () => {
    const empty = cachingCredential({ getToken: async () => null }, () => undefined)
    await expect(graphTokenProvider(empty, 'https://graph.example')()).rejects.toThrow('the credential returned no token for https://graph.example/.default')
  })
})
