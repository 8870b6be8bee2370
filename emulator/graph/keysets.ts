/**
 * B2C policy keysets (Graph beta, /trustFramework/keySets), per REFERENCE §1. Writes to one keyset
 * are serialised: a write arriving while another is in flight gets 409 AADB2C95053, which only
 * happens when latency makes requests overlap.
 */
import { generateKeyPair, randomBytes, X509Certificate, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { sha1, validity } from '../certificates.js'
import { isStrictBase64, isStrictBase64Url } from '../encoding.js'
import { Refusal, type Reply, type RequestContext } from '../http.js'
import { KEYSET_READ, KEYSET_READ_WRITE, nowSeconds, type EmulatorState } from '../state.js'
import type { EmulatedKeyset, KeyType, KeyUse, StoredKey } from '../types.js'
import { hasAnyRole, insufficientPrivileges, type Caller } from './auth.js'
import { badRequest, graphError, graphNoContent, graphOk, methodNotAllowed, readJsonBody, segmentNotFound, undeclaredParameter, type JsonObject } from './common.js'
import {
  activeKey,
  checkNumericDate,
  conflictWith,
  findKeyset,
  normaliseKeysetId,
  parseKty,
  parseUse,
  publicKey,
  publicKeyset,
} from './keyset-rules.js'
import { pageOf } from './paging.js'
import { readPkcs12 } from './pkcs12.js'

const generateKeyPairAsync = promisify(generateKeyPair)

const KEYSET_ID_CHARS = /^[A-Za-z0-9_.-]+$/
const JWK_FIELDS = ['kid', 'use', 'kty', 'nbf', 'exp', 'e', 'n', 'x5c', 'x5t', 'k', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const

type KeyDraft = Omit<StoredKey, 'kid' | 'addedAt'> & { kid?: string }

function newKid(): string {
  return randomBytes(32).toString('base64url')
}

function context(state: EmulatorState, fragment: string): string {
  return `${state.url}/beta/$metadata#${fragment}`
}

function keysetNotFound(ctx: RequestContext, id: string): Reply {
  return graphError(ctx, 404, 'ResourceNotFound', `The keyset '${id}' was not found.`)
}

function keysetMissingForWrite(ctx: RequestContext, id: string): Reply {
  return graphError(ctx, 400, 'AADB2C95052', `The keyset '${id}' does not exist. Create it before adding keys to it.`)
}

/** Entry point for everything under /beta/trustFramework/keySets. `rest` = segments after keySets. */
export async function keysetsRoute(state: EmulatorState, ctx: RequestContext, caller: Caller, keysetId: string | undefined, rest: string[]): Promise<Reply> {
  const readRoles = [KEYSET_READ, KEYSET_READ_WRITE]
  const writeRoles = [KEYSET_READ_WRITE]
  const isRead = ctx.method === 'GET'
  if (!hasAnyRole(caller, isRead ? readRoles : writeRoles)) return insufficientPrivileges(ctx, isRead ? readRoles : writeRoles)

  if (keysetId === undefined) {
    if (ctx.method === 'GET') return listKeysets(state, ctx)
    if (ctx.method === 'POST') return createKeyset(state, ctx)
    return methodNotAllowed(ctx, ['GET', 'POST'], 'keySets')
  }
  if (rest.length === 0) {
    switch (ctx.method) {
      case 'GET': {
        const ks = findKeyset(state.keysets, keysetId)
        return ks ? graphOk(200, { '@odata.context': context(state, 'trustFramework/keySets/$entity'), ...publicKeyset(ks) }) : keysetNotFound(ctx, keysetId)
      }
      case 'PUT':
        return replaceKeyset(state, ctx, keysetId)
      case 'DELETE':
        return deleteKeyset(state, ctx, keysetId)
      default:
        return methodNotAllowed(ctx, ['GET', 'PUT', 'DELETE'], 'keySet')
    }
  }
  const [action, ...more] = rest as [string, ...string[]]
  if (more.length > 0) return segmentNotFound(ctx, more[0] as string)
  switch (action) {
    case 'getActiveKey':
      if (ctx.method !== 'GET') return methodNotAllowed(ctx, ['GET'], 'getActiveKey')
      return getActiveKey(state, ctx, keysetId)
    case 'generateKey':
    case 'uploadSecret':
    case 'uploadCertificate':
    case 'uploadPkcs12':
      if (ctx.method !== 'POST') return methodNotAllowed(ctx, ['POST'], action)
      return addKey(state, ctx, keysetId, action)
    default:
      return segmentNotFound(ctx, action)
  }
}

/** No paging is documented: one page unless `keysetPageSize` (or `$top`) asks for pages. */
function listKeysets(state: EmulatorState, ctx: RequestContext): Reply {
  const page = pageOf(ctx, state.url, [...state.keysets.values()], { defaultSize: state.keysetPageSize, maxSize: 999 })
  if (page instanceof Refusal) return page.reply
  return graphOk(200, {
    '@odata.context': context(state, 'trustFramework/keySets'),
    value: page.value.map(publicKeyset),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
  })
}

/**
 * Runs a write under the keyset's lock, after the request's latency. `id` must name an existing
 * keyset unless `mustExist` is false (create).
 */
async function underLock(state: EmulatorState, ctx: RequestContext, id: string, work: () => Reply | Promise<Reply>): Promise<Reply> {
  const lock = id.toLowerCase()
  if (state.keysetLocks.has(lock)) {
    await ctx.delay()
    return graphError(ctx, 409, 'AADB2C95053', `The keyset '${id}' is being modified by another request. Retry the request later.`)
  }
  state.keysetLocks.add(lock)
  try {
    await ctx.delay()
    return await work()
  } finally {
    state.keysetLocks.delete(lock)
  }
}

async function createKeyset(state: EmulatorState, ctx: RequestContext): Promise<Reply> {
  const body = readJsonBody(ctx)
  if (body instanceof Refusal) return body.reply
  const invalid = (why: string): Reply => badRequest(ctx, "The 'keySet' field is invalid in request. Please check the request body and parameters.", why)
  const keys = Object.keys(body)
  const extra = keys.find((k) => k !== 'id')
  if (extra !== undefined) return invalid(`create body has '${extra}'; only 'id' is accepted`)
  const rawId = body['id']
  if (typeof rawId !== 'string' || rawId.length === 0) return invalid("create body needs a non-empty string 'id'")
  if (!KEYSET_ID_CHARS.test(rawId)) return badRequest(ctx, `The keyset id '${rawId}' is invalid: use letters, digits, '_', '-' and '.'.`)
  const id = normaliseKeysetId(rawId)
  if (id.length === 'B2C_1A_'.length) return badRequest(ctx, `The keyset id '${rawId}' is invalid: it has nothing after the prefix.`)
  return underLock(state, ctx, id, () => {
    const existing = findKeyset(state.keysets, id)
    if (existing) return graphError(ctx, 409, 'AADB2C95028', `A keyset with id '${existing.id}' already exists.`)
    const keyset: EmulatedKeyset = { id, keys: [] }
    state.keysets.set(id, keyset)
    return graphOk(201, { '@odata.context': context(state, 'trustFramework/keySets/$entity'), ...publicKeyset(keyset) }, {
      Location: `/trustFramework/keySets('${id}')`,
    })
  })
}

async function deleteKeyset(state: EmulatorState, ctx: RequestContext, id: string): Promise<Reply> {
  return underLock(state, ctx, id, () => {
    const ks = findKeyset(state.keysets, id)
    if (!ks) return keysetNotFound(ctx, id)
    state.keysets.delete(ks.id)
    return graphNoContent()
  })
}

function getActiveKey(state: EmulatorState, ctx: RequestContext, id: string): Reply {
  const ks = findKeyset(state.keysets, id)
  if (!ks) return keysetNotFound(ctx, id)
  const key = activeKey(ks, nowSeconds(state))
  if (!key) return graphError(ctx, 404, state.noActiveKeyCode, `The keyset '${ks.id}' has no active key.`)
  return graphOk(200, { '@odata.context': `${state.url}/beta/$metadata#microsoft.graph.trustFrameworkKey`, ...publicKey(key) })
}

/** nbf / exp from a request body, checked together. */
function readValidity(ctx: RequestContext, body: JsonObject): { nbf?: number; exp?: number } | Refusal {
  const nbf = checkNumericDate('nbf', body['nbf'])
  if ('error' in nbf) return new Refusal(badRequest(ctx, nbf.error))
  const exp = checkNumericDate('exp', body['exp'])
  if ('error' in exp) return new Refusal(badRequest(ctx, exp.error))
  if (nbf.value !== undefined && exp.value !== undefined && exp.value <= nbf.value) {
    return new Refusal(badRequest(ctx, `'exp' (${exp.value}) must be later than 'nbf' (${nbf.value}).`))
  }
  return { ...(nbf.value !== undefined ? { nbf: nbf.value } : {}), ...(exp.value !== undefined ? { exp: exp.value } : {}) }
}

const DECLARED: Record<string, readonly string[]> = {
  generateKey: ['use', 'kty', 'nbf', 'exp'],
  uploadSecret: ['use', 'k', 'nbf', 'exp'],
  uploadCertificate: ['key'],
  uploadPkcs12: ['key', 'password'],
}

/** Turns the body of one of the four key-adding actions into a key to store (or a refusal). */
async function draftFromAction(state: EmulatorState, ctx: RequestContext, action: string, body: JsonObject): Promise<KeyDraft | Refusal> {
  const undeclared = undeclaredParameter(ctx, body, DECLARED[action] ?? [], action)
  if (undeclared) return new Refusal(undeclared)
  if (action === 'generateKey' || action === 'uploadSecret') {
    const use = parseUse(body['use'])
    if (!use) return new Refusal(badRequest(ctx, `The 'use' parameter must be 'sig' or 'enc', got ${JSON.stringify(body['use'])}.`))
    const dates = readValidity(ctx, body)
    if (dates instanceof Refusal) return dates
    if (action === 'uploadSecret') {
      const k = body['k']
      if (typeof k !== 'string' || k.length === 0) return new Refusal(badRequest(ctx, "The 'k' parameter (the secret) must be a non-empty string."))
      return { use, kty: 'oct', ...dates, k: Buffer.from(k, 'utf8').toString('base64url') }
    }
    const kty = parseKty(body['kty'])
    if (!kty) return new Refusal(badRequest(ctx, `The 'kty' parameter must be 'RSA' or 'oct', got ${JSON.stringify(body['kty'])}.`))
    if (kty === 'oct') return { use, kty, ...dates, k: randomBytes(64).toString('base64url') }
    const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 })
    return { use, kty, ...dates, ...rsaParts(privateKey) }
  }
  const key = body['key']
  if (typeof key !== 'string' || !isStrictBase64(key)) {
    return new Refusal(badRequest(ctx, "The 'key' parameter must be base64 (standard alphabet, padded, no line breaks).", `'key' is not strict base64`))
  }
  const der = Buffer.from(key, 'base64')
  if (action === 'uploadCertificate') {
    let cert: X509Certificate
    try {
      cert = new X509Certificate(der)
    } catch {
      return new Refusal(badRequest(ctx, 'The certificate could not be read: send the base64 of a DER-encoded X.509 certificate.', 'key is not a DER certificate'))
    }
    if (cert.raw.length !== der.length) return new Refusal(badRequest(ctx, 'The certificate could not be read: trailing data after the DER certificate.'))
    if (cert.publicKey.asymmetricKeyType !== 'rsa') return new Refusal(badRequest(ctx, 'Only RSA certificates are supported.'))
    return certificateDraft(cert)
  }
  const password = body['password']
  if (typeof password !== 'string') return new Refusal(badRequest(ctx, "The 'password' parameter must be a string."))
  const outcome = await readPkcs12(der, password, state.acceptAesPkcs12)
  if (!outcome.ok) {
    if (outcome.kind === 'password' || outcome.kind === 'aes') {
      return new Refusal(graphError(ctx, 400, 'AADB2C90213', 'The provided PKCS12 password is incorrect or the PKCS12 could not be opened with it.', outcome.detail))
    }
    return new Refusal(badRequest(ctx, `The PKCS12 could not be read: ${outcome.kind === 'no-key' ? outcome.detail : 'not a PKCS12 file'}.`, outcome.detail))
  }
  if (outcome.privateKey.asymmetricKeyType !== 'rsa') return new Refusal(badRequest(ctx, 'Only RSA keys are supported.'))
  return { ...certificateDraft(outcome.certificate), ...privateParts(outcome.privateKey) }
}

function rsaParts(privateKey: KeyObject): Pick<StoredKey, 'n' | 'e' | 'd' | 'p' | 'q' | 'dp' | 'dq' | 'qi'> {
  const jwk = privateKey.export({ format: 'jwk' })
  return { n: jwk.n, e: jwk.e, d: jwk.d, p: jwk.p, q: jwk.q, dp: jwk.dp, dq: jwk.dq, qi: jwk.qi }
}

function privateParts(privateKey: KeyObject): Pick<StoredKey, 'd' | 'p' | 'q' | 'dp' | 'dq' | 'qi'> {
  const { d, p, q, dp, dq, qi } = rsaParts(privateKey)
  return { d, p, q, dp, dq, qi }
}

/** A certificate key: nbf/exp from its validity, use sig (Graph's upload actions take no use). */
function certificateDraft(cert: X509Certificate): KeyDraft {
  const { notBefore, notAfter } = validity(cert)
  const jwk = cert.publicKey.export({ format: 'jwk' })
  return {
    use: 'sig',
    kty: 'RSA',
    nbf: Math.floor(notBefore.getTime() / 1000),
    exp: Math.floor(notAfter.getTime() / 1000),
    n: jwk.n,
    e: jwk.e,
    x5c: [cert.raw.toString('base64')],
    x5t: sha1(cert.raw).toString('base64url'),
  }
}

function store(state: EmulatorState, keyset: EmulatedKeyset, draft: KeyDraft): StoredKey {
  const key: StoredKey = { ...draft, kid: draft.kid ?? newKid(), addedAt: state.now() }
  // Drop undefined members so that stored keys compare and serialise cleanly.
  for (const f of Object.keys(key) as (keyof StoredKey)[]) if (key[f] === undefined) delete key[f]
  keyset.keys.push(key)
  return key
}

async function addKey(state: EmulatorState, ctx: RequestContext, id: string, action: string): Promise<Reply> {
  const body = readJsonBody(ctx)
  if (body instanceof Refusal) return body.reply
  const draft = await draftFromAction(state, ctx, action, body)
  if (draft instanceof Refusal) return draft.reply
  return underLock(state, ctx, id, () => {
    const ks = findKeyset(state.keysets, id)
    if (!ks) return keysetMissingForWrite(ctx, id)
    const conflict = conflictWith(ks, draft.kty, draft.use)
    if (conflict) return graphError(ctx, 400, conflict.code, conflict.message)
    const key = store(state, ks, draft)
    return graphOk(200, { '@odata.context': `${state.url}/beta/$metadata#microsoft.graph.trustFrameworkKey`, ...publicKey(key) })
  })
}

/** PUT replaces the whole key list with JWKs given in full (secret parts included). */
async function replaceKeyset(state: EmulatorState, ctx: RequestContext, id: string): Promise<Reply> {
  const body = readJsonBody(ctx)
  if (body instanceof Refusal) return body.reply
  const extra = Object.keys(body).find((k) => k !== 'keys' && k !== 'id')
  if (extra !== undefined) return badRequest(ctx, `The property '${extra}' does not exist on type 'microsoft.graph.trustFrameworkKeySet'.`)
  if (body['id'] !== undefined && (typeof body['id'] !== 'string' || normaliseKeysetId(body['id']).toLowerCase() !== normaliseKeysetId(id).toLowerCase())) {
    return badRequest(ctx, `The 'id' in the body does not match the keyset '${id}' in the URL.`)
  }
  const rawKeys = body['keys']
  if (!Array.isArray(rawKeys)) return badRequest(ctx, "The 'keys' property must be an array of trustFrameworkKey.")
  const drafts: KeyDraft[] = []
  for (const [i, raw] of rawKeys.entries()) {
    const draft = jwkDraft(ctx, raw, i)
    if (draft instanceof Refusal) return draft.reply
    drafts.push(draft)
  }
  return underLock(state, ctx, id, () => {
    const ks = findKeyset(state.keysets, id)
    if (!ks) return keysetMissingForWrite(ctx, id)
    const replacement: EmulatedKeyset = { id: ks.id, keys: [] }
    for (const draft of drafts) {
      const conflict = conflictWith(replacement, draft.kty, draft.use)
      if (conflict) return graphError(ctx, 400, conflict.code, conflict.message)
      store(state, replacement, draft)
    }
    ks.keys = replacement.keys
    return graphOk(200, { '@odata.context': context(state, 'trustFramework/keySets/$entity'), ...publicKeyset(ks) })
  })
}

/** Validates one JWK of a PUT body. */
function jwkDraft(ctx: RequestContext, raw: unknown, index: number): KeyDraft | Refusal {
  const fail = (message: string, code = 'BadRequest'): Refusal => new Refusal(graphError(ctx, 400, code, `keys[${index}]: ${message}`))
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('must be a JSON object.')
  const jwk = raw as JsonObject
  const extra = Object.keys(jwk).find((k) => !(JWK_FIELDS as readonly string[]).includes(k))
  if (extra !== undefined) return fail(`the property '${extra}' does not exist on type 'microsoft.graph.trustFrameworkKey'.`)
  const kty: KeyType | undefined = parseKty(jwk['kty'])
  if (!kty) return fail("'kty' must be 'RSA' or 'oct'.")
  const use: KeyUse | undefined = parseUse(jwk['use'])
  if (!use) return fail("'use' must be 'sig' or 'enc'.")
  const dates = readValidity(ctx, jwk)
  if (dates instanceof Refusal) return dates
  const draft: KeyDraft = { kty, use, ...dates }
  if (typeof jwk['kid'] === 'string' && jwk['kid'].length > 0) draft.kid = jwk['kid']
  for (const f of ['k', 'e', 'n', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x5t'] as const) {
    const v = jwk[f]
    if (v === undefined || v === null) continue
    if (typeof v !== 'string' || !isStrictBase64Url(v) || v.length === 0) {
      return fail(`'${f}' is not a valid base64url string.`, f === 'k' ? 'AADB2C95029' : 'BadRequest')
    }
    draft[f] = v
  }
  if (jwk['x5c'] !== undefined && jwk['x5c'] !== null) {
    const x5c = jwk['x5c']
    if (!Array.isArray(x5c) || !x5c.every((c): c is string => typeof c === 'string' && isStrictBase64(c))) return fail("'x5c' must be an array of base64 DER certificates.")
    draft.x5c = x5c
  }
  if (kty === 'oct' && draft.k === undefined) return fail("an 'oct' key needs 'k'.", 'AADB2C95029')
  if (kty === 'RSA' && (draft.n === undefined || draft.e === undefined)) return fail("an 'RSA' key needs 'n' and 'e'.")
  return draft
}
