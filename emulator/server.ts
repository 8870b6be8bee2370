/**
 * The HTTPS server and the request pipeline every request goes through:
 * record → route → injected fault (before) → handler (with latency) → injected fault (after) → answer.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { entraJwks, openIdConfiguration, tokenEndpoint } from './entra.js'
import { defaultFaultCode, describeFault } from './faults.js'
import { GITHUB_API_PREFIX, githubApiRoute } from './github-issues.js'
import { githubIdToken, githubJwks, OIDC_JWKS_PATH, OIDC_TOKEN_PATH } from './github-oidc.js'
import { graphError } from './graph/common.js'
import { GRAPH_VERSIONS, graphRoute } from './graph/router.js'
import { keyVaultRoute, VAULT_COLLECTIONS } from './keyvault/router.js'
import { headerValue, json, type Reply, type RequestContext } from './http.js'
import type { EmulatorState } from './state.js'
import type { TlsMaterial } from './tls.js'
import type { FaultSpec, RecordedRequest, ServiceName } from './types.js'

const MAX_BODY_BYTES = 5 * 1024 * 1024

type Handler = (ctx: RequestContext) => Reply | Promise<Reply>

interface Route {
  service: ServiceName
  handle: Handler
}

export type ControlHandler = (ctx: RequestContext) => Reply | Promise<Reply>

function route(state: EmulatorState, path: string, control: ControlHandler): Route {
  if (path === '/_emulator' || path.startsWith('/_emulator/')) return { service: 'control', handle: control }
  if (path === OIDC_TOKEN_PATH) return { service: 'oidc', handle: (ctx) => githubIdToken(state, ctx) }
  if (path === OIDC_JWKS_PATH) return { service: 'oidc', handle: () => githubJwks(state) }
  if (path.startsWith(`${GITHUB_API_PREFIX}/`)) return { service: 'github', handle: (ctx) => githubApiRoute(state, ctx) }
  const first = path.split('/')[1] ?? ''
  if ((GRAPH_VERSIONS as readonly string[]).includes(first)) return { service: 'graph', handle: (ctx) => graphRoute(state, ctx) }
  if ((VAULT_COLLECTIONS as readonly string[]).includes(first)) return { service: 'keyvault', handle: (ctx) => keyVaultRoute(state, ctx) }
  let m = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path)
  if (m) {
    const tenant = decodeURIComponent(m[1] as string)
    return { service: 'metadata', handle: (ctx) => openIdConfiguration(state, ctx, tenant) }
  }
  m = /^\/([^/]+)\/discovery\/v2\.0\/keys$/.exec(path)
  if (m) {
    const tenant = decodeURIComponent(m[1] as string)
    return { service: 'metadata', handle: (ctx) => entraJwks(state, ctx, tenant) }
  }
  m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path)
  if (m) {
    const tenant = decodeURIComponent(m[1] as string)
    return { service: 'token', handle: (ctx) => tokenEndpoint(state, ctx, tenant) }
  }
  return { service: 'unknown', handle: () => json(404, { error: { code: 'NotFound', message: `The emulator serves nothing at '${path}'.` } }) }
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY_BYTES) chunks.push(c)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function recordedBody(raw: Buffer, contentType: string): unknown {
  if (raw.length === 0) return undefined
  const text = raw.toString('utf8')
  if (contentType === 'application/json') {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  if (contentType === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text))
  return text
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v
  return out
}

/** The answer an injected fault gives, shaped like the service it hits. */
function faultReply(spec: FaultSpec, service: ServiceName, ctx: RequestContext): Reply {
  const status = spec.status ?? 503
  const headers: Record<string, string> = spec.retryAfter !== undefined ? { 'Retry-After': spec.retryAfter } : {}
  if (spec.location !== undefined) headers['Location'] = spec.location
  if (spec.body !== undefined) return { status, headers: { ...headers, 'Content-Type': spec.contentType ?? 'text/plain' }, text: spec.body }
  const code = spec.code ?? defaultFaultCode(status)
  if (service === 'graph') {
    const message = spec.echo
      ? `Invalid request: ${echoOf(ctx)}`
      : status === 429
        ? 'Too many requests. Retry after the time the Retry-After header gives.'
        : 'The service is temporarily unavailable. Retry the request later.'
    const reply = graphError(ctx, status, code, message, undefined, headers)
    ctx.record.rejectReason = `injected fault ${describeFault(spec)}`
    return reply
  }
  const description = spec.echo ? `${code}: could not process ${echoOf(ctx)}` : `${code}: injected fault`
  if (service === 'token' || service === 'metadata') {
    return json(status, { error: status === 429 ? 'too_many_requests' : 'temporarily_unavailable', error_description: description, error_codes: [] }, headers)
  }
  return json(status, { message: description }, headers)
}

/** What a careless service quotes back: the request body and the credentials it came with. */
function echoOf(ctx: RequestContext): string {
  return `${ctx.rawBody.toString('utf8')} (Authorization: ${headerValue(ctx.headers, 'authorization') ?? 'none'})`
}

/** Streams `bytes` of a JSON string that never ends, as a broken or hostile service might. */
function sendOversized(res: ServerResponse, spec: FaultSpec, ctx: RequestContext): void {
  ctx.record.status = spec.status ?? 200
  res.writeHead(spec.status ?? 200, { 'Content-Type': spec.contentType ?? 'application/json' })
  const chunk = Buffer.alloc(64 * 1024, 'A')
  let left = spec.oversizeBytes ?? 0
  res.write('{"value":"')
  const more = (): void => {
    while (left > 0) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left)
      left -= piece.length
      if (!res.write(piece)) return void res.once('drain', more)
    }
    res.end()
  }
  res.on('close', () => (left = 0))
  more()
}

/** Holds the request without answering; the socket is closed by the client, or by close(). */
function stall(ctx: RequestContext): void {
  ctx.record.status = 0
}

function send(res: ServerResponse, reply: Reply, ctx: RequestContext, service: ServiceName): void {
  const headers: Record<string, string> = { ...reply.headers }
  if (service === 'graph') {
    headers['request-id'] = ctx.requestId
    headers['client-request-id'] = headerValue(ctx.headers, 'client-request-id') ?? ctx.requestId
  }
  let payload: string | undefined
  if (reply.text !== undefined) payload = reply.text
  else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body)
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json; charset=utf-8'
  }
  ctx.record.status = reply.status
  res.writeHead(reply.status, headers)
  res.end(payload)
}

function drop(req: IncomingMessage, ctx: RequestContext): void {
  ctx.record.status = 0
  req.socket.destroy()
}

export function createEmulatorServer(tls: TlsMaterial, state: EmulatorState, control: ControlHandler): Server {
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', state.url || 'https://127.0.0.1')
    const path = url.pathname
    const method = (req.method ?? 'GET').toUpperCase()
    const raw = await readBody(req)
    const contentType = (headerValue(req.headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    const r = route(state, path, control)
    const record: RecordedRequest = {
      service: r.service,
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      headers: flatHeaders(req),
      at: state.now(),
    }
    if (req.socket.remotePort !== undefined) record.remotePort = req.socket.remotePort
    const body = raw ? recordedBody(raw, contentType) : undefined
    if (body !== undefined) record.body = body
    state.requests.push(record)

    let delayed = false
    const ctx: RequestContext = {
      method,
      url,
      path,
      headers: req.headers,
      rawBody: raw ?? Buffer.alloc(0),
      contentType,
      record,
      requestId: randomUUID(),
      delay: async () => {
        if (delayed || r.service === 'control') return
        delayed = true
        if (state.latencyMs > 0) await sleep(state.latencyMs)
      },
    }
    if (raw === undefined) {
      send(res, json(413, { error: { code: 'RequestEntityTooLarge', message: 'Request body too large.' } }), ctx, r.service)
      return
    }

    const fault = r.service === 'control' ? undefined : state.faults.take(method, path)
    if (fault) record.fault = describeFault(fault)
    if (fault && (fault.phase ?? 'before') === 'before') {
      await ctx.delay()
      return answerFault(fault)
    }

    let reply: Reply
    try {
      reply = await r.handle(ctx)
    } catch (e) {
      record.rejectReason = `emulator error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
      reply = json(500, { error: { code: 'InternalServerError', message: 'The emulator failed while handling this request.' } })
    }
    await ctx.delay() // handlers that model an in-flight write have waited already

    if (fault) return answerFault(fault) // phase 'after': the effect happened; the answer is lost or replaced.
    send(res, reply, ctx, r.service)

    function answerFault(spec: FaultSpec): void {
      if (spec.stall) return stall(ctx)
      if (spec.drop) return drop(req, ctx)
      if (spec.oversizeBytes !== undefined) return sendOversized(res, spec, ctx)
      send(res, faultReply(spec, r.service, ctx), ctx, r.service)
    }
  }

  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' })
        res.end(String(e))
      }
    })
  })
  return server
}
