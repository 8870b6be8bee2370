/**
 * Applications and service principals (Graph v1.0, REFERENCE §2): reading keyCredentials with
 * $select, addKey / removeKey with a proof of possession, and PATCH of the whole keyCredentials
 * list (the only way to add a first certificate).
 */
import { randomUUID, X509Certificate } from 'node:crypto'
import { graphDate, subjectDisplayName, thumbprintHex, validity } from '../certificates.js'
import { isStrictBase64 } from '../encoding.js'
import { Refusal, type Reply, type RequestContext } from '../http.js'
import type { EmulatorState } from '../state.js'
import type { EmulatedApplication, KeyCredential, PasswordCredential } from '../types.js'
import { hasAnyRole, insufficientPrivileges, type Caller } from './auth.js'
import { badRequest, graphError, graphNoContent, graphOk, methodNotAllowed, readJsonBody, segmentNotFound, undeclaredParameter, type JsonObject } from './common.js'
import { DIRECTORY_PAGING, pageOf } from './paging.js'
import { verifyProof } from './proof.js'
import { keyCredentialsThrottle } from './throttle.js'

export type DirectoryKind = 'application' | 'servicePrincipal'
export type ObjectRef = { objectId: string; appId?: undefined } | { appId: string; objectId?: undefined }

const READ_ROLES = ['Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', 'Directory.Read.All', 'Directory.ReadWrite.All']
const WRITE_ROLES = ['Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', 'Directory.ReadWrite.All']
const SELECTABLE = ['id', 'appId', 'displayName', 'keyCredentials', 'passwordCredentials'] as const
type Selectable = (typeof SELECTABLE)[number]

const collection = (kind: DirectoryKind): string => (kind === 'application' ? 'applications' : 'servicePrincipals')

function notFound(ctx: RequestContext, ref: ObjectRef): Reply {
  const id = ref.objectId ?? `appId='${ref.appId}'`
  return graphError(ctx, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`)
}

function malformedProof(ctx: RequestContext, reason: string): Reply {
  return graphError(ctx, 401, 'Authentication_MissingOrMalformed', 'Access Token missing or malformed.', reason)
}

/** The keyCredential as Graph shows it; `key` only when asked for with $select. */
function renderCredential(k: KeyCredential, withKey: boolean): Record<string, unknown> {
  return {
    customKeyIdentifier: k.customKeyIdentifier,
    displayName: k.displayName,
    endDateTime: k.endDateTime,
    key: withKey ? k.key : null,
    keyId: k.keyId,
    startDateTime: k.startDateTime,
    type: k.type,
    usage: k.usage,
  }
}

/** A passwordCredential as Graph lists it: never the secret itself. */
function renderPassword(p: PasswordCredential): Record<string, unknown> {
  return { customKeyIdentifier: null, displayName: p.displayName, endDateTime: p.endDateTime, hint: p.hint, keyId: p.keyId, secretText: null, startDateTime: p.startDateTime }
}

function parseSelect(ctx: RequestContext, kind: DirectoryKind): Selectable[] | undefined | Refusal {
  const raw = ctx.url.searchParams.get('$select')
  if (raw === null) return undefined
  const fields = raw.split(',').map((f) => f.trim()).filter(Boolean)
  const unknown = fields.find((f) => !(SELECTABLE as readonly string[]).includes(f))
  if (unknown !== undefined) {
    return new Refusal(badRequest(ctx, `Parsing OData Select and Expand failed: Could not find a property named '${unknown}' on type 'microsoft.graph.${kind}'.`))
  }
  return fields as Selectable[]
}

function render(state: EmulatorState, kind: DirectoryKind, obj: EmulatedApplication, select: Selectable[] | undefined, single: boolean): Record<string, unknown> {
  const fields = select ?? SELECTABLE
  const out: Record<string, unknown> = {}
  if (single) out['@odata.context'] = `${state.url}/v1.0/$metadata#${collection(kind)}${select ? `(${select.join(',')})` : ''}/$entity`
  if (obj.odataType !== undefined) out['@odata.type'] = obj.odataType
  for (const f of fields) {
    if (f === 'id') out['id'] = obj.objectId
    else if (f === 'appId') out['appId'] = obj.appId
    else if (f === 'displayName') out['displayName'] = obj.displayName
    else if (f === 'passwordCredentials') out['passwordCredentials'] = obj.passwordCredentials.map(renderPassword)
    // Graph returns the certificate itself only to a $select on one object, never in a list.
    else out['keyCredentials'] = obj.keyCredentials.map((k) => renderCredential(k, select !== undefined && single))
  }
  return out
}

export async function applicationsRoute(state: EmulatorState, ctx: RequestContext, caller: Caller, kind: DirectoryKind, ref: ObjectRef | undefined, rest: string[]): Promise<Reply> {
  if (ref === undefined) {
    if (ctx.method !== 'GET') return methodNotAllowed(ctx, ['GET'], collection(kind))
    if (!hasAnyRole(caller, READ_ROLES)) return insufficientPrivileges(ctx, READ_ROLES)
    const select = parseSelect(ctx, kind)
    if (select instanceof Refusal) return select.reply
    const throttled = keyCredentialsThrottle(state, ctx, select)
    if (throttled) return throttled
    const all = kind === 'application' ? state.directory.applications : state.directory.servicePrincipals
    const page = pageOf(ctx, state.url, [...all.values()], DIRECTORY_PAGING)
    if (page instanceof Refusal) return page.reply
    return graphOk(200, {
      '@odata.context': `${state.url}/v1.0/$metadata#${collection(kind)}${select ? `(${select.join(',')})` : ''}`,
      value: page.value.map((o) => render(state, kind, o, select, false)),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    })
  }

  const target = state.directory.find(kind, ref)
  const isSelf = target !== undefined && caller.appId.toLowerCase() === target.appId.toLowerCase()
  /** Authorisation first, as Graph does; a missing object is 404 only to a caller who may look. */
  const authorise = (roles: readonly string[], selfAllowed: boolean): Reply | undefined => {
    if (isSelf && selfAllowed) return undefined
    if (!hasAnyRole(caller, roles)) return insufficientPrivileges(ctx, roles)
    return target ? undefined : notFound(ctx, ref)
  }

  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      const denied = authorise(READ_ROLES, true)
      if (denied) return denied
      const select = parseSelect(ctx, kind)
      if (select instanceof Refusal) return select.reply
      const throttled = keyCredentialsThrottle(state, ctx, select)
      if (throttled) return throttled
      return graphOk(200, render(state, kind, target as EmulatedApplication, select, true))
    }
    if (ctx.method === 'PATCH') return (authorise(WRITE_ROLES, false) ?? patchKeyCredentials(state, ctx, kind, target as EmulatedApplication))
    return methodNotAllowed(ctx, ['GET', 'PATCH'], collection(kind))
  }
  const [action, ...more] = rest as [string, ...string[]]
  if (more.length > 0) return segmentNotFound(ctx, more[0] as string)
  if (action !== 'addKey' && action !== 'removeKey') return segmentNotFound(ctx, action)
  if (ctx.method !== 'POST') return methodNotAllowed(ctx, ['POST'], action)
  // An application needs no permission to roll its own keys: the proof is the authorisation.
  const denied = authorise(WRITE_ROLES, true)
  if (denied) return denied
  const obj = target as EmulatedApplication
  return action === 'addKey' ? addKey(state, ctx, obj) : removeKey(state, ctx, obj)
}

/** Parses a certificate given as strict base64 DER, or says why not. */
function readCertificate(ctx: RequestContext, key: unknown, where: string): X509Certificate | Refusal {
  if (typeof key !== 'string' || !isStrictBase64(key)) return new Refusal(badRequest(ctx, `${where}: 'key' must be the base64 of a DER certificate.`))
  const der = Buffer.from(key, 'base64')
  try {
    const cert = new X509Certificate(der)
    if (cert.raw.length !== der.length) return new Refusal(badRequest(ctx, `${where}: 'key' has trailing data after the DER certificate.`))
    return cert
  } catch {
    return new Refusal(badRequest(ctx, `${where}: 'key' is not a DER-encoded X.509 certificate.`))
  }
}

function duplicate(ctx: RequestContext, thumbprint: string): Reply {
  return graphError(ctx, 400, 'Request_BadRequest', `A key credential with the same certificate (thumbprint ${thumbprint}) already exists on this object.`)
}

async function addKey(state: EmulatorState, ctx: RequestContext, target: EmulatedApplication): Promise<Reply> {
  const body = readJsonBody(ctx)
  if (body instanceof Refusal) return body.reply
  const undeclared = undeclaredParameter(ctx, body, ['keyCredential', 'passwordCredential', 'proof'], 'addKey')
  if (undeclared) return undeclared
  for (const required of ['keyCredential', 'passwordCredential', 'proof']) {
    if (!(required in body)) return badRequest(ctx, `The parameter '${required}' is missing from the request payload of 'addKey'${required === 'passwordCredential' ? ' (send "passwordCredential": null)' : ''}.`)
  }
  const kc = body['keyCredential']
  if (typeof kc !== 'object' || kc === null || Array.isArray(kc)) return badRequest(ctx, "'keyCredential' must be an object.")
  const credential = kc as JsonObject
  const extra = Object.keys(credential).find((k) => !['type', 'usage', 'key', 'displayName'].includes(k))
  if (extra !== undefined) return badRequest(ctx, `The property '${extra}' of 'keyCredential' is not accepted by addKey.`)
  if (credential['type'] !== 'AsymmetricX509Cert' || credential['usage'] !== 'Verify') {
    return badRequest(ctx, "keyCredential: the emulator supports type 'AsymmetricX509Cert' with usage 'Verify' only.", `type ${JSON.stringify(credential['type'])} usage ${JSON.stringify(credential['usage'])}`)
  }
  if (body['passwordCredential'] !== null) return badRequest(ctx, "'passwordCredential' must be null for an AsymmetricX509Cert key.")
  const displayName = credential['displayName']
  if (displayName !== undefined && displayName !== null && typeof displayName !== 'string') return badRequest(ctx, "keyCredential: 'displayName' must be a string.")
  const cert = readCertificate(ctx, credential['key'], 'keyCredential')
  if (cert instanceof Refusal) return cert.reply

  const proof = verifyProof(body['proof'], target, state.now())
  if (!proof.ok) return malformedProof(ctx, proof.reason)

  const thumbprint = thumbprintHex(cert)
  if (target.keyCredentials.some((k) => k.customKeyIdentifier.toUpperCase() === thumbprint)) return duplicate(ctx, thumbprint)
  const { notBefore, notAfter } = validity(cert)
  if (notAfter <= state.now()) {
    return graphError(ctx, 400, 'KeyCredentialsInvalidEndDate', 'Key credential end date is invalid.', `the new certificate expired at ${notAfter.toISOString()}`)
  }
  const added: KeyCredential = {
    keyId: randomUUID(),
    customKeyIdentifier: thumbprint,
    displayName: typeof displayName === 'string' ? displayName : subjectDisplayName(cert),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    startDateTime: graphDate(notBefore),
    endDateTime: graphDate(notAfter),
    key: cert.raw.toString('base64'),
  }
  target.keyCredentials.push(added)
  return graphOk(200, { '@odata.context': `${state.url}/v1.0/$metadata#microsoft.graph.keyCredential`, ...renderCredential(added, false) })
}

async function removeKey(state: EmulatorState, ctx: RequestContext, target: EmulatedApplication): Promise<Reply> {
  const body = readJsonBody(ctx)
  if (body instanceof Refusal) return body.reply
  const undeclared = undeclaredParameter(ctx, body, ['keyId', 'proof'], 'removeKey')
  if (undeclared) return undeclared
  const keyId = body['keyId']
  if (typeof keyId !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(keyId)) {
    return badRequest(ctx, "The parameter 'keyId' must be a GUID.")
  }
  const proof = verifyProof(body['proof'], target, state.now())
  if (!proof.ok) return malformedProof(ctx, proof.reason)
  const index = target.keyCredentials.findIndex((k) => k.keyId.toLowerCase() === keyId.toLowerCase())
  if (index < 0) return graphError(ctx, 404, 'Request_ResourceNotFound', `No key credential with keyId '${keyId}' exists on this object.`)
  target.keyCredentials.splice(index, 1)
  return graphNoContent()
}

const PATCH_CREDENTIAL_FIELDS = ['keyId', 'type', 'usage', 'key', 'displayName', 'startDateTime', 'endDateTime', 'customKeyIdentifier']

/**
 * PATCH { keyCredentials: [...] } replaces the list. An entry naming an existing keyId with no
 * `key` keeps that credential (what clients send back after a GET without the key).
 */
async function patchKeyCredentials(state: EmulatorState, ctx: RequestContext, kind: DirectoryKind, target: EmulatedApplication): Promise<Reply> {
  const body = readJsonBody(ctx)
  if (body instanceof Refusal) return body.reply
  const extra = Object.keys(body).find((k) => k !== 'keyCredentials' && k !== 'displayName')
  if (extra !== undefined) return badRequest(ctx, `The emulator does not update '${extra}' on a ${kind}; send keyCredentials and/or displayName.`)
  if (body['displayName'] !== undefined && typeof body['displayName'] !== 'string') return badRequest(ctx, "'displayName' must be a string.")
  const list = body['keyCredentials']
  let next: KeyCredential[] | undefined
  if (list !== undefined) {
    if (!Array.isArray(list)) return badRequest(ctx, "'keyCredentials' must be an array.")
    next = []
    for (const [i, raw] of list.entries()) {
      const where = `keyCredentials[${i}]`
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return badRequest(ctx, `${where} must be an object.`)
      const entry = raw as JsonObject
      const unknown = Object.keys(entry).find((k) => !PATCH_CREDENTIAL_FIELDS.includes(k))
      if (unknown !== undefined) return badRequest(ctx, `${where}: the property '${unknown}' does not exist on type 'microsoft.graph.keyCredential'.`)
      const existing = typeof entry['keyId'] === 'string' ? target.keyCredentials.find((k) => k.keyId.toLowerCase() === (entry['keyId'] as string).toLowerCase()) : undefined
      if (existing && (entry['key'] === undefined || entry['key'] === null)) {
        next.push(existing)
        continue
      }
      const made = credentialFromPatch(ctx, entry, where)
      if (made instanceof Refusal) return made.reply
      if (next.some((k) => k.customKeyIdentifier === made.customKeyIdentifier)) return duplicate(ctx, made.customKeyIdentifier)
      next.push(made)
    }
  }
  if (next) target.keyCredentials = next
  if (typeof body['displayName'] === 'string') target.displayName = body['displayName']
  return graphNoContent()
}

function credentialFromPatch(ctx: RequestContext, entry: JsonObject, where: string): KeyCredential | Refusal {
  if (entry['type'] !== 'AsymmetricX509Cert' || entry['usage'] !== 'Verify') {
    return new Refusal(badRequest(ctx, `${where}: the emulator supports type 'AsymmetricX509Cert' with usage 'Verify' only.`))
  }
  const cert = readCertificate(ctx, entry['key'], where)
  if (cert instanceof Refusal) return cert
  const { notBefore, notAfter } = validity(cert)
  const date = (name: string, fallback: Date): Date | Refusal => {
    const v = entry[name]
    if (v === undefined || v === null) return fallback
    const d = typeof v === 'string' ? new Date(v) : new Date(NaN)
    return Number.isNaN(d.getTime()) ? new Refusal(badRequest(ctx, `${where}: '${name}' is not an ISO 8601 date-time.`)) : d
  }
  const start = date('startDateTime', notBefore)
  if (start instanceof Refusal) return start
  const end = date('endDateTime', notAfter)
  if (end instanceof Refusal) return end
  // Graph compares at second precision; certificates carry no milliseconds.
  if (end.getTime() > notAfter.getTime() + 999 || start.getTime() < notBefore.getTime() || end <= start) {
    return new Refusal(graphError(ctx, 400, 'KeyCredentialsInvalidEndDate', 'Key credential end date is invalid.', `${where}: ${start.toISOString()}..${end.toISOString()} is not within the certificate's validity ${notBefore.toISOString()}..${notAfter.toISOString()}`))
  }
  const keyId = entry['keyId']
  if (keyId !== undefined && (typeof keyId !== 'string' || !/^[0-9a-f-]{36}$/i.test(keyId))) return new Refusal(badRequest(ctx, `${where}: 'keyId' must be a GUID.`))
  const displayName = entry['displayName']
  return {
    keyId: typeof keyId === 'string' ? keyId : randomUUID(),
    customKeyIdentifier: thumbprintHex(cert),
    displayName: typeof displayName === 'string' ? displayName : subjectDisplayName(cert),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    startDateTime: graphDate(start),
    endDateTime: graphDate(end),
    key: cert.raw.toString('base64'),
  }
}
