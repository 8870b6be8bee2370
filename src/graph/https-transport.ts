/**
 * The Graph client's HTTP transport on node:https. Global fetch would do, but its first use makes
 * Node load a second HTTP stack (undici) at start-up, which the benchmark showed costs more than
 * the request itself against a near endpoint; node:https is loaded anyway by @azure/identity.
 */
import { request } from 'node:https'
import { request as plainRequest } from 'node:http'
import { proxyAgentFor } from './proxy.js'

/** The part of a fetch Response the client reads. */
export interface TransportResponse {
  status: number
  ok: boolean
  headers: { get(name: string): string | null }
  text(): Promise<string>
}

export interface TransportRequest {
  method: string
  headers: Record<string, string>
  body?: string | undefined
  signal: AbortSignal
}

export type Transport = (url: string, init: TransportRequest) => Promise<TransportResponse>

export const httpsTransport: Transport = (url, init) =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    // Plain http only reaches here for loopback hosts, which settings allow for tests and emulators.
    const send = target.protocol === 'http:' ? plainRequest : request
    const agent = proxyAgentFor(target)
    const options = { method: init.method, headers: init.headers, signal: init.signal, ...(agent ? { agent } : {}) }
    const outgoing = send(target, options, (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('error', reject)
      incoming.on('end', () => {
        const status = incoming.statusCode ?? 0
        const body = Buffer.concat(chunks).toString('utf8')
        resolve({
          status,
          ok: status >= 200 && status < 300,
          headers: { get: (name) => headerValue(incoming.headers[name.toLowerCase()]) },
          text: async () => body,
        })
      })
    })
    outgoing.on('error', reject)
    outgoing.end(init.body)
  })

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null
  return Array.isArray(value) ? value.join(', ') : value
}
