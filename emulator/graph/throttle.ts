/**
 * Graph's documented limit on reading certificates: "The use of $select to get keyCredentials …
 * has a throttling limit of 150 requests per minute for every tenant." Off unless the emulator is
 * started with `keyCredentialsThrottle`; the window runs on real time, so a client that waits as
 * Retry-After says gets through.
 */
import type { Reply, RequestContext } from '../http.js'
import type { EmulatorState } from '../state.js'
import { graphError } from './common.js'

/** 429 with Retry-After when this keyCredentials select is over the limit; undefined to go on. */
export function keyCredentialsThrottle(state: EmulatorState, ctx: RequestContext, selected: readonly string[] | undefined): Reply | undefined {
  const rule = state.keyCredentialsThrottle
  if (!rule || !selected?.includes('keyCredentials')) return undefined
  const now = Date.now()
  const recent = state.keyCredentialsSelects.filter((at) => at > now - rule.windowMs)
  state.keyCredentialsSelects = recent
  if (recent.length < rule.limit) {
    recent.push(now)
    return undefined
  }
  const waitSeconds = Math.max(1, Math.ceil(((recent[0] as number) + rule.windowMs - now) / 1000))
  return graphError(ctx, 429, 'TooManyRequests', 'Too many requests: $select of keyCredentials is limited per tenant. Retry after the time the Retry-After header gives.', `keyCredentials select over ${rule.limit} per ${rule.windowMs} ms`, {
    'Retry-After': String(waitSeconds),
  })
}
