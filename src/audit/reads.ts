/**
 * The audit's reads: every keyset with one request, every application and service principal
 * 999 at a time with only the fields the health model needs. Each page is reduced to its items
 * as it arrives, so thousands of objects never sit in memory whole. A scope the sign-in may not
 * read (403) becomes a finding naming the permission; the other scopes still run.
 */
import type { GraphClient } from '../graph/client.js'
import { GraphError } from '../graph/errors.js'
import { KeysetsApi } from '../graph/keysets.js'
import { forEachPage } from '../graph/paging.js'
import type { AuditScope } from '../settings.js'
import { directoryItems, keysetItem, type AuditItem, type Clock, type CredentialWindow, type DirectoryObject } from './health.js'

/** A scope that answered 403: what could not be read and the permission that reads it. */
export interface UnreadableScope {
  scope: AuditScope
  permission: string
  /** Graph's code and message, e.g. `Authorization_RequestDenied: Insufficient privileges…`. */
  answer: string
}

export type ScopeRead = { scope: AuditScope; items: AuditItem[]; objects: number } | { scope: AuditScope; unreadable: UnreadableScope }

const SCOPE_PERMISSIONS: Record<AuditScope, string> = {
  keysets: 'TrustFrameworkKeySet.Read.All',
  applications: 'Application.Read.All',
  'service-principals': 'Application.Read.All',
}

const DIRECTORY_PATHS: Record<Exclude<AuditScope, 'keysets'>, { path: string; kind: DirectoryObject['kind']; ownType: string }> = {
  applications: { path: '/v1.0/applications', kind: 'application', ownType: '#microsoft.graph.application' },
  'service-principals': { path: '/v1.0/servicePrincipals', kind: 'service-principal', ownType: '#microsoft.graph.servicePrincipal' },
}
const SELECT = '$select=id,appId,displayName,keyCredentials,passwordCredentials&$top=999'

export async function readScope(graph: GraphClient, scope: AuditScope, clock: Clock): Promise<ScopeRead> {
  try {
    if (scope === 'keysets') {
      const keysets = await new KeysetsApi(graph).listKeysets()
      return { scope, items: keysets.map((keyset) => keysetItem({ ...keyset, id: oneLine(keyset.id) }, clock)), objects: keysets.length }
    }
    return await readDirectory(graph, scope, clock)
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) {
      return { scope, unreadable: { scope, permission: SCOPE_PERMISSIONS[scope], answer: `${error.code}: ${error.graphMessage}` } }
    }
    throw error
  }
}

interface ListedCredential {
  keyId?: string | null
  startDateTime?: string | null
  endDateTime?: string | null
}

interface ListedObject {
  '@odata.type'?: string
  id: string
  appId?: string | null
  displayName?: string | null
  keyCredentials?: ListedCredential[] | null
  passwordCredentials?: ListedCredential[] | null
}

async function readDirectory(graph: GraphClient, scope: Exclude<AuditScope, 'keysets'>, clock: Clock): Promise<ScopeRead> {
  const { path, kind, ownType } = DIRECTORY_PATHS[scope]
  const items: AuditItem[] = []
  let objects = 0
  await forEachPage<ListedObject>(graph, `${path}?${SELECT}`, (page) => {
    objects += page.length
    for (const listed of page) items.push(...directoryItems(directoryObject(listed, kind, ownType), clock))
  })
  return { scope, items, objects }
}

function directoryObject(listed: ListedObject, kind: DirectoryObject['kind'], ownType: string): DirectoryObject {
  const type = listed['@odata.type']
  return {
    kind,
    id: oneLine(listed.id),
    appId: oneLine(listed.appId ?? ''),
    displayName: oneLine(listed.displayName ?? ''),
    // Newer identity types share the collection: label them, never pass them off as applications.
    objectType: type !== undefined && type !== ownType ? type.replace(/^#microsoft\.graph\./, '') : undefined,
    certificates: (listed.keyCredentials ?? []).map(credentialWindow),
    secrets: (listed.passwordCredentials ?? []).map(credentialWindow),
  }
}

/** Names come from the directory, where anyone who may edit an app can write anything: one line, always. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
}

function credentialWindow(credential: ListedCredential): CredentialWindow {
  return { keyId: credential.keyId ?? '', start: seconds(credential.startDateTime), end: seconds(credential.endDateTime) }
}

function seconds(text: string | null | undefined): number | undefined {
  if (!text) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.floor(at / 1000)
}
