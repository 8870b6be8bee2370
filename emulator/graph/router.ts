/**
 * Graph URL routing: `/beta/...` and `/v1.0/...`, including OData key syntax
 * (`keySets('B2C_1A_x')`, `applications(appId='…')`). The bearer token is checked before the URL
 * is interpreted, so nothing is revealed to an unauthenticated caller.
 */
import { Refusal, type Reply, type RequestContext } from '../http.js'
import type { EmulatorState } from '../state.js'
import { applicationsRoute, type DirectoryKind, type ObjectRef } from './applications.js'
import { authenticate } from './auth.js'
import { batchRoute } from './batch.js'
import { segmentNotFound } from './common.js'
import { keysetsRoute } from './keysets.js'

export const GRAPH_VERSIONS = ['beta', 'v1.0'] as const

interface Segment {
  name: string
  /** Key inside parentheses: `('x')` → { id: 'x' }, `(appId='x')` → { appId: 'x' }. */
  key?: { id?: string; appId?: string }
  raw: string
}

function parseSegment(raw: string): Segment {
  const m = /^([A-Za-z]+)\((.*)\)$/.exec(raw)
  if (!m) return { name: raw, raw }
  const inner = m[2] as string
  const named = /^appId='([^']*)'$/.exec(inner)
  if (named) return { name: m[1] as string, key: { appId: named[1] as string }, raw }
  const quoted = /^'([^']*)'$/.exec(inner)
  return { name: m[1] as string, key: { id: quoted ? (quoted[1] as string) : inner }, raw }
}

export async function graphRoute(state: EmulatorState, ctx: RequestContext): Promise<Reply> {
  const parts = ctx.path.split('/').slice(1)
  const version = parts[0] as (typeof GRAPH_VERSIONS)[number]
  let rest: string[]
  try {
    rest = parts.slice(1).filter((s, i, all) => s !== '' || i < all.length - 1).map((s) => decodeURIComponent(s))
  } catch {
    return segmentNotFound(ctx, parts.slice(1).join('/'))
  }

  const caller = authenticate(state, ctx)
  if (caller instanceof Refusal) return caller.reply

  const first = rest[0]
  if (first === undefined) return segmentNotFound(ctx, '')
  const top = parseSegment(first)
  const after = rest.slice(1)

  if (top.name === 'trustFramework' && !top.key && version === 'beta') {
    const second = after[0]
    if (second === undefined) return segmentNotFound(ctx, first)
    const ks = parseSegment(second)
    if (ks.name !== 'keySets' || ks.key?.appId !== undefined) return segmentNotFound(ctx, second)
    const remaining = after.slice(1)
    const keysetId = ks.key?.id ?? remaining.shift()
    return keysetsRoute(state, ctx, caller, keysetId, remaining)
  }

  if (top.name === 'applications' || top.name === 'servicePrincipals') {
    const kind: DirectoryKind = top.name === 'applications' ? 'application' : 'servicePrincipal'
    let ref: ObjectRef | undefined
    let remaining = after
    if (top.key?.appId !== undefined) ref = { appId: top.key.appId }
    else if (top.key?.id !== undefined) ref = { objectId: top.key.id }
    else if (after[0] !== undefined) {
      ref = { objectId: after[0] }
      remaining = after.slice(1)
    }
    return applicationsRoute(state, ctx, caller, kind, ref, remaining)
  }
  if (top.name === '$batch' && after.length === 0) return batchRoute(state, ctx, version, graphRoute)
  return segmentNotFound(ctx, top.name)
}
