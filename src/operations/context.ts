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

export type ActionTaken = 'created' | 'uploaded' | 'generated' | 'added' | 'removed' | 'found' | 'skipped' | 'planned' | 'audited' | 'applied'

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
  /** Outputs of this operation beyond the common ones (audit: report and counts; apply: report and kids). */
  outputs?: Record<string, string>
  /** Replaces the common summary table (audit: its table of findings; apply: one row per manifest entry). */
  summary?: string
  /** Findings to show as annotations. */
  annotations?: { level: 'error' | 'warning'; message: string }[]
  /** Set when the step must fail once its outputs and summary are written (audit: fail-on). */
  failure?: string
}
