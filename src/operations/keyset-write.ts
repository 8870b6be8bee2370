/**
 * The flow every key-writing operation shares: decide whether a write is due, make sure the
 * keyset exists at the least cost, write once, and turn B2C's refusals into explanations.
 *
 * Costs in Graph requests (the token request aside):
 *   plain write: 1 into an existing keyset, 3 into a missing one (write, create, write)
 *   rotate-if-expiring-within: 1 when not due (read), 2 when due (read, write), 3 when the keyset is missing
 */
import { ActionableError } from '../errors.js'
import { GraphError } from '../graph/errors.js'
import { KeysetsApi, isKeysetExisting, isKeysetMissing, type TrustFrameworkKey, type TrustFrameworkKeySet } from '../graph/keysets.js'
import type { KeysetWrite } from '../settings.js'
import { addDuration } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { activeKeyAt, describeKey, thumbprintOfKey } from './key-facts.js'
import { capitalise, iso, isoSeconds } from './wording.js'
import { capList } from '../log-safety.js'

export interface KeyWrite {
  /** What it writes, for messages: "a secret (oct, sig)". */
  what: string
  actionTaken: 'uploaded' | 'generated'
  /** The kind of key it adds; a keyset holds one kty and one use. `use` is undefined when the service decides it. */
  kty: 'RSA' | 'oct'
  use: 'sig' | 'enc' | undefined
  /** Validity the request asks for, for the plan. */
  planned: { notBefore: number | undefined; expires: number | undefined }
  thumbprint?: string
  send(api: KeysetsApi, keysetId: string): Promise<TrustFrameworkKey>
}

const CONFLICT_CODES = ['AADB2C95032', 'AADB2C95042']

export async function writeKey(context: OperationContext, target: KeysetWrite, write: KeyWrite): Promise<Result> {
  const api = new KeysetsApi(context.graph)
  if (target.rotateWithin === undefined && !context.dryRun) return writeFirst(api, target, write)

  // Rotation and dry runs read the keyset once: existence, every key's type, the active key, and
  // any key a previous run added that has not started yet, all from one request.
  const now = context.now()
  const keyset = await readKeyset(api, target.keysetId)
  const active = keyset && activeKeyAt(keyset.keys, now)
  if (keyset) refuseConflict(target.keysetId, keyset.keys, write)
  if (target.rotateWithin !== undefined) {
    const due = addDuration(now, target.rotateWithin)
    const covering = keyset && activeKeyAt(keyset.keys, due)
    if (covering) return notDue(target.keysetId, covering, active, due, write, context.dryRun)
  }
  if (!keyset && !target.createIfMissing) throw missingKeyset(target.keysetId)
  if (context.dryRun) return plan(target.keysetId, keyset !== undefined, active, write)
  const created = keyset ? false : await ensureKeyset(api, target.keysetId)
  return written(target.keysetId, await send(api, target.keysetId, write), write, created, active)
}

/** The common case costs one request: write, and only a "no such keyset" answer leads to create. */
async function writeFirst(api: KeysetsApi, target: KeysetWrite, write: KeyWrite): Promise<Result> {
  try {
    return written(target.keysetId, await send(api, target.keysetId, write), write, false, undefined)
  } catch (error) {
    if (!isKeysetMissing(error)) throw error
    if (!target.createIfMissing) throw missingKeyset(target.keysetId)
  }
  const created = await ensureKeyset(api, target.keysetId)
  return written(target.keysetId, await send(api, target.keysetId, write), write, created, undefined)
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

export async function readKeyset(api: KeysetsApi, keysetId: string): Promise<TrustFrameworkKeySet | undefined> {
  try {
    return await api.get(keysetId)
  } catch (error) {
    if (isKeysetMissing(error)) return undefined
    throw error
  }
}

function notDue(
  keysetId: string,
  covering: TrustFrameworkKey,
  active: TrustFrameworkKey | undefined,
  due: Date,
  write: KeyWrite,
  dryRun: boolean,
): Result {
  const until = covering.exp === undefined ? 'never expires' : `is valid until ${isoSeconds(covering.exp)}`
  const which = covering === active ? `the active key of ${keysetId}, ${covering.kid},` : `key ${covering.kid} of ${keysetId}, added earlier and active from ${isoSeconds(covering.nbf ?? 0)},`
  return {
    actionTaken: 'skipped',
    detail: `${dryRun ? 'Dry run: ' : ''}Not due: ${which} ${until}, past ${iso(due)}; did not ${phrase(write)}.`,
    kid: covering.kid,
    keysetId,
    notBefore: covering.nbf,
    expires: covering.exp,
    thumbprint: thumbprintOfKey(covering),
    previousKid: active?.kid,
  }
}

function plan(keysetId: string, exists: boolean, active: TrustFrameworkKey | undefined, write: KeyWrite): Result {
  const steps = exists ? phrase(write) : `create keyset ${keysetId}, then ${phrase(write)}`
  return {
    actionTaken: 'planned',
    detail: `Dry run: would ${steps} in ${keysetId}${active ? `, after the active key ${describeKey(active)}` : ''}. Nothing was written.`,
    keysetId,
    notBefore: write.planned.notBefore,
    expires: write.planned.expires,
    thumbprint: write.thumbprint,
    previousKid: active?.kid,
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

/** "upload a secret (oct, sig)": the write as a plan. */
function phrase(write: KeyWrite): string {
  return `${write.actionTaken === 'generated' ? 'generate' : 'upload'} ${write.what}`
}

function refuseConflict(keysetId: string, keys: TrustFrameworkKey[], write: KeyWrite): void {
  const clash = keys.some((key) => key.kty !== write.kty || (write.use !== undefined && key.use !== write.use))
  if (clash) throw conflict(keysetId, keys, write)
}

function conflict(keysetId: string, keys: TrustFrameworkKey[], write: KeyWrite, cause?: GraphError): ActionableError {
  const held = keys.length === 0 ? 'no keys' : capList(keys.map(describeKey), '; ')
  const adds = `${write.kty}${write.use ? ` ${write.use}` : ''}`
  return new ActionableError(
    `Keyset ${keysetId} already holds ${held}. A keyset cannot mix RSA and oct keys, nor sig and enc keys, ` +
      `and this run would ${phrase(write)}, a ${adds} key. Write into another keyset, or set key-type/use to match.` +
      (cause ? ` (Graph: ${cause.code}${cause.requestId ? `, request-id ${cause.requestId}` : ''})` : ''),
  )
}

function missingKeyset(keysetId: string): ActionableError {
  return new ActionableError(
    `Keyset ${keysetId} does not exist in the tenant signed in to, and create-if-missing is 'false': check the keyset input and tenant-id, ` +
      'then create it (operation: create-keyset) or set create-if-missing: true.',
  )
}
