/**
 * OData server-side paging as Graph does it: `$top` sets the page size (up to a maximum), the
 * answer carries `@odata.nextLink` — the same URL with an opaque `$skiptoken` — while more items
 * remain. The token is only valid for the collection it was issued for.
 */
import { Refusal, type RequestContext } from '../http.js'
import { badRequest, graphError } from './common.js'

export interface PageRule {
  /** Page size when the request sends no `$top`; undefined = everything in one page. */
  defaultSize: number | undefined
  /** Largest `$top` accepted. */
  maxSize: number
}

export interface Page<T> {
  value: T[]
  nextLink?: string
}

/** Directory collections (applications, servicePrincipals): 100 by default, at most 999. */
export const DIRECTORY_PAGING: PageRule = { defaultSize: 100, maxSize: 999 }

export function pageOf<T>(ctx: RequestContext, origin: string, items: readonly T[], rule: PageRule): Page<T> | Refusal {
  const size = pageSize(ctx, rule)
  if (size instanceof Refusal) return size
  const offset = skipOffset(ctx)
  if (offset instanceof Refusal) return offset
  const end = size === undefined ? items.length : Math.min(items.length, offset + size)
  const page: Page<T> = { value: items.slice(offset, end) }
  if (end < items.length) {
    const next = new URL(ctx.url.pathname + ctx.url.search, origin)
    next.searchParams.set('$skiptoken', skipToken(ctx.url.pathname, end))
    page.nextLink = next.toString()
  }
  return page
}

function pageSize(ctx: RequestContext, rule: PageRule): number | undefined | Refusal {
  const raw = ctx.url.searchParams.get('$top')
  if (raw === null) return rule.defaultSize
  const size = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(size >= 1 && size <= rule.maxSize)) {
    return new Refusal(badRequest(ctx, `Invalid page size specified: '${raw}'. Must be between 1 and ${rule.maxSize} inclusive.`))
  }
  return size
}

function skipToken(collection: string, offset: number): string {
  return Buffer.from(JSON.stringify({ c: collection, o: offset })).toString('base64url')
}

function skipOffset(ctx: RequestContext): number | Refusal {
  const raw = ctx.url.searchParams.get('$skiptoken')
  if (raw === null) return 0
  const invalid = new Refusal(graphError(ctx, 400, 'Directory_InvalidSkipToken', 'The specified page token value has expired or is not valid.', `$skiptoken ${raw.slice(0, 40)}`))
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    return invalid
  }
  const token = parsed as { c?: unknown; o?: unknown } | null
  if (token?.c !== ctx.url.pathname || typeof token.o !== 'number' || !Number.isInteger(token.o) || token.o < 0) return invalid
  return token.o
}
