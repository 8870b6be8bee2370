/** Graph tokens for the Graph client, reused until shortly before they expire. */
import type { TokenCredential } from '@azure/identity'

// Renew early: a token that expires between two retries would turn a 429 into a 401.
const RENEW_BEFORE_MS = 5 * 60_000

/** Every token is registered as a secret as soon as it is obtained (the Azure CLI's ones did not cross our transport). */
export function graphTokenProvider(
  credential: TokenCredential,
  graphEndpoint: string,
  mask: (secret: string) => void,
  now: () => number = Date.now,
): () => Promise<string> {
  const scope = `${graphEndpoint}/.default`
  let cached: { token: string; expiresOnTimestamp: number } | undefined
  return async () => {
    if (!cached || cached.expiresOnTimestamp - RENEW_BEFORE_MS <= now()) {
      const token = await credential.getToken(scope)
      if (!token) throw new Error(`the credential returned no token for ${scope}`)
      mask(token.token)
      cached = token
    }
    return cached.token
  }
}
