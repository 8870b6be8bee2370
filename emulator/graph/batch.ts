/**
 * JSON batching, as Graph documents it (learn.microsoft.com/graph/json-batching): POST
 * /{version}/$batch with `{"requests":[{id, method, url, headers?, body?, dependsOn?}]}`, at most
 * 20, each url relative to the version; the answer is 200 with `{"responses":[{id, status,
 * headers, body}]}`, each request answered as if sent alone, with the batch's bearer token.
 * Requests run one after the other in the given order, which satisfies any `dependsOn` that
 * names an earlier request. The batch is one HTTP request: its parts are recorded inside it.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { Refusal, type Reply, type RequestContext } from '../http.js'
import type { EmulatorState } from '../state.js'
import type { RecordedRequest } from '../types.js'
import { badRequest, graphOk, methodNotAllowed, readJsonBody } from './common.js'

export const MAX_BATCH_REQUESTS = 20

type Route = (state: EmulatorState, ctx: RequestContext) => Promise<Reply>

interface BatchPart {
  id: string
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

export async function batchRoute(state: EmulatorState, ctx: RequestContext, version: string, route: Route): Promise<Reply> {
  if (ctx.method !== 'POST') return methodNotAllowed(ctx, ['POST'], '$batch')
  const body = readJsonBody(ctx)
  if (body instanceof Refusal) return body.reply
  const parts = readParts(ctx, body['requests'])
  if (parts instanceof Refusal) return parts.reply
  ctx.record.batched = []
  const responses = []
  for (const part of parts) {
    const sub = partContext(ctx, version, part)
    const reply = await route(state, sub)
    sub.record.status = reply.status
    ctx.record.batched.push(sub.record)
    responses.push({ id: part.id, status: reply.status, headers: reply.headers ?? {}, ...(reply.body === undefined ? {} : { body: reply.body }) })
  }
  return graphOk(200, { responses })
}

function readParts(ctx: RequestContext, requests: unknown): BatchPart[] | Refusal {
  const refuse = (message: string): Refusal => new Refusal(badRequest(ctx, message))
  if (!Array.isArray(requests) || requests.length === 0) return refuse("Invalid batch payload format: the 'requests' property must be a non-empty array.")
  if (requests.length > MAX_BATCH_REQUESTS) return refuse(`The number of batch requests exceeds the limit of ${MAX_BATCH_REQUESTS}.`)
  const parts: BatchPart[] = []
  for (const request of requests as unknown[]) {
    const r = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>
    if (typeof r['id'] !== 'string' || r['id'] === '') return refuse("Invalid batch payload format: every request needs a string 'id'.")
    if (parts.some((part) => part.id === r['id'])) return refuse(`Batch request ids must be unique; '${r['id']}' is repeated.`)
    if (typeof r['method'] !== 'string' || typeof r['url'] !== 'string') return refuse(`Invalid batch payload format: request '${r['id']}' needs 'method' and 'url'.`)
    if (/^[a-z][a-z0-9+.-]*:/i.test(r['url']) || r['url'].includes('$batch')) return refuse(`Invalid request URL '${r['url']}': batch URLs are relative to the version and cannot be batches.`)
    const headers = (typeof r['headers'] === 'object' && r['headers'] !== null ? r['headers'] : {}) as Record<string, string>
    const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')
    if (r['body'] !== undefined && !hasContentType) return refuse(`Request '${r['id']}' has a body but no Content-Type header.`)
    parts.push({ id: r['id'], method: r['method'].toUpperCase(), url: r['url'], headers, body: r['body'] })
  }
  return parts
}

/** One part as a request of its own: the batch's authorization and host, the part's headers and body. */
function partContext(outer: RequestContext, version: string, part: BatchPart): RequestContext {
  const url = new URL(`/${version}/${part.url.replace(/^\//, '')}`, outer.url)
  const headers: IncomingHttpHeaders = { ...Object.fromEntries(Object.entries(part.headers).map(([k, v]) => [k.toLowerCase(), v])) }
  for (const name of ['authorization', 'host']) if (outer.headers[name] !== undefined) headers[name] = outer.headers[name]
  const contentType = (typeof headers['content-type'] === 'string' ? headers['content-type'] : '').split(';')[0]?.trim().toLowerCase() ?? ''
  const rawBody = part.body === undefined ? Buffer.alloc(0) : Buffer.from(typeof part.body === 'string' ? part.body : JSON.stringify(part.body))
  const record: RecordedRequest = {
    service: 'graph',
    method: part.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: 0,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])),
    at: outer.record.at,
    ...(part.body === undefined ? {} : { body: part.body }),
  }
  return { method: part.method, url, path: url.pathname, headers, rawBody, contentType, record, requestId: randomUUID(), delay: async () => undefined }
}
