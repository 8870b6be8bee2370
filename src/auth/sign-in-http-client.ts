/**
 * The HTTP client @azure/identity signs in with (OpenID metadata and token requests): our own
 * transport, so sign-in has the same timeout, size cap, redirect refusal and proxy rules as
 * Graph. Tokens and client assertions are registered as secrets as they cross the wire, before
 * any library could log them.
 */
import type { HttpClient } from '@azure/core-rest-pipeline'
import { whatArrived } from '../log-safety.js'
import { httpsTransport, TransportFailure, type Transport, type TransportRequest, type TransportResponse } from '../net/https-transport.js'
import { pipelineHttpClient } from '../net/pipeline-http-client.js'
import { SignInTransportError, type SignInFailures } from './sign-in-failures.js'

const NETWORK_ATTEMPTS = 3
const NETWORK_RETRY_DELAY_MS = 500

/** Fields of sign-in requests and answers that are credentials. */
const SECRET_FIELDS = ['access_token', 'id_token', 'refresh_token', 'client_assertion', 'client_secret']

export function signInHttpClient(mask: (secret: string) => void, failures: SignInFailures, transport: Transport = httpsTransport): HttpClient {
  return pipelineHttpClient({
    send: (url, init) => sendWithRetries(transport, url, init),
    beforeSend: (body) => {
      failures.forget()
      if (typeof body === 'string') maskFields(new URLSearchParams(body), mask)
    },
    failed: (host, message) => failures.record(new SignInTransportError(host, message)),
    received: (response, text, host) => {
      const parsed = parseObject(text)
      if (parsed === undefined) {
        const arrived = whatArrived(response.status, response.headers.get('content-type'), text)
        throw failures.record(new SignInTransportError(host, `${host} answered ${arrived}, not the JSON Entra ID sends`))
      }
      maskFields(new Map(Object.entries(parsed)), mask)
    },
  })
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
