/**
 * Which connections a run opens early (preconnect.ts), and through which agents. Graph requests
 * go through node's global https agent (graph/https-transport.ts): its connection opens while
 * sign-in runs, so the first Graph request finds it ready.
 */
import { globalAgent } from 'node:https'
import { proxyAgentFor } from '../graph/proxy.js'
import type { Connection } from '../settings.js'
import { preconnect } from './preconnect.js'

export function openEarly(connection: Pick<Connection, 'graphEndpoint'>): void {
  preconnect([connection.graphEndpoint], { agentFor: () => globalAgent, proxied: (origin) => proxyAgentFor(origin) !== undefined })
}
