/**
 * Typed calls of Graph v1.0 applications and service principals (REFERENCE §2): read the target
 * with its certificates, addKey and removeKey with a proof-of-possession JWT.
 */
import { createHash } from 'node:crypto'
import { ActionableError } from '../errors.js'
import type { GraphClient } from './client.js'
import { GraphError } from './errors.js'

export type TargetKind = 'application' | 'service-principal'

/** A keyCredential as Graph returns it; every field but keyId may be missing or null. */
export interface KeyCredential {
  keyId: string
  /** The certificate's SHA-1 thumbprint in hex; whether upper or lower case is not documented. */
  customKeyIdentifier?: string | null
  displayName?: string | null
  type?: string | null
  usage?: string | null
  startDateTime?: string | null
  endDateTime?: string | null
  /** Base64 DER of the certificate: returned only when one object is read with $select=keyCredentials. */
  key?: string | null
}

export interface DirectoryTarget {
  kind: TargetKind
  /** The object id: what the proof's `iss` must be and what addKey/removeKey are addressed by. */
  id: string
  appId: string | undefined
  displayName: string | undefined
  keyCredentials: KeyCredential[]
}

export interface NewKeyCredential {
  /** Base64 DER of the public certificate. */
  key: string
  /** Upper-case hex SHA-1 of the DER, to find the credential again. */
  thumbprint: string
  displayName: string | undefined
}

interface DirectoryObject {
  id: string
  appId?: string | null
  displayName?: string | null
  keyCredentials?: KeyCredential[] | null
}

const SELECT = '$select=id,appId,displayName,keyCredentials'
const COLLECTIONS: Record<TargetKind, string> = { application: '/v1.0/applications', 'service-principal': '/v1.0/servicePrincipals' }

export class ApplicationsApi {
  constructor(private readonly graph: GraphClient) {}

  /**
   * Reads the target named by an id that may be its appId or its object id (both are GUIDs), in
   * one round trip: Graph has no single GET for both forms, and a `$filter` list returns each
   * keyCredential's `key` as null, so both single-object GETs go in one JSON batch. Undefined when
   * neither form names an object. Any other answer in the batch, or a batch Graph refuses, is
   * read again one form at a time, so that retries and error explanations are the client's usual.
   */
  async find(kind: TargetKind, appIdOrObjectId: string): Promise<DirectoryTarget | undefined> {
    const paths = lookupPaths(kind, appIdOrObjectId)
    let answers: BatchResponse[]
    try {
      const batch = await this.graph.request<{ responses?: BatchResponse[] } | undefined>('POST', '/v1.0/$batch', {
        body: { requests: paths.map((url, i) => ({ id: String(i), method: 'GET', url: url.replace(/^\/v1\.0/, '') })) },
        idempotent: true,
      })
      answers = paths.map((_, i) => batch?.responses?.find((response) => response.id === String(i)) ?? { id: String(i), status: 0 })
    } catch (error) {
      if (!(error instanceof GraphError)) throw error
      return this.findOneByOne(kind, paths)
    }
    const found = answers.find((answer) => answer.status === 200 && isDirectoryObject(answer.body))
    if (found) return toTarget(kind, found.body as DirectoryObject)
    if (answers.every((answer) => answer.status === 404)) return undefined
    return this.findOneByOne(kind, paths)
  }

  /** The appId form first: the `application` input defaults to client-id, an appId. */
  private async findOneByOne(kind: TargetKind, paths: readonly string[]): Promise<DirectoryTarget | undefined> {
    for (const path of paths) {
      try {
        return toTarget(kind, await this.graph.get<DirectoryObject>(path))
      } catch (error) {
        if (!(error instanceof GraphError && error.status === 404)) throw error
      }
    }
    return undefined
  }

  async read(kind: TargetKind, objectId: string): Promise<DirectoryTarget> {
    return toTarget(kind, await this.graph.get<DirectoryObject>(`${objectPath(kind, objectId)}?${SELECT}`))
  }

  /**
   * Adds a certificate. The documented answer may lack keyId; then, as after a lost answer, the
   * target is read again and the credential found by its thumbprint. Never sent twice blindly.
   */
  async addKey(kind: TargetKind, objectId: string, credential: NewKeyCredential, proof: string): Promise<KeyCredential> {
    const keyCredential = {
      type: 'AsymmetricX509Cert',
      usage: 'Verify',
      key: credential.key,
      ...(credential.displayName === undefined ? {} : { displayName: credential.displayName }),
    }
    const findAdded = async () => findByThumbprint((await this.read(kind, objectId)).keyCredentials, credential.thumbprint)
    const answer = await this.graph.request<Partial<KeyCredential> | undefined>('POST', `${objectPath(kind, objectId)}/addKey`, {
      body: { keyCredential, passwordCredential: null, proof },
      reconcile: findAdded,
    })
    if (typeof answer?.keyId === 'string') return answer as KeyCredential
    const added = await findAdded()
    if (added === undefined) {
      throw new ActionableError(
        `Graph accepted addKey for certificate ${credential.thumbprint} on ${objectId}, but its answer has no keyId and the target read back does not list the certificate. ` +
          'It may still be replicating: check the target in a minute; re-running the step converges.',
      )
    }
    return added
  }

  /**
   * Removes a certificate. When an answer is lost, the request is sent again with the same
   * proof (still within its lifetime); a 404 to that repeat means the first one removed it.
   */
  async removeKey(kind: TargetKind, objectId: string, keyId: string, proof: string): Promise<void> {
    let repeated = false
    try {
      await this.graph.request('POST', `${objectPath(kind, objectId)}/removeKey`, {
        body: { keyId, proof },
        reconcile: async () => {
          repeated = true
          return undefined
        },
      })
    } catch (error) {
      if (repeated && error instanceof GraphError && error.status === 404) return
      throw error
    }
  }
}

/** The certificate's thumbprint: from `key` when Graph returned it, else from customKeyIdentifier. */
export function thumbprintOf(credential: KeyCredential): string | undefined {
  if (credential.key) return createHash('sha1').update(Buffer.from(credential.key, 'base64')).digest('hex').toUpperCase()
  return credential.customKeyIdentifier?.toUpperCase() ?? undefined
}

export function findByThumbprint(credentials: KeyCredential[], thumbprint: string): KeyCredential | undefined {
  const wanted = thumbprint.toUpperCase()
  return credentials.find((credential) => thumbprintOf(credential) === wanted)
}

/** One item of a JSON batch answer (learn.microsoft.com/graph/json-batching). */
interface BatchResponse {
  id: string
  status: number
  body?: unknown
}

function lookupPaths(kind: TargetKind, appIdOrObjectId: string): [string, string] {
  const collection = COLLECTIONS[kind]
  const id = encodeURIComponent(appIdOrObjectId)
  return [`${collection}(appId='${id}')?${SELECT}`, `${collection}/${id}?${SELECT}`]
}

function isDirectoryObject(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { id?: unknown }).id === 'string'
}

function objectPath(kind: TargetKind, objectId: string): string {
  return `${COLLECTIONS[kind]}/${encodeURIComponent(objectId)}`
}

function toTarget(kind: TargetKind, object: DirectoryObject): DirectoryTarget {
  return {
    kind,
    id: object.id,
    appId: object.appId ?? undefined,
    displayName: object.displayName ?? undefined,
    keyCredentials: object.keyCredentials ?? [],
  }
}
