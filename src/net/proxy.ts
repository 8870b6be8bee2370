/**
 * Self-hosted runners often reach the internet only through a proxy. One rule set decides it for
 * every request the action sends (sign-in, GitHub ID token, Graph, Key Vault, the GitHub API),
 * so they never disagree.
 * The order follows the Azure SDK's proxy policy, which the README promised to match: for https,
 * HTTPS_PROXY, then ALL_PROXY, then HTTP_PROXY; each name lower-case first, as curl reads them.
 */
export type Environment = Record<string, string | undefined>

const HTTPS_ORDER = ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'http_proxy', 'HTTP_PROXY']
const HTTP_ORDER = ['http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY']

/** The proxy URL for `target`, honouring NO_PROXY, or undefined to go direct. */
export function proxyFor(target: URL, environment: Environment): string | undefined {
  const names = target.protocol === 'https:' ? HTTPS_ORDER : HTTP_ORDER
  const proxy = names.map((name) => environment[name]?.trim()).find((value) => value !== undefined && value !== '')
  if (proxy === undefined) return undefined
  return bypassesProxy(target, environment['no_proxy'] ?? environment['NO_PROXY'] ?? '') ? undefined : proxy
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
