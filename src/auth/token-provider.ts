/** Access tokens for the run, one sign-in request per scope, reused until shortly before they expire. */
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'

// Renew early: a token that expires between two retries would turn a 429 into a 401.
const RENEW_BEFORE_MS = 5 * 60_000

/**
 * The run's credential with a token cache per scope, shared by the Graph client and every Key
 * Vault SDK client: each SDK client keeps its own token, so without this every client asked the
 * sign-in again. Requests sent together (apply's concurrent reads and writes, the vault's clients)
 * share one token request. Every token is registered as a secret as soon as it is obtained (the
 * Azure CLI's ones did not cross our transport).
 */
export function cachingCredential(credential: TokenCredential, mask: (secret: string) => void, now: () => number = Date.now): TokenCredential {
  const cached = new Map<string, AccessToken>()
  const pending = new Map<string, Promise<AccessToken | null>>()
  const fetch = (scope: string, options: GetTokenOptions | undefined): Promise<AccessToken | null> => {
    const request = credential.getToken(scope, options).finally(() => pending.delete(scope))
    pending.set(scope, request)
    return request
  }
  return {
    getToken: async (scopes, options) => {
      const scope = [scopes].flat().join(' ')
      const current = cached.get(scope)
      if (current && current.expiresOnTimestamp - RENEW_BEFORE_MS > now()) return current
      const token = await (pending.get(scope) ?? fetch(scope, options))
      if (!token) return null
      mask(token.token)
      cached.set(scope, token)
      return token
    },
  }
}

/** The Graph client's token source: the run's cached credential, asked for the Graph scope. */
export function graphTokenProvider(tokens: TokenCredential, graphEndpoint: string): () => Promise<string> {
  const scope = `${graphEndpoint}/.default`
  return async () => {
    const token = await tokens.getToken(scope)
    if (!token) throw new Error(`the credential returned no token for ${scope}`)
    return token.token
  }
}
