/**
 * The flow every key-writing operation shares: decide whether a write is due, make sure the
 * keyset exists at the least cost, write once, and turn B2C's refusals into explanations.
 *
 * Costs in Graph requests (the token request aside):
 *   existing keyset: 1 (write) · missing keyset: 3 (write, create, write)
 *   rotate-if-expiring-within: 1 when not due, 2 when due, 3 when the keyset is missing
 */
import { ActionableError } from '../errors.js'
import { GraphError } from '../graph/errors.js'
import { KeysetsApi, isKeysetExisting, isKeysetMissing, type TrustFrameworkKey } from '../graph/keysets.js'
import type { KeysetWrite } from '../settings.js'
import { addDuration } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { describeKey, expiresAfter, isoSeconds } from './key-facts.js'

export interface KeyWrite {
  /** What it writes, for messages: "a secret (oct, sig)". */
  what: string
  actionTaken: 'uploaded' | 'generated'
  /** The kind of key it adds; a keyset holds one kty and one use. `use` is undefined when the service decides it. */
  kty: 'RSA' | 'oct'
  use: 'sig' | 'enc' | undefined
  /** Validity the request asks for, for the plan; undefined when the key material decides it. */
  planned?: { notBefore: number | undefined; expires: number | undefined }
  thumbprint?: string
  send(api: KeysetsApi, keysetId: string): Promise<TrustFrameworkKey>
}

const CONFLICT_CODES = ['AADB2C95032', 'AADB2C95042']

export async function writeKey(context: OperationContext, target: KeysetWrite, write: KeyWrite): Promise<Result> {
  const api = new KeysetsApi(context.graph)
  if (context.dryRun) return planWrite(context, api, target, write)

  let keysetState: 'exists' | 'unknown' | 'missing' = 'unknown'
  let previous: TrustFrameworkKey | undefined
  if (target.rotateWithin) {
    const active = await readActiveKey(api, target.keysetId)
    if (active.key) {
      const due = addDuration(context.now(), target.rotateWithin)
      if (expiresAfter(active.key, due)) return notDue(target.keysetId, active.key, due, write)
      refuseConflict(target.keysetId, [active.key], write)
      previous = active.key
      keysetState = 'exists'
    } else {
      keysetState = active.keysetMissing ? 'missing' : 'unknown'
    }
  }

  // With a rotation read that found nothing, creating first saves the failed write.
  const createFirst = keysetState !== 'exists' && target.rotateWithin !== undefined && target.createIfMissing
  const created = createFirst ? await ensureKeyset(api, target.keysetId) : false
  const { key, createdNow } = await sendCreatingIfMissing(api, target, write, created)
  return written(target.keysetId, key, write, created || createdNow, previous)
}

async function sendCreatingIfMissing(
  api: KeysetsApi,
  target: KeysetWrite,
  write: KeyWrite,
  alreadyEnsured: boolean,
): Promise<{ key: TrustFrameworkKey; createdNow: boolean }> {
  try {
    return { key: await send(api, target.keysetId, write), createdNow: false }
  } catch (error) {
    if (alreadyEnsured || !isKeysetMissing(error)) throw error
    if (!target.createIfMissing) throw missingKeyset(target.keysetId)
  }
  const createdNow = await ensureKeyset(api, target.keysetId)
  return { key: await send(api, target.keysetId, write), createdNow }
}

async function send(api: KeysetsApi, keysetId: string, write: KeyWrite): Promise<TrustFrameworkKey> {
  try {
    return await write.send(api, keysetId)
  } catch (error) {
    if (error instanceof GraphError && error.hasCode(...CONFLICT_CODES)) {
      const keyset = await api.get(keysetId)
      throw conflict(keysetId, keyset.keys, write, error)
    }
    throw error
  }
}

/** Creates the keyset; returns false when it was already there (a re-run, or a concurrent job). */
export async function ensureKeyset(api: KeysetsApi, keysetId: string): Promise<boolean> {
  try {
    const created = await api.create(keysetId)
    if (created.id !== keysetId) {
      throw new ActionableError(`Graph created the keyset as '${created.id}' instead of '${keysetId}'; check the keyset input`)
    }
    return true
  } catch (error) {
    if (isKeysetExisting(error)) return false
    throw error
  }
}

interface ActiveKeyRead {
  key: TrustFrameworkKey | undefined
  /** True only when the service said so by code; a bare 404 may mean "no active key". */
  keysetMissing: boolean
}

export async function readActiveKey(api: KeysetsApi, keysetId: string): Promise<ActiveKeyRead> {
  try {
    return { key: await api.getActiveKey(keysetId), keysetMissing: false }
  } catch (error) {
    if (!isKeysetMissing(error)) throw error
    return { key: undefined, keysetMissing: error instanceof GraphError && error.hasCode('AADB2C95052') }
  }
}

async function planWrite(context: OperationContext, api: KeysetsApi, target: KeysetWrite, write: KeyWrite): Promise<Result> {
  const keyset = await readKeyset(api, target.keysetId)
  if (!keyset && !target.createIfMissing) throw missingKeyset(target.keysetId)
  if (keyset) refuseConflict(target.keysetId, keyset.keys, write)
  const active = keyset && keyset.keys.length > 0 ? (await readActiveKey(api, target.keysetId)).key : undefined
  if (target.rotateWithin && active) {
    const due = addDuration(context.now(), target.rotateWithin)
    if (expiresAfter(active, due)) return notDue(target.keysetId, active, due, write)
  }
  const steps = keyset ? phrase(write) : `create keyset ${target.keysetId}, then ${phrase(write)}`
  return {
    actionTaken: 'planned',
    detail: `Dry run: would ${steps} in ${target.keysetId}${active ? `, after ${describeKey(active)}` : ''}. Nothing was written.`,
    keysetId: target.keysetId,
    notBefore: write.planned?.notBefore,
    expires: write.planned?.expires,
    thumbprint: write.thumbprint,
    previousKid: active?.kid,
  }
}

async function readKeyset(api: KeysetsApi, keysetId: string) {
  try {
    return await api.get(keysetId)
  } catch (error) {
    if (isKeysetMissing(error)) return undefined
    throw error
  }
}

function notDue(keysetId: string, active: TrustFrameworkKey, due: Date, write: KeyWrite): Result {
  const until = active.exp === undefined ? 'never expires' : `expires ${isoSeconds(active.exp)}`
  return {
    actionTaken: 'skipped',
    detail: `Not due: the active key of ${keysetId}, ${active.kid}, ${until}, after ${due.toISOString()}; did not ${phrase(write)}.`,
    kid: active.kid,
    keysetId,
    notBefore: active.nbf,
    expires: active.exp,
    previousKid: active.kid,
  }
}

function written(keysetId: string, key: TrustFrameworkKey, write: KeyWrite, created: boolean, previous: TrustFrameworkKey | undefined): Result {
  const done = `${write.actionTaken} ${write.what}`
  return {
    actionTaken: write.actionTaken,
    detail: `${created ? `Created keyset ${keysetId} and ${done}` : capitalise(done)} into ${keysetId}: ${describeKey(key)}.`,
    kid: key.kid,
    keysetId,
    notBefore: key.nbf,
    expires: key.exp,
    thumbprint: write.thumbprint,
    previousKid: previous?.kid,
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "upload a secret (oct, sig)": the write as a plan. */
function phrase(write: KeyWrite): string {
  return `${write.actionTaken === 'generated' ? 'generate' : 'upload'} ${write.what}`
}

function refuseConflict(keysetId: string, keys: TrustFrameworkKey[], write: KeyWrite): void {
  const clash = keys.some((key) => key.kty !== write.kty || (write.use !== undefined && key.use !== write.use))
  if (clash) throw conflict(keysetId, keys, write)
}

function conflict(keysetId: string, keys: TrustFrameworkKey[], write: KeyWrite, cause?: GraphError): ActionableError {
  const held = keys.length === 0 ? 'no keys' : keys.map(describeKey).join('; ')
  const adds = `${write.kty}${write.use ? ` ${write.use}` : ''}`
  return new ActionableError(
    `Keyset ${keysetId} already holds ${held}. A keyset cannot mix RSA and oct keys, nor sig and enc keys, ` +
      `and this run would ${phrase(write)}, a ${adds} key. Write into another keyset, or set key-type/use to match.` +
      (cause ? ` (Graph: ${cause.code}${cause.requestId ? `, request-id ${cause.requestId}` : ''})` : ''),
  )
}

function missingKeyset(keysetId: string): ActionableError {
  return new ActionableError(
    `Keyset ${keysetId} does not exist and create-if-missing is 'false': create it first (operation: create-keyset) or set create-if-missing: true.`,
  )
}
