/**
 * Graph's wire conventions shared by every Graph route: the error envelope, the OData JSON
 * content type, request-body parsing and the "parameter not valid for the operation" check.
 */
import { headerValue, Refusal, reject, type Reply, type RequestContext } from '../http.js'

const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8'

export function graphOk(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'Content-Type': ODATA_JSON, ...headers } }
}

export function graphNoContent(): Reply {
  return { status: 204 }
}

/** `{"error":{"code","message","innerError":{…}}}`; `reason` goes to the request log only. */
export function graphError(ctx: RequestContext, status: number, code: string, message: string, reason?: string, headers: Record<string, string> = {}): Reply {
  const clientRequestId = headerValue(ctx.headers, 'client-request-id')
  const reply: Reply = {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
          'request-id': ctx.requestId,
          'client-request-id': clientRequestId ?? ctx.requestId,
        },
      },
    },
  }
  return reject(ctx, reason ?? `${code}: ${message}`, reply)
}

export function badRequest(ctx: RequestContext, message: string, reason?: string): Reply {
  return graphError(ctx, 400, 'BadRequest', message, reason)
}

export function segmentNotFound(ctx: RequestContext, segment: string): Reply {
  return badRequest(ctx, `Resource not found for the segment '${segment}'.`)
}

export function methodNotAllowed(ctx: RequestContext, allowed: string[], resource: string): Reply {
  return graphError(ctx, 405, 'MethodNotAllowed', `The HTTP method '${ctx.method}' is not allowed for the resource '${resource}'.`, undefined, { Allow: allowed.join(', ') })
}

export type JsonObject = Record<string, unknown>

/** Parses the request body as a JSON object, answering like Graph when it is not one. */
export function readJsonBody(ctx: RequestContext): JsonObject | Refusal {
  if (ctx.rawBody.length === 0) return new Refusal(badRequest(ctx, 'Empty Payload. JSON content expected.'))
  if (ctx.contentType !== 'application/json') {
    return new Refusal(graphError(ctx, 415, 'UnsupportedMediaType', `The content type '${ctx.contentType}' is not supported; send 'application/json'.`))
  }
  let value: unknown
  try {
    value = JSON.parse(ctx.rawBody.toString('utf8'))
  } catch {
    return new Refusal(badRequest(ctx, 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'))
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new Refusal(badRequest(ctx, 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'body is not a JSON object'))
  }
  return value as JsonObject
}

/** OData rejects action parameters the operation does not declare. */
export function undeclaredParameter(ctx: RequestContext, body: JsonObject, declared: readonly string[], operation: string): Reply | undefined {
  const extra = Object.keys(body).find((k) => !declared.includes(k))
  if (extra === undefined) return undefined
  return badRequest(ctx, `The parameter '${extra}' in the request payload is not a valid parameter for the operation '${operation}'.`)
}
