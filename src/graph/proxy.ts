/**
 * Self-hosted runners often reach the internet only through a proxy named in HTTPS_PROXY.
 * @azure/identity honours it for sign-in; this makes the Graph requests follow the same rules,
 * with the same library the SDK bundles (https-proxy-agent), so sign-in and Graph never disagree.
 */
import type { Agent } from 'node:http'
import { HttpsProxyAgent } from 'https-proxy-agent'

export type Environment = Record<string, string | undefined>

const agents = new Map<string, Agent>()

/** The agent that tunnels a request to `target` through the configured proxy, or undefined to go direct. */
export function proxyAgentFor(target: URL, environment: Environment = process.env): Agent | undefined {
  const proxy = proxyFor(target, environment)
  if (proxy === undefined) return undefined
  let agent = agents.get(proxy)
  if (!agent) {
    agent = new HttpsProxyAgent(proxy)
    agents.set(proxy, agent)
  }
  return agent
}

/** The proxy URL for `target`, honouring NO_PROXY; lower-case names win, as curl and @actions/http-client do. */
export function proxyFor(target: URL, environment: Environment): string | undefined {
  const https = target.protocol === 'https:'
  const proxy = https
    ? (environment['https_proxy'] ?? environment['HTTPS_PROXY'])
    : (environment['http_proxy'] ?? environment['HTTP_PROXY'])
  if (proxy === undefined || proxy.trim() === '') return undefined
  return bypassesProxy(target, environment['no_proxy'] ?? environment['NO_PROXY'] ?? '') ? undefined : proxy.trim()
}

/** NO_PROXY entries: `*` for everything, a host (which also covers its subdomains), `.domain`, or `host:port`. */
function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  return noProxy
    .split(/[,\s]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '')
    .some((entry) => {
      if (entry === '*') return true
      const [entryHost = '', entryPort] = entry.replace(/^\*?\./, '.').split(/:(?=\d+$)/)
      if (entryPort !== undefined && entryPort !== port) return false
      const bare = entryHost.replace(/^\./, '')
      return host === bare || host.endsWith(`.${bare}`)
    })
}
