/** The request/reply shapes passed between the server pipeline and the service handlers. */
import type { IncomingHttpHeaders } from 'node:http'
import type { RecordedRequest } from './types.js'

/** What a handler answers; the server writes it (or an injected fault replaces it). */
export interface Reply {
  status: number
  headers?: Record<string, string>
  /** Serialised as JSON unless `text` is given. */
  body?: unknown
  text?: string
}

export interface RequestContext {
  method: string
  url: URL
  path: string
  headers: IncomingHttpHeaders
  rawBody: Buffer
  /** Lower-cased media type without parameters, '' when absent. */
  contentType: string
  record: RecordedRequest
  /** Graph's `request-id`: sent as a header and inside error envelopes. */
  requestId: string
  /**
   * Waits the configured latency. A handler that models a write calls it while holding the
   * keyset's lock, so that concurrent writes overlap; if a handler never calls it, the server
   * waits before answering instead.
   */
  delay(): Promise<void>
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()]
  return Array.isArray(v) ? v[0] : v
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers }
}

/** Records why a request was refused, for tests (the wire answer may say less). */
export function reject(ctx: RequestContext, reason: string, reply: Reply): Reply {
  ctx.record.rejectReason = reason
  return reply
}

/**
 * A validation step that failed, carrying the answer to send. A class rather than a bare Reply so
 * that `instanceof` tells it apart from parsed request data of any shape.
 */
export class Refusal {
  constructor(readonly reply: Reply) {}
}
