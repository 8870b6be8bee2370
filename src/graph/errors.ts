/** Graph's error envelope, kept whole enough for a person to act on and to quote to support. */
export class GraphError extends Error {
  override readonly name = 'GraphError'
  /** How long the service asked us to wait (Retry-After), when it did. */
  retryAfterMs: number | undefined

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

/** The request may or may not have reached the service: a dropped connection or a timeout. */
export class GraphTransportError extends Error {
  override readonly name = 'GraphTransportError'

  constructor(
    readonly method: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${method} ${path}: no answer from Microsoft Graph (${reason})`)
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
