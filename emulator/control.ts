/**
 * The control API under /_emulator/ for out-of-process users (the CLI, workflow steps, the e2e
 * tests that spawn the bundled action): read what was recorded, inject faults, reset, register.
 * Loopback only and unauthenticated: the emulator holds nothing but throwaway test material.
 */
import type { DirectoryObjectInput, RegisterClientInput } from './directory.js'
import { json, type Reply, type RequestContext } from './http.js'
import type { EmulatedApplication, EmulatedKeyset, EmulatedServicePrincipal, FaultSpec, RecordedRequest } from './types.js'

/**
 * What the control API reads and does; the Emulator (index.ts) extends it. Declared here, not
 * picked from Emulator, so control.ts does not import index.ts, which imports it.
 */
export interface ControlApi {
  url: string
  caFile: string
  tenantId: string
  tenantDomain: string
  /** Default app registration; `objectId` is its application object id, `servicePrincipalId` its tokens' `oid`. */
  client: { clientId: string; clientSecret: string; objectId: string; servicePrincipalId: string }
  /** `subject` may be reassigned to change the `sub` of the ID tokens issued from then on. */
  github: { requestUrl: string; requestToken: string; subject: string }
  registerClient(c: RegisterClientInput): void
  issueAccessToken(c?: { clientId?: string; roles?: string[] }): string
  addApplication(a: DirectoryObjectInput): { objectId: string; appId: string }
  addServicePrincipal(s: DirectoryObjectInput): { objectId: string; appId: string }
  keysets: Map<string, EmulatedKeyset>
  applications: Map<string, EmulatedApplication>
  servicePrincipals: Map<string, EmulatedServicePrincipal>
  requests: RecordedRequest[]
  injectFault(f: FaultSpec): void
  reset(): void
}

function parseJson(ctx: RequestContext): Record<string, unknown> | undefined {
  if (ctx.rawBody.length === 0) return {}
  try {
    const v: unknown = JSON.parse(ctx.rawBody.toString('utf8'))
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** JSON cannot carry a RegExp: `pathRegex` (a string) stands for `path: new RegExp(pathRegex)`. */
function faultFromJson(body: Record<string, unknown>): FaultSpec {
  const { pathRegex, path, ...rest } = body
  const spec = rest as FaultSpec
  if (typeof pathRegex === 'string') spec.path = new RegExp(pathRegex)
  else if (typeof path === 'string') spec.path = path
  return spec
}

export function controlHandler(api: () => ControlApi): (ctx: RequestContext) => Reply {
  return (ctx) => {
    const emu = api()
    const action = ctx.path.replace(/^\/_emulator\/?/, '')
    const key = `${ctx.method} ${action}`
    const bad = (message: string): Reply => json(400, { error: message })
    try {
      switch (key) {
        case 'GET requests':
          return json(200, emu.requests.filter((r) => r.service !== 'control'))
        case 'GET state':
          return json(200, {
            url: emu.url,
            caFile: emu.caFile,
            tenantId: emu.tenantId,
            tenantDomain: emu.tenantDomain,
            client: emu.client,
            github: { requestUrl: emu.github.requestUrl, requestToken: emu.github.requestToken, subject: emu.github.subject },
            keysets: [...emu.keysets.values()],
            applications: [...emu.applications.values()],
            servicePrincipals: [...emu.servicePrincipals.values()],
          })
        case 'POST faults': {
          const body = parseJson(ctx)
          if (!body) return bad('body must be a JSON object (injectFault options; pathRegex for a regular expression)')
          emu.injectFault(faultFromJson(body))
          return { status: 204 }
        }
        case 'POST reset':
          emu.reset()
          return { status: 204 }
        case 'POST clients': {
          const body = parseJson(ctx)
          if (!body || typeof body['clientId'] !== 'string') return bad('body needs clientId')
          emu.registerClient(body as unknown as Parameters<ControlApi['registerClient']>[0])
          return json(201, { clientId: body['clientId'] })
        }
        case 'POST applications':
        case 'POST service-principals': {
          const body = parseJson(ctx)
          if (!body) return bad('body must be a JSON object')
          const input = body as Parameters<ControlApi['addApplication']>[0]
          return json(201, action === 'applications' ? emu.addApplication(input) : emu.addServicePrincipal(input))
        }
        case 'POST token': {
          const body = parseJson(ctx)
          if (!body) return bad('body must be a JSON object')
          return json(200, { access_token: emu.issueAccessToken(body as Parameters<ControlApi['issueAccessToken']>[0]) })
        }
        default:
          return json(404, { error: `unknown control request ${key}; see GET requests, GET state, POST faults, POST reset, POST clients, POST applications, POST service-principals, POST token` })
      }
    } catch (e) {
      return bad(e instanceof Error ? e.message : String(e))
    }
  }
}
