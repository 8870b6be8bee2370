/**
 * A small Microsoft Graph client: JSON over HTTPS, Graph's error envelope as a typed error,
 * retries that honour Retry-After, and a per-request timeout. Writes that are not idempotent
 * are never sent twice blindly: when their outcome is unknown, the caller's `reconcile` looks
 * for the effect first.
 */
import { randomUUID } from 'node:crypto'
import { whatArrived } from '../log-safety.js'
import { GraphError, GraphTransportError, graphErrorFrom } from './errors.js'
import { httpsTransport, TransportFailure, type Transport, type TransportResponse } from '../net/https-transport.js'
import {
  DEFAULT_RETRY_POLICY,
  MAX_TIMED_OUT_ATTEMPTS,
  backoffDelay,
  isRefusedBeforeProcessing,
  isRetriable,
  parseRetryAfter,
  type RetryPolicy,
} from './retry.js'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface GraphClientOptions {
  /** Origin of Graph, e.g. https://graph.microsoft.com (no version segment). */
  endpoint: string
  getToken: () => Promise<string>
  /** How requests are sent; tests hand in a scripted one. */
  transport?: Transport
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  debug?: (message: string) => void
  retryPolicy?: RetryPolicy
  userAgent?: string
}

export interface RequestOptions<T> {
  body?: unknown
  /**
   * Marks a POST as safe to repeat (it has no effect the second time, or its effect is
   * detected). Without it, an unknown outcome is resolved by `reconcile` or reported.
   */
  idempotent?: boolean
  /** Looks for the effect of a write whose answer was lost; returns it when the write landed. */
  reconcile?: () => Promise<T | undefined>
}

/** How much of an error body is kept; messages quote far less, after redaction. */
const KEPT_ERROR_TEXT = 64 * 1024

export class GraphClient {
  /** Requests sent, retries included: reported in debug logs and by the benchmark. */
  requestCount = 0
  private readonly transport: Transport
  private readonly sleep: (ms: number) => Promise<void>
  private readonly now: () => number
  private readonly debug: (message: string) => void
  private readonly policy: RetryPolicy

  constructor(private readonly options: GraphClientOptions) {
    this.transport = options.transport ?? httpsTransport
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.now = options.now ?? Date.now
    this.debug = options.debug ?? (() => undefined)
    this.policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY
  }

  /** Origin of Graph the requests go to (paging checks next links against it). */
  get endpoint(): string {
    return this.options.endpoint
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path)
  }

  async request<T>(method: HttpMethod, path: string, options: RequestOptions<T> = {}): Promise<T> {
    const repeatable = method !== 'POST' || options.idempotent === true
    let waited = 0
    let timedOut = 0
    for (let attempt = 1; ; attempt++) {
      let failure: GraphError | GraphTransportError
      try {
        return await this.send<T>(method, path, options.body)
      } catch (error) {
        if (!(error instanceof GraphError || error instanceof GraphTransportError)) throw error
        error.attempts = attempt
        if (error instanceof GraphError && !isRetriable(error)) throw error
        failure = error
      }
      const outcomeUnknown = failure instanceof GraphTransportError || !isRefusedBeforeProcessing(failure)
      if (outcomeUnknown && !repeatable) {
        if (!options.reconcile) throw failure
        this.debug(`${method} ${path}: outcome unknown (${failure.message}); checking whether it took effect`)
        const landed = await options.reconcile()
        if (landed !== undefined) return landed
      }
      if (failure instanceof GraphTransportError && !failure.retriable) throw failure
      // A service that stalls once may answer the next time; one that stalls twice is down.
      if (failure instanceof GraphTransportError && failure.timedOut && ++timedOut >= MAX_TIMED_OUT_ATTEMPTS) throw failure
      if (attempt >= this.policy.maxAttempts) throw failure
      const delay = this.delayBefore(attempt + 1, failure)
      if (waited + delay > this.policy.maxTotalWaitMs) throw failure
      this.debug(`${method} ${path}: ${failure.message}; attempt ${attempt + 1} in ${Math.round(delay / 100) / 10} s`)
      await this.sleep(delay)
      waited += delay
    }
  }

  private delayBefore(attempt: number, failure: GraphError | GraphTransportError): number {
    const asked = failure instanceof GraphError ? failure.retryAfterMs : undefined
    return asked ?? backoffDelay(this.policy, attempt - 1)
  }

  private async send<T>(method: HttpMethod, path: string, body: unknown): Promise<T> {
    const token = await this.options.getToken()
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'client-request-id': randomUUID(),
      'user-agent': this.options.userAgent ?? 'b2c-keys-action',
    }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const started = this.now()
    this.requestCount++
    this.debug(`→ ${method} ${path}`)
    let response: TransportResponse
    try {
      response = await this.transport(this.options.endpoint + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch (error) {
      if (error instanceof TransportFailure) throw new GraphTransportError(method, path, error.message, error.retriable, error.kind === 'timeout')
      throw new GraphTransportError(method, path, describeTransportFailure(error))
    }
    const requestId = response.headers.get('request-id')
    const text = await response.text()
    this.debug(`← ${response.status} ${method} ${path} in ${this.now() - started} ms${requestId ? ` (request-id ${requestId})` : ''}`)
    if (response.ok) return successBody<T>(method, path, response, text)
    const error = graphErrorFrom(method, path, response.status, errorBody(response.status, text), requestId)
    error.retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now())
    throw error
  }
}

/**
 * Only a real answer is success: Graph answers 204 with nothing, every other 2xx with a JSON
 * object. Anything else (a proxy's HTML page, `null`, an empty body) did not come from Graph as
 * it documents itself, and whether a write landed is unknown.
 */
function successBody<T>(method: string, path: string, response: TransportResponse, text: string): T {
  if (response.status === 204) return undefined as T
  const parsed = parseJson(text)
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as T
  const arrived = whatArrived(response.status, response.headers.get('content-type'), text)
  throw new GraphTransportError(method, path, `${arrived}, not the JSON object Graph sends`, false)
}

function errorBody(status: number, text: string): unknown {
  if (text === '') return undefined
  return parseJson(text) ?? { error: { code: `HTTP${status}`, message: text.slice(0, KEPT_ERROR_TEXT) } }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/** Errors from a transport other than ours (tests hand in fetch): duck-typed, their class may be from another realm. */
function describeTransportFailure(error: unknown): string {
  const failure = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } } | undefined
  const cause = failure?.cause ?? failure
  const message = typeof cause?.message === 'string' ? cause.message : String(error)
  const code = (cause as { code?: unknown } | undefined)?.code
  return typeof code === 'string' ? `${code}: ${message}` : message
}
