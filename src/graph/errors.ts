/** Graph's error envelope, kept whole enough for a person to act on and to quote to support. */
export class GraphError extends Error {
  override readonly name = 'GraphError'
  /** How long the service asked us to wait (Retry-After), when it did. */
  retryAfterMs: number | undefined
  /** How many times the request was sent before this answer was final. */
  attempts = 1

  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly code: string,
    readonly graphMessage: string,
    readonly requestId: string | undefined,
  ) {
    super(`${method} ${path} failed: HTTP ${status} ${code}: ${graphMessage}${requestId ? ` (request-id ${requestId})` : ''}`)
  }

  /** B2C reports its own conditions in `error.code`, with HTTP statuses that are not documented. */
  hasCode(...codes: string[]): boolean {
    return codes.includes(this.code)
  }
}

/**
 * No usable answer: a dropped connection, a timeout, a redirect, an oversized body, or a 2xx that
 * is not the JSON Graph sends. The request may or may not have taken effect.
 */
export class GraphTransportError extends Error {
  override readonly name = 'GraphTransportError'
  /** How many times the request was sent. */
  attempts = 1

  constructor(
    readonly method: string,
    readonly path: string,
    readonly reason: string,
    /** Whether sending again may help (a timeout or a dropped connection, not a redirect). */
    readonly retriable: boolean = true,
    /** Set when the failure was a timeout: stalls are retried less than other failures. */
    readonly timedOut: boolean = false,
  ) {
    super(`${method} ${path}: no usable answer from Microsoft Graph (${reason})`)
  }
}

interface ErrorEnvelope {
  error?: { code?: unknown; message?: unknown; innerError?: { 'request-id'?: unknown } }
}

export function graphErrorFrom(method: string, path: string, status: number, body: unknown, headerRequestId: string | null): GraphError {
  const error = (body as ErrorEnvelope | undefined)?.error
  const code = typeof error?.code === 'string' ? error.code : `HTTP${status}`
  const message = typeof error?.message === 'string' ? error.message : '(no message)'
  const bodyRequestId = error?.innerError?.['request-id']
  const requestId = headerRequestId ?? (typeof bodyRequestId === 'string' ? bodyRequestId : undefined)
  return new GraphError(method, path, status, code, message, requestId)
}
