/**
 * The one HTTP transport of the action, on node:https: Graph, sign-in, the GitHub ID token, Key
 * Vault (pipeline-http-client.ts) and the GitHub API (transport-fetch.ts) all go through it, so
 * all of them get the same bounds: a per-request timeout, a response-size cap, no redirects,
 * keep-alive connections and one proxy rule set (agents.ts).
 * Global fetch would do, but its first use makes Node load a second HTTP stack (undici) at
 * start-up, which the benchmark showed costs more than the request itself against a near endpoint.
 */
import { request as httpsRequest } from 'node:https'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { agentFor } from './agents.js'

/** The part of a fetch Response the callers read. */
export interface TransportResponse {
  status: number
  ok: boolean
  /** As fetch's Headers: names are case-insensitive; forEach gives lower-case names. */
  headers: { get(name: string): string | null; forEach(visit: (value: string, name: string) => void): void }
  text(): Promise<string>
}

export interface TransportRequest {
  method: string
  headers: Record<string, string>
  body?: string | Buffer | undefined
  /** Lets the caller give up earlier; the transport's own timeout applies regardless. */
  signal?: CancelSignal | undefined
}

/** What the transport uses of an AbortSignal (the Azure pipeline hands in its own AbortSignalLike). */
export interface CancelSignal {
  readonly aborted: boolean
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void
  removeEventListener(type: 'abort', listener: () => void): void
}

export type Transport = (url: string, init: TransportRequest) => Promise<TransportResponse>

export const REQUEST_TIMEOUT_MS = 30_000
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024
/** Undocumented, for the test suite only: stalls are tested in seconds, not minutes. */
const TEST_TIMEOUT_VARIABLE = 'B2C_KEYS_TEST_REQUEST_TIMEOUT_MS'

export type TransportFailureKind = 'timeout' | 'too-large' | 'redirect' | 'network' | 'aborted'

/** A request that got no usable answer; `message` names the host and says what happened. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure'

  constructor(
    readonly kind: TransportFailureKind,
    readonly host: string,
    message: string,
    readonly code?: string,
  ) {
    super(message)
  }

  /** Sending again may help after a timeout or a dropped connection; a redirect or an oversized answer would come again. */
  get retriable(): boolean {
    return this.kind === 'timeout' || this.kind === 'network'
  }
}

export function requestTimeoutMs(environment: Record<string, string | undefined> = process.env): number {
  const override = Number(environment[TEST_TIMEOUT_VARIABLE])
  return Number.isInteger(override) && override > 0 ? override : REQUEST_TIMEOUT_MS
}

export const httpsTransport: Transport = (url, init) =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const host = target.host
    const timeoutMs = requestTimeoutMs()
    // Plain http only reaches here for loopback hosts, which settings allow for tests and emulators.
    const send = target.protocol === 'http:' ? httpRequest : httpsRequest
    // Headers are set on the request, not passed in the options: NODE_DEBUG=http,https prints the options.
    const outgoing = send(target, { method: init.method, agent: agentFor(target) }, (incoming) => {
      const redirect = redirectFailure(incoming, target)
      if (redirect) return fail(redirect)
      readBounded(incoming, host).then((body) => {
        finish()
        resolve(responseOf(incoming, body))
      }, fail)
    })
    for (const [name, value] of Object.entries(init.headers)) outgoing.setHeader(name, value)

    const timer = setTimeout(() => fail(new TransportFailure('timeout', host, `no answer from ${host} within ${timeoutMs / 1000} s`)), timeoutMs)
    const onAbort = (): void => fail(new TransportFailure('aborted', host, `the request to ${host} was cancelled`))
    init.signal?.addEventListener('abort', onAbort, { once: true })
    if (init.signal?.aborted) onAbort()
    outgoing.on('error', (error: Error & { code?: string }) => fail(networkFailure(error, host)))
    outgoing.end(init.body)

    function finish(): void {
      clearTimeout(timer)
      init.signal?.removeEventListener('abort', onAbort)
    }
    function fail(failure: TransportFailure): void {
      finish()
      reject(failure)
      outgoing.destroy()
    }
  })

function redirectFailure(incoming: IncomingMessage, target: URL): TransportFailure | undefined {
  const status = incoming.statusCode ?? 0
  if (status < 300 || status > 399) return undefined
  const location = headerValue(incoming.headers['location'])
  let to = 'no Location'
  if (location !== null) {
    try {
      to = `a redirect to ${new URL(location, target).host}`
    } catch {
      to = 'an unreadable Location'
    }
  }
  return new TransportFailure(
    'redirect',
    target.host,
    `${target.host} answered HTTP ${status} with ${to}; the action does not follow redirects (check the endpoint inputs and any proxy in between)`,
  )
}

function readBounded(incoming: IncomingMessage, host: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new TransportFailure('too-large', host, `the answer from ${host} is larger than the ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB the action accepts; it was discarded`)
    if (Number(incoming.headers['content-length'] ?? 0) > MAX_RESPONSE_BYTES) return reject(tooLarge())
    const chunks: Buffer[] = []
    let size = 0
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_RESPONSE_BYTES) {
        incoming.destroy()
        reject(tooLarge())
      } else chunks.push(chunk)
    })
    incoming.on('error', (error: Error & { code?: string }) => reject(networkFailure(error, host)))
    incoming.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

function responseOf(incoming: IncomingMessage, body: Buffer): TransportResponse {
  const status = incoming.statusCode ?? 0
  const rawHeaders: Record<string, string> = {}
  for (const [name, value] of Object.entries(incoming.headers)) {
    const joined = headerValue(value)
    if (joined !== null) rawHeaders[name] = joined
  }
  const text = body.toString('utf8')
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: {
      get: (name) => rawHeaders[name.toLowerCase()] ?? null,
      forEach: (visit) => Object.entries(rawHeaders).forEach(([name, value]) => visit(value, name)),
    },
    text: async () => text,
  }
}

function networkFailure(error: Error & { code?: string }, host: string): TransportFailure {
  if (error instanceof TransportFailure) return error
  const code = typeof error.code === 'string' ? error.code : undefined
  return new TransportFailure('network', host, `${code ? `${code}: ` : ''}${error.message}`, code)
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null
  return Array.isArray(value) ? value.join(', ') : value
}
