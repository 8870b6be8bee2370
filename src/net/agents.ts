/**
 * The connection pools every request goes through: one keep-alive agent per scheme and proxy, so
 * sign-in, the GitHub ID token, Graph, Key Vault and the GitHub API reuse connections to the same
 * origin, and so anything that opens a connection early (a preconnect) warms the very agent the
 * request will use.
 */
import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { proxyFor, type Environment } from './proxy.js'

const agents = new Map<string, HttpAgent>()

/** The agent for requests to `origin` (any URL on it), chosen by the one proxy rule set. */
export function agentFor(origin: URL, environment: Environment = process.env): HttpAgent {
  const proxy = proxyFor(origin, environment)
  const key = `${origin.protocol} ${proxy ?? 'direct'}`
  let agent = agents.get(key)
  if (!agent) {
    agent = createAgent(origin.protocol, proxy)
    agents.set(key, agent)
  }
  return agent
}

function createAgent(protocol: string, proxy: string | undefined): HttpAgent {
  // Idle keep-alive sockets are unref'd by Node, so they never keep the process alive.
  if (proxy !== undefined) return new HttpsProxyAgent(proxy, { keepAlive: true })
  return protocol === 'http:' ? new HttpAgent({ keepAlive: true }) : new HttpsAgent({ keepAlive: true })
}
