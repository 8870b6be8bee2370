/** Typed calls of the B2C trustFramework keyset endpoints (Graph beta, REFERENCE §1). */
import type { GraphClient } from './client.js'
import { GraphError } from './errors.js'
import { readAllPages } from './paging.js'

/** A trustFrameworkKey: a JWK whose secret parts the service never returns. */
export interface TrustFrameworkKey {
  kid: string
  use?: string
  kty?: string
  /** NumericDate seconds. */
  nbf?: number
  exp?: number
  x5t?: string
  x5c?: string[]
  n?: string
  e?: string
}

export interface TrustFrameworkKeySet {
  id: string
  keys: TrustFrameworkKey[]
}

export interface SecretUpload {
  use: string
  k: string
  nbf?: number
  exp?: number
}

export interface KeyGeneration {
  use: string
  kty: string
  nbf?: number
  exp?: number
}

/** Codes B2C answers with when a keyset already exists (HTTP status not documented). */
export const KEYSET_EXISTS_CODES = ['AADB2C95028', 'AADB2C95038']
export const KEYSET_MISSING_CODE = 'AADB2C95052'

export function isKeysetMissing(error: unknown): error is GraphError {
  return error instanceof GraphError && (error.status === 404 || error.hasCode(KEYSET_MISSING_CODE))
}

export function isKeysetExisting(error: unknown): boolean {
  return error instanceof GraphError && (error.status === 409 || error.hasCode(...KEYSET_EXISTS_CODES))
}

const BASE = '/beta/trustFramework/keySets'

export class KeysetsApi {
  constructor(private readonly graph: GraphClient) {}

  /** Every keyset with its keys inline: one request (more only if the service pages). */
  listKeysets(): Promise<TrustFrameworkKeySet[]> {
    return readAllPages<TrustFrameworkKeySet>(this.graph, BASE)
  }

  get(id: string): Promise<TrustFrameworkKeySet> {
    return this.graph.get(this.keyset(id))
  }

  /** Only `id` in the body: `@odata.type` makes the service answer 400. */
  create(id: string): Promise<TrustFrameworkKeySet> {
    return this.graph.request('POST', BASE, { body: { id }, idempotent: true })
  }

  /** GET, whatever some pages say: the service does not answer POST here. */
  getActiveKey(id: string): Promise<TrustFrameworkKey> {
    return this.graph.get(`${this.keyset(id)}/getActiveKey`)
  }

  uploadSecret(id: string, body: SecretUpload): Promise<TrustFrameworkKey> {
    return this.write(id, 'uploadSecret', body, (key) => key.kty === 'oct' && sameKeySlot(key, body))
  }

  generateKey(id: string, body: KeyGeneration): Promise<TrustFrameworkKey> {
    return this.write(id, 'generateKey', body, (key) => key.kty === body.kty && sameKeySlot(key, body))
  }

  uploadCertificate(id: string, derBase64: string, x5t: string): Promise<TrustFrameworkKey> {
    return this.write(id, 'uploadCertificate', { key: derBase64 }, (key) => key.x5t === x5t)
  }

  uploadPkcs12(id: string, pfxBase64: string, password: string, x5t: string): Promise<TrustFrameworkKey> {
    return this.write(id, 'uploadPkcs12', { key: pfxBase64, password }, (key) => key.x5t === x5t)
  }

  /**
   * A lost answer to a key write is resolved by reading the keyset: the key is there (same
   * slot, or same certificate) or it is not and the write is sent again. Never twice blindly.
   */
  private write(
    id: string,
    action: string,
    body: object,
    isTheWrittenKey: (key: TrustFrameworkKey) => boolean,
  ): Promise<TrustFrameworkKey> {
    return this.graph.request<TrustFrameworkKey>('POST', `${this.keyset(id)}/${action}`, {
      body,
      reconcile: async () => (await this.get(id)).keys.find(isTheWrittenKey),
    })
  }

  private keyset(id: string): string {
    return `${BASE}/${encodeURIComponent(id)}`
  }
}

function sameKeySlot(key: TrustFrameworkKey, sent: { use: string; nbf?: number; exp?: number }): boolean {
  return key.use === sent.use && key.nbf === sent.nbf && key.exp === sent.exp
}
