/**
 * A fetch on the action's one transport, for a library that takes a fetch (Octokit): its requests
 * get the same timeout, size cap, redirect refusal and proxy rules as Graph, and a request that
 * gets no usable answer throws the TransportFailure naming the host. Only what such a library
 * uses of fetch is here: string bodies, and an answer read whole.
 */
import { httpsTransport, type CancelSignal, type Transport } from './https-transport.js'

export interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer | null
  signal?: CancelSignal | null
}

export interface FetchAnswer {
  url: string
  status: number
  statusText: string
  ok: boolean
  headers: { get(name: string): string | null; [Symbol.iterator](): Iterator<[string, string]> }
  text(): Promise<string>
  json(): Promise<unknown>
  arrayBuffer(): Promise<ArrayBuffer>
}

export function transportFetch(transport: Transport = httpsTransport): (url: string, init?: FetchInit) => Promise<FetchAnswer> {
  return async (url, init = {}) => {
    const body = init.body ?? undefined
    if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
      throw new TypeError(`the request to ${new URL(url).host} has a body the action cannot send`)
    }
    const response = await transport(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, body, signal: init.signal ?? undefined })
    const text = await response.text()
    const entries: [string, string][] = []
    response.headers.forEach((value, name) => entries.push([name, value]))
    return {
      url,
      status: response.status,
      statusText: '',
      ok: response.ok,
      headers: { get: (name) => response.headers.get(name), [Symbol.iterator]: () => entries[Symbol.iterator]() },
      text: async () => text,
      json: async () => JSON.parse(text) as unknown,
      arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    }
  }
}
