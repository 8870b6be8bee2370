/**
 * The origins this emulator answers as its own. It listens on one port, but a bench may put TCP
 * forwarders in front of it, one per real host (login, Graph, GitHub), so that each host has its
 * own connections and latency. A request that arrives through a forwarder names the forwarder in
 * its Host header: metadata, token audiences and assertion audiences then use that origin, as the
 * real host would use its own name.
 */
import { headerValue, type RequestContext } from './http.js'
import type { EmulatorState } from './state.js'

export function isOwnOrigin(state: EmulatorState, origin: string): boolean {
  return origin === state.url || state.aliases.has(origin)
}

/** The origin the client addressed, when it is one of ours; the emulator's own URL otherwise. */
export function requestOrigin(state: EmulatorState, ctx: Pick<RequestContext, 'headers'>): string {
  const host = headerValue(ctx.headers, 'host')
  const origin = host === undefined ? state.url : `https://${host}`
  return isOwnOrigin(state, origin) ? origin : state.url
}
