/** Graph tokens for the Graph client, reused until shortly before they expire. */
import type { AccessToken, TokenCredential } from '@azure/identity'

// Renew early: a token that expires between two retries would turn a 429 into a 401.
const RENEW_BEFORE_MS = 5 * 60_000

export function graphTokenProvider(credential: TokenCredential, graphEndpoint: string, now: () => number = Date.now): () => Promise<string> {
  const scope = `${graphEndpoint}/.default`
  let cached: { token: string; expiresOnTimestamp: number } | undefined
  // Requests sent together (apply's concurrent reads and writes) share one token request.
  let pending: Promise<AccessToken | null> | undefined
  return async () => {
    if (!cached || cached.expiresOnTimestamp - RENEW_BEFORE_MS <= now()) {
      pending ??= credential.getToken(scope).finally(() => (pending = undefined))
      const token = await pending
      if (!token) throw new Error(`the credential returned no token for ${scope}`)
      cached = token
    }
    return cached.token
  }
}
