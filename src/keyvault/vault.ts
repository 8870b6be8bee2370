/**
 * Microsoft's Key Vault SDK clients for one vault, signed in with the Graph credential but for
 * the cloud's vault scope, sending on the action's one transport (bounded in time and size, no
 * redirects, one proxy rule set), and every failure explained (vault-errors.ts).
 * Loaded by import() only in runs that name a vault: the SDKs sit in their own chunk.
 */
import { RestError, type HttpClient, type PipelinePolicy } from '@azure/core-rest-pipeline'
import { lookup } from 'node:dns/promises'
import type { TokenCredential } from '@azure/identity'
import { CertificateClient } from '@azure/keyvault-certificates'
import { KeyClient, type CryptographyClient } from '@azure/keyvault-keys'
import { SecretClient } from '@azure/keyvault-secrets'
import { ActionableError } from '../errors.js'
import { pipelineHttpClient } from '../net/pipeline-http-client.js'
import { proxyFor } from '../net/proxy.js'
import type { OperationContext } from '../operations/context.js'
import type { KeyVault } from './reference.js'
import { explainVaultFailure, readRefusal, type VaultAction, type VaultRefusal } from './vault-errors.js'

/**
 * Per request, as the SDK's own client read it; the transport (vaultHttpClient) bounds every request
 * at its own 30 s anyway. The SDK's retries (at most 3, Retry-After honoured up to 30 s) come on top.
 */
const USER_AGENT = 'b2c-keys-action/1'

export interface Vault {
  vault: KeyVault
  certificates: CertificateClient
  secrets: SecretClient
  /** A client for one key version (the certificate's kid URL), on the keys client's pipeline (one challenge per run). */
  cryptography(keyId: string): CryptographyClient
  /** Runs one SDK call; a failure becomes an ActionableError naming the vault, what was tried and the fix. */
  /** Each request `send` makes is bounded by the action's transport (30 s, 16 MiB, no redirects). */
  call<T>(action: VaultAction, send: () => Promise<T>): Promise<T>
}

const opened = new WeakMap<OperationContext, Map<string, Vault>>()

/** One set of clients per vault and run, so the challenge and the token are fetched once. */
export function openVault(context: OperationContext, vault: KeyVault): Vault {
  const perRun = opened.get(context) ?? new Map<string, Vault>()
  opened.set(context, perRun)
  const existing = perRun.get(vault.url)
  if (existing) return existing
  const credential = vaultCredential(context, vault)
  const refusals: { last?: VaultRefusal } = {}
  const httpClient = vaultHttpClient()
  // A fresh object per client: the SDKs extend userAgentOptions in place.
  const options = () => ({
    // The emulator's challenge names the real vault resource, which a loopback host cannot end with.
    disableChallengeResourceVerification: vault.loopback,
    retryOptions: { maxRetries: 3, maxRetryDelayInMs: 30_000 },
    redirectOptions: { maxRetries: 0 },
    httpClient,
    userAgentOptions: { userAgentPrefix: USER_AGENT },
    additionalPolicies: [{ position: 'perRetry' as const, policy: requestLog(context, refusals) }],
  })
  const keys = new KeyClient(vault.url, credential, options())
  let resolved: Promise<void> | undefined
  const created: Vault = {
    vault,
    certificates: new CertificateClient(vault.url, credential, options()),
    secrets: new SecretClient(vault.url, credential, options()),
    cryptography: (keyId) => {
      const [, , name = '', keyVersion] = new URL(keyId).pathname.split('/')
      return keys.getCryptographyClient(name, keyVersion ? { keyVersion } : {})
    },
    call: async (action, send) => {
      resolved ??= requireResolvable(vault)
      await resolved
      try {
        return await send()
      } catch (error) {
        throw explainVaultFailure(error, action, vault, context, refusals.last)
      }
    },
  }
  perRun.set(vault.url, created)
  return created
}

/**
 * The Graph sign-in's credential, asked for the cloud's vault scope whatever the challenge
 * names, and for the sign-in's own tenant (the challenge's is ignored). Tokens are masked.
 */
function vaultCredential(context: OperationContext, vault: KeyVault): TokenCredential {
  return {
    getToken: async (_scopes, options) => {
      const token = await context.credential.getToken(vault.scope, options?.abortSignal ? { abortSignal: options.abortSignal } : {})
      if (token) context.mask(token.token)
      return token
    },
  }
}

/**
 * The SDKs' requests on the action's transport. A dropped connection becomes the RestError the
 * SDK's own client throws, so its retry policy repeats it as before; a timeout, an oversized
 * answer or a redirect stays a TransportFailure, which the policy does not repeat.
 */
function vaultHttpClient(): HttpClient {
  return pipelineHttpClient({
    failed: (_host, message, failure) =>
      failure?.kind === 'network' ? new RestError(message, { code: failure.code ?? RestError.REQUEST_SEND_ERROR }) : (failure ?? new Error(message)),
  })
}

/**
 * One debug line per request sent (retries included), so the request count of a run is readable
 * from the log; and the last refusal's codes, which the SDK's error drops (its inner code tells
 * RBAC from the firewall).
 */
function requestLog(context: OperationContext, refusals: { last?: VaultRefusal }): PipelinePolicy {
  return {
    name: 'b2c-keys-request-log',
    sendRequest: async (request, next) => {
      const response = await next(request)
      if (response.status >= 400) refusals.last = readRefusal(response.status, response.bodyAsText)
      context.log.debug(`Key Vault ${request.method} ${new URL(request.url).pathname} → ${response.status}`)
      return response
    },
  }
}

/**
 * A vault name that does not exist does not resolve. One lookup says so at once, where the SDK
 * would retry the connection for half a minute. Skipped when the vault is reached through a proxy,
 * which resolves for the runner.
 */
async function requireResolvable(vault: KeyVault): Promise<void> {
  if (vault.loopback || proxyFor(new URL(vault.url), process.env) !== undefined) return
  const host = new URL(vault.url).hostname
  try {
    await lookup(host)
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOTFOUND') return // a DNS hiccup: let the SDK's retries decide
    throw new ActionableError(`Key Vault ${vault.url} does not exist: ${host} does not resolve. Check the key-vault input (a vault name is expanded with the cloud's vault suffix) and the cloud input.`)
  }
}
