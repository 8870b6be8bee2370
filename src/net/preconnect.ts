/**
 * Opens the connections a run will need as soon as their origins are known. On a real network a
 * new HTTPS connection costs two round trips (TCP, then TLS) before its first request; opened
 * early, those handshakes overlap start-up and sign-in instead of preceding the first request to
 * each host. Each socket goes to the keep-alive agent that requests to its origin use, which
 * takes it for its first connection there, open or still opening.
 *
 * Skipped behind a proxy (the connection would be the tunnel, which the proxy agent makes), for
 * plain http (loopback only) and for agents that are not node's https.Agent. Only ever a hint:
 * a socket that fails or closes is forgotten, and the request opens its own as it would have.
 */
import type { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { isIP, type Socket } from 'node:net'

export interface ConnectionRoutes {
  /** The agent requests to this origin go through. */
  agentFor(origin: URL): HttpAgent
  /** Whether requests to this origin go through a proxy. */
  proxied(origin: URL): boolean
}

type ConnectionOptions = { host?: string | null; port?: number | string | null }
type CreateConnection = (options: ConnectionOptions, callback?: unknown) => Socket | undefined

interface Adopted {
  /** Open or opening sockets by host:port, waiting for their first request. */
  sockets: Map<string, Socket>
  /** The agent's own way to connect. */
  create: CreateConnection
}

const adopted = new WeakMap<HttpsAgent, Adopted>()

/**
 * Starts the connections; the promise settles once each has reached the kernel (its name
 * resolved), or after `waitMs`. A caller about to run a long stretch of synchronous code (the
 * entry chunk evaluating the rest of the bundle) waits for it: until then a connection is only
 * queued in JavaScript, and nothing of it would progress while that code runs.
 */
export function preconnect(origins: Iterable<string>, routes: ConnectionRoutes, waitMs = 20): Promise<void> {
  const started: Promise<void>[] = []
  for (const origin of new Set(origins)) {
    try {
      const opened = open(new URL(origin), routes)
      if (opened) started.push(connectIssued(opened, waitMs))
    } catch {
      // A hint only: the request will connect by itself.
    }
  }
  return Promise.all(started).then(() => undefined)
}

/** A name connects once resolved ('lookup'); an address on the next tick. Never waits for the connection itself. */
function connectIssued({ socket, byAddress }: Opened, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs)
    timer.unref()
    const done = (): void => {
      clearTimeout(timer)
      resolve()
    }
    // net.connect() to an address issues the connect on the next tick: done right after it.
    if (byAddress) process.nextTick(done)
    socket.once('lookup', done).once('connect', done).once('error', done)
  })
}

interface Opened {
  socket: Socket
  /** An IP address, not a name: no lookup. */
  byAddress: boolean
}

function open(url: URL, routes: ConnectionRoutes): Opened | undefined {
  if (url.protocol !== 'https:' || routes.proxied(url)) return undefined
  const agent = routes.agentFor(url)
  if (!(agent instanceof HttpsAgent)) return undefined
  const { sockets, create } = adopt(agent)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const port = Number(url.port || 443)
  const key = `${host}:${port}`
  if (sockets.has(key)) return undefined
  // The options the agent itself would connect with (its TLS settings, SNI for names, not for IPs).
  const options = { ...agent.options, host, port, ...(isIP(host) === 0 ? { servername: host } : {}) }
  const socket = create.call(agent, options)
  if (!socket) return undefined
  // Unused, it must not keep the process alive (a run that fails in sign-in never sends to Graph).
  socket.unref()
  const forget = (): void => {
    if (sockets.get(key) === socket) sockets.delete(key)
  }
  socket.once('error', () => {
    forget()
    socket.destroy()
  })
  socket.once('close', forget)
  sockets.set(key, socket)
  return { socket, byAddress: isIP(host) !== 0 }
}

/** Makes the agent hand out a waiting socket before it creates a new one; once per agent. */
function adopt(agent: HttpsAgent): Adopted {
  const known = adopted.get(agent)
  if (known) return known
  const target = agent as unknown as { createConnection: CreateConnection }
  const entry: Adopted = { sockets: new Map(), create: target.createConnection }
  adopted.set(agent, entry)
  target.createConnection = function (this: HttpsAgent, options, callback) {
    const key = `${options.host ?? 'localhost'}:${Number(options.port ?? 443)}`
    const socket = entry.sockets.get(key)
    if (socket && !socket.destroyed) {
      entry.sockets.delete(key)
      socket.ref()
      return socket
    }
    return entry.create.call(this, options, callback)
  }
  return entry
}
