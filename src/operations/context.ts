/** What every operation receives and returns; nothing here knows about the runner. */
import type { TokenCredential } from '@azure/identity'
import type { GraphClient } from '../graph/client.js'

export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface OperationContext {
  graph: GraphClient
  now: () => Date
  log: Log
  dryRun: boolean
  /** Registers a secret the operation makes itself (the proof JWT), before anything could print it. */
  mask(secret: string): void
  /** The sign-in, for services other than Graph (Key Vault asks it for the vault scope). */
  credential: TokenCredential
  /** The signed-in client id, for messages; undefined with the Azure CLI. */
  clientId: string | undefined
}

export type ActionTaken = 'created' | 'uploaded' | 'generated' | 'added' | 'removed' | 'found' | 'skipped' | 'planned' | 'applied'

export interface Result {
  actionTaken: ActionTaken
  /** One sentence for the log and the summary: what was done, why nothing was, or the plan. */
  detail: string
  kid?: string | undefined
  keysetId?: string | undefined
  /** Unix seconds. */
  notBefore?: number | undefined
  expires?: number | undefined
  thumbprint?: string | undefined
  previousKid?: string | undefined
  /** sync-key-vault-certificate: keyIds this run removed. */
  removedKids?: string[] | undefined
  target?: { kind: string; objectId: string; appId: string | undefined; displayName: string | undefined } | undefined
  /** apply: path of the JSON report file, and keyset id → active kid (JSON). */
  report?: string | undefined
  kids?: string | undefined
  /** Markdown shown in the summary under the table (apply: one row per manifest entry). */
  summaryDetail?: string | undefined
  /** Set when the run did part of its work and must still fail: outputs and summary are written first. */
  failure?: string | undefined
}
