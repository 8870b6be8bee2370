/** Everything the emulated services hold, in one object the handlers receive. */
import { generateKeyPair, randomBytes, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { Directory } from './directory.js'
import { FaultQueue } from './faults.js'
import type { EmulatedVault } from './keyvault/vault.js'
import type { EmulatedKeyset, GitHubApiState, RecordedRequest, ThrottleRule } from './types.js'

const generateKeyPairAsync = promisify(generateKeyPair)

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
export const DEFAULT_GITHUB_SUBJECT = 'repo:octo-org/octo-repo:ref:refs/heads/main'
export const DEFAULT_OIDC_AUDIENCE = 'api://AzureADTokenExchange'
export const KEYSET_READ_WRITE = 'TrustFrameworkKeySet.ReadWrite.All'
export const KEYSET_READ = 'TrustFrameworkKeySet.Read.All'
/** getActiveKey with no active key: the real code is unknown, this one is the emulator's choice. */
export const DEFAULT_NO_ACTIVE_KEY_CODE = 'AADB2C95060'

export interface SigningKey {
  kid: string
  privateKey: KeyObject
  publicKey: KeyObject
}

export async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 })
  return { kid: randomBytes(20).toString('base64url'), privateKey, publicKey }
}

export interface GitHubSettings {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already has a query, so getIDToken can append `&audience=…`. */
  requestUrl: string
  requestToken: string
  /** Mutable: tests change it to present another workflow identity. */
  subject: string
}

export interface EmulatorState {
  /** Set once the server listens. */
  url: string
  /** Other origins that reach this server (forwarders in front of it); see origins.ts. */
  aliases: Set<string>
  now: () => Date
  latencyMs: number
  acceptAesPkcs12: boolean
  noActiveKeyCode: string
  /** Keysets per page of the keyset list; undefined = one page (the documented behaviour). */
  keysetPageSize: number | undefined
  /** Graph's per-tenant limit on keyCredentials selects; undefined = not enforced. */
  keyCredentialsThrottle: ThrottleRule | undefined
  /** When the keyCredentials selects inside the current window arrived (ms, real time). */
  keyCredentialsSelects: number[]
  directory: Directory
  entraKey: SigningKey
  githubKey: SigningKey
  github: GitHubSettings
  /** GitHub's REST API (issues) as GITHUB_API_URL serves it. */
  githubApi: GitHubApiState
  keysets: Map<string, EmulatedKeyset>
  /** Lower-cased ids of keysets with a write in flight (AADB2C95053 for a second one). */
  keysetLocks: Set<string>
  requests: RecordedRequest[]
  faults: FaultQueue
  /** The one emulated Key Vault, served at the emulator's own URL. */
  vault: EmulatedVault
}

export function nowSeconds(state: EmulatorState): number {
  return Math.floor(state.now().getTime() / 1000)
}
