/**
 * Which connections a run opens early (preconnect.ts), through the agents the transport uses
 * (agents.ts): Graph, whose connection then opens while sign-in runs; the authority, unless
 * the Azure CLI signs in; GitHub's ID-token service with OIDC, whose handshakes then overlap the
 * login connection's. Every request to these hosts goes through the one transport, so the first
 * one to each finds its connection open or opening.
 */
import { agentFor } from './agents.js'
import { proxyFor } from './proxy.js'
import type { Connection } from '../settings.js'
import { preconnect } from './preconnect.js'

function earlyOrigins(connection: Pick<Connection, 'graphEndpoint' | 'authorityHost' | 'auth'>, idTokenUrl: string | undefined): string[] {
  const { method } = connection.auth
  return [
    ...(method === 'oidc' && idTokenUrl !== undefined ? [idTokenUrl] : []),
    ...(method === 'azure-cli' ? [] : [connection.authorityHost]),
    connection.graphEndpoint,
  ]
}

/** Settles once the connections have reached the kernel (see preconnect). */
export function openEarly(connection: Pick<Connection, 'graphEndpoint' | 'authorityHost' | 'auth'>, idTokenUrl: string | undefined): Promise<void> {
  // The same rule set that picks the agent: a proxied origin gets the tunnel agent, never a preconnect.
  return preconnect(earlyOrigins(connection, idTokenUrl), { agentFor: (origin) => agentFor(origin), proxied: (origin) => proxyFor(origin, process.env) !== undefined })
}
