/**
 * Injected faults: one-shot (or N-shot) answers that replace the normal one for the next matching
 * request. Phase 'after' performs the request's effect first, modelling a response lost on the
 * way back: the client cannot tell whether its write happened, and must not write twice.
 */
import type { FaultSpec } from './types.js'

interface ArmedFault {
  spec: FaultSpec
  remaining: number
}

export class FaultQueue {
  private faults: ArmedFault[] = []

  add(spec: FaultSpec): void {
    const times = spec.times ?? 1
    if (!Number.isInteger(times) || times < 1) throw new Error(`fault times must be a positive integer, got ${times}`)
    if (spec.status === undefined && !spec.drop && !spec.stall && spec.oversizeBytes === undefined) throw new Error('a fault needs a status, drop, stall or oversizeBytes')
    this.faults.push({ spec: { ...spec }, remaining: times })
  }

  /** Consumes one use of the first fault that matches, in the order they were injected. */
  take(method: string, path: string): FaultSpec | undefined {
    const armed = this.faults.find((f) => matches(f.spec, method, path))
    if (!armed) return undefined
    armed.remaining -= 1
    if (armed.remaining === 0) this.faults = this.faults.filter((f) => f !== armed)
    return armed.spec
  }

  clear(): void {
    this.faults = []
  }

  get pending(): number {
    return this.faults.length
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false
  if (spec.path === undefined) return true
  if (spec.path instanceof RegExp) {
    spec.path.lastIndex = 0 // a /g regex keeps state between tests; reset it so matching is pure
    return spec.path.test(path)
  }
  return path === spec.path || path.endsWith(spec.path)
}

export function describeFault(spec: FaultSpec): string {
  const shape = [
    spec.body !== undefined ? ` body ${JSON.stringify(spec.body.slice(0, 40))}` : '',
    spec.contentType ? ` ${spec.contentType}` : '',
    spec.location ? ` Location ${spec.location}` : '',
    spec.oversizeBytes ? ` ${spec.oversizeBytes} bytes` : '',
    spec.echo ? ' echoing the request' : '',
  ].join('')
  const what = spec.stall ? 'stall' : spec.drop ? 'drop' : `status ${spec.status}${spec.code ? ` ${spec.code}` : ''}${shape}`
  return `${spec.phase ?? 'before'}: ${what}${spec.retryAfter !== undefined ? ` Retry-After ${spec.retryAfter}` : ''}`
}

const DEFAULT_CODES: Record<number, string> = {
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
}

export function defaultFaultCode(status: number): string {
  return DEFAULT_CODES[status] ?? 'UnknownError'
}
