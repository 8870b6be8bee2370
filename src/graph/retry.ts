/**
 * When and how long to wait before sending a request again. Graph asks for patience with 429,
 * 503 and 504 and a `Retry-After` header; B2C adds its own throttling and concurrency codes.
 */
import { GraphError } from './errors.js'

export interface RetryPolicy {
  maxAttempts: number
  /** Upper bound on the sum of all waits, so a throttled nightly job fails instead of hanging. */
  maxTotalWaitMs: number
  /** First backoff when the service gives no Retry-After; doubles each attempt. */
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  maxTotalWaitMs: 120_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
}

/** Requests that got no answer within the timeout are sent at most this often: a stalled service costs 2 timeouts, not 5. */
export const MAX_TIMED_OUT_ATTEMPTS = 2

const RETRIED_STATUSES = new Set([429, 503, 504])
const B2C_THROTTLED = 'AADB2C95043'
const B2C_CONCURRENT_WRITE = 'AADB2C95053'

/**
 * A refusal the service made before doing anything: sending again cannot write twice.
 * 504 is absent on purpose: a gateway timeout may hide a write that happened.
 */
export function isRefusedBeforeProcessing(error: GraphError): boolean {
  return error.status === 429 || error.status === 503 || error.hasCode(B2C_THROTTLED, B2C_CONCURRENT_WRITE)
}

export function isRetriable(error: GraphError): boolean {
  return RETRIED_STATUSES.has(error.status) || error.hasCode(B2C_THROTTLED, B2C_CONCURRENT_WRITE)
}

/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // Only an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which is what toUTCString prints.
  // Date.parse alone accepts nonsense such as "-5", 31 Feb (as 3 Mar) and a wrong weekday: a date
  // that does not print back exactly as it was sent is not one the server meant.
  const at = Date.parse(value)
  if (Number.isNaN(at) || new Date(at).toUTCString() !== value) return undefined
  return Math.max(0, at - nowMs)
}

export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
}
