/**
 * The HTTP client @azure/identity signs in with (OpenID metadata and token requests): our own
 * transport, so sign-in has the same timeout, size cap, redirect refusal and proxy rules as
 * Graph. Tokens and client assertions are registered as secrets as they cross the wire, before
 * any library could log them.
 */
import type { ClientSecretCredentialOptions } from '@azure/identity'
import { whatArrived } from '../log-safety.js'
import { httpsTransport, TransportFailure, type Transport, type TransportRequest, type TransportResponse } from '../graph/https-transport.js'
import { SignInTransportError, type SignInFailures } from './sign-in-failures.js'

// The types of @azure/core-rest-pipeline, taken from @azure/identity's options so it needs no direct dependency.
type HttpClient = NonNullable<ClientSecretCredentialOptions['httpClient']>
type PipelineRequest = Parameters<HttpClient['sendRequest']>[0]
type PipelineResponse = Awaited<ReturnType<HttpClient['sendRequest']>>
type HttpHeaders = PipelineResponse['headers']

const NETWORK_ATTEMPTS = 3
const NETWORK_RETRY_DELAY_MS = 500

/** Fields of sign-in requests and answers that are credentials. */
const SECRET_FIELDS = ['access_token', 'id_token', 'refresh_token', 'client_assertion', 'client_secret']

export function signInHttpClient(mask: (secret: string) => void, failures: SignInFailures, transport: Transport = httpsTransport): HttpClient {
  return {
    sendRequest: async (request: PipelineRequest): Promise<PipelineResponse> => {
      failures.forget()
      const host = new URL(request.url).host
      const body = request.body
      if (body !== undefined && body !== null && typeof body !== 'string' && !Buffer.isBuffer(body)) {
        throw failures.record(new SignInTransportError(host, `the sign-in request to ${host} has a body the action cannot send`))
      }
      if (typeof body === 'string') maskFields(new URLSearchParams(body), mask)
      let response: TransportResponse
      try {
        response = await sendWithRetries(transport, request.url, { method: request.method, headers: request.headers.toJSON(), body: body ?? undefined, signal: request.abortSignal })
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error
        throw failures.record(new SignInTransportError(host, error.message))
      }
      const text = await response.text()
      const parsed = parseObject(text)
      if (parsed === undefined) {
        const arrived = whatArrived(response.status, response.headers.get('content-type'), text)
        throw failures.record(new SignInTransportError(host, `${host} answered ${arrived}, not the JSON Entra ID sends`))
      }
      maskFields(new Map(Object.entries(parsed)), mask)
      return { request, status: response.status, headers: headersOf(response), bodyAsText: text }
    },
  }
}

/**
 * A dropped or refused connection is sent again, as the Azure SDK's own client did (sign-in
 * requests are safe to repeat); a timeout is not: a stalled sign-in fails after one, not four.
 */
async function sendWithRetries(transport: Transport, url: string, init: TransportRequest): Promise<TransportResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transport(url, init)
    } catch (error) {
      if (!(error instanceof TransportFailure) || error.kind !== 'network' || attempt >= NETWORK_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS * attempt))
    }
  }
}

function maskFields(fields: { get(name: string): unknown }, mask: (secret: string) => void): void {
  for (const name of SECRET_FIELDS) {
    const value = fields.get(name)
    if (typeof value === 'string' && value !== '') mask(value)
  }
}

/** Every sign-in answer (tokens, metadata, errors) is a JSON object. */
function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
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
