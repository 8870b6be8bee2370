/**
 * An @azure/core-rest-pipeline HttpClient on the action's one transport. The Azure SDKs the action
 * uses (sign-in, Key Vault) send through it instead of their own Node client, so their requests
 * get the same timeout, size cap, redirect refusal and proxy rules as Graph. What differs per SDK
 * (masking, retries, the error its pipeline expects) comes in as hooks.
 */
import type { HttpClient, HttpHeaders, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline'
import { httpsTransport, TransportFailure, type TransportRequest, type TransportResponse } from './https-transport.js'

export interface PipelineClientHooks {
  /** Sends one request; the transport by default (sign-in repeats dropped connections here). */
  send?: (url: string, init: TransportRequest) => Promise<TransportResponse>
  /** Before anything is sent, e.g. to mask the credentials a request carries. */
  beforeSend?: (body: string | Buffer | undefined) => void
  /** The error the SDK's pipeline should see for a request that got no usable answer. */
  failed: (host: string, message: string, failure?: TransportFailure) => Error
  /** Reads an answer before the SDK does (to mask or refuse it); throws to refuse it. */
  received?: (response: TransportResponse, text: string, host: string) => void
}

export function pipelineHttpClient(hooks: PipelineClientHooks): HttpClient {
  const send = hooks.send ?? httpsTransport
  return {
    sendRequest: async (request: PipelineRequest): Promise<PipelineResponse> => {
      const host = new URL(request.url).host
      const body = request.body
      if (body !== undefined && body !== null && typeof body !== 'string' && !Buffer.isBuffer(body)) {
        throw hooks.failed(host, `the request to ${host} has a body the action cannot send`)
      }
      hooks.beforeSend?.(body ?? undefined)
      const headers = request.headers.toJSON()
      // The SDK asks for gzip (its own client inflates); the transport reads text, so ask for none.
      delete headers['accept-encoding']
      let response: TransportResponse
      try {
        response = await send(request.url, { method: request.method, headers, body: body ?? undefined, signal: request.abortSignal })
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error
        throw hooks.failed(host, error.message, error)
      }
      const text = await response.text()
      hooks.received?.(response, text, host)
      return { request, status: response.status, headers: headersOf(response), bodyAsText: text }
    },
  }
}

function headersOf(response: TransportResponse): HttpHeaders {
  const values = new Map<string, string>()
  response.headers.forEach((value, name) => values.set(name.toLowerCase(), value))
  const headers: HttpHeaders = {
    get: (name) => values.get(name.toLowerCase()),
    has: (name) => values.has(name.toLowerCase()),
    set: (name, value) => void values.set(name.toLowerCase(), String(value)),
    delete: (name) => void values.delete(name.toLowerCase()),
    toJSON: () => Object.fromEntries(values),
    [Symbol.iterator]: () => values.entries(),
  }
  return headers
}
