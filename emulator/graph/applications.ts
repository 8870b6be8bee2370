/** Applications and service principals (Graph v1.0): not emulated yet. */
import type { Reply, RequestContext } from '../http.js'
import type { EmulatorState } from '../state.js'
import type { Caller } from './auth.js'
import { segmentNotFound } from './common.js'

export type DirectoryKind = 'application' | 'servicePrincipal'
export type ObjectRef = { objectId: string; appId?: undefined } | { appId: string; objectId?: undefined }

export async function applicationsRoute(_state: EmulatorState, ctx: RequestContext, _caller: Caller, kind: DirectoryKind, _ref: ObjectRef | undefined, _rest: string[]): Promise<Reply> {
  return segmentNotFound(ctx, kind === 'application' ? 'applications' : 'servicePrincipals')
}
