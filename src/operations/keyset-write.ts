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
import { addDuration, fromUnixSeconds, type Duration } from '../time.js'
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

/**
 * When a write is due. Single operations write on every run unless a rotation window is set;
 * apply writes an entry without a window only when the keyset has no usable key (valid now or
 * queued), and may also renew a secret after a period or skip a certificate already there.
 */
export interface DueRule {
  rotateWithin: Duration | undefined
  withoutWindow: 'always' | 'unless-usable'
  /** Also due when the keyset's newest key started longer ago than this (apply's `upload-again`). */
  renewAfter?: Duration | undefined
  /** A key with the certificate's thumbprint already in the keyset means nothing to do. */
  skipSameCertificate?: boolean
}

export type WriteDecision =
  | { due: false; keysetId: string; covering: TrustFrameworkKey; active: TrustFrameworkKey | undefined; why: string }
  | { due: true; keysetId: string; create: boolean; active: TrustFrameworkKey | undefined; why: string }

export async function writeKey(context: OperationContext, target: KeysetWrite, write: KeyWrite): Promise<Result> {
  const api = new KeysetsApi(context.graph)
  if (target.rotateWithin === undefined && !context.dryRun) return writeFirst(api, target, write)

  // Rotation and dry runs read the keyset once: existence, every key's type, the active key, and
  // any key a previous run added that has not started yet, all from one request.
  const keyset = await readKeyset(api, target.keysetId)
  const rule: DueRule = { rotateWithin: target.rotateWithin, withoutWindow: 'always' }
  const decision = decideWrite(target.keysetId, keyset, write, rule, context.now(), target.createIfMissing)
  if (!decision.due) return notDue(decision, write, context.dryRun)
  if (context.dryRun) return plan(decision, write)
  return carryOut(api, decision, write)
}

/**
 * The decision every keyset write makes from one read of the keyset (undefined: it does not
 * exist). Throws when the write would mix key types or uses, or the keyset is missing and may
 * not be created: refusals that must come before anything is written.
 */
export function decideWrite(
  keysetId: string,
  keyset: TrustFrameworkKeySet | undefined,
  write: KeyWrite,
  rule: DueRule,
  now: Date,
  createIfMissing: boolean,
): WriteDecision {
  const active = keyset && activeKeyAt(keyset.keys, now)
  if (keyset) refuseConflict(keysetId, keyset.keys, write)
  const judged = keyset ? judge(keyset.keys, write, rule, now) : { why: 'the keyset does not exist' }
  if (judged.covering) return { due: false, keysetId, active, covering: judged.covering, why: judged.why }
  if (!keyset && !createIfMissing) throw missingKeyset(keysetId)
  return { due: true, keysetId, create: !keyset, active, why: judged.why }
}

/** Whether the keys already there make the write unnecessary (`covering`), and why either way. */
function judge(keys: TrustFrameworkKey[], write: KeyWrite, rule: DueRule, now: Date): { covering?: TrustFrameworkKey; why: string } {
  const same = rule.skipSameCertificate && write.thumbprint !== undefined ? keys.find((key) => thumbprintOfKey(key) === write.thumbprint) : undefined
  if (same) return { covering: same, why: `certificate ${write.thumbprint} is already in the keyset as ${same.kid}` }
  const active = activeKeyAt(keys, now)
  if (rule.renewAfter !== undefined) {
    const newest = newestKey(keys)
    if (!newest || addDuration(fromUnixSeconds(newest.nbf ?? 0), rule.renewAfter).getTime() <= now.getTime()) {
      return { why: newest ? `its newest key, ${newest.kid}, started longer ago than the upload-again period` : 'the keyset has no keys' }
    }
  }
  if (rule.rotateWithin !== undefined) {
    const due = addDuration(now, rule.rotateWithin)
    const covering = activeKeyAt(keys, due)
    if (covering) return { covering, why: `${whichKey(covering, active)} ${until(covering)}, past ${iso(due)}` }
    return { why: active ? `the active key, ${active.kid}, ${until(active)}, before ${iso(due)}` : 'the keyset has no active key' }
  }
  if (rule.withoutWindow === 'always') return { why: 'it is written on every run' }
  const usable = active ?? newestKey(keys.filter((key) => key.exp === undefined || key.exp * 1000 > now.getTime()))
  if (usable) return { covering: usable, why: `it has a usable key, ${describeKey(usable)}, and no rotation window is set` }
  return { why: keys.length === 0 ? 'the keyset has no keys' : 'the keyset has no usable key' }
}

function newestKey(keys: TrustFrameworkKey[]): TrustFrameworkKey | undefined {
  return keys.reduce<TrustFrameworkKey | undefined>((newest, key) => (!newest || (key.nbf ?? 0) > (newest.nbf ?? 0) ? key : newest), undefined)
}

function whichKey(covering: TrustFrameworkKey, active: TrustFrameworkKey | undefined): string {
  return covering === active ? `the active key, ${covering.kid},` : `key ${covering.kid}, added earlier and active from ${isoSeconds(covering.nbf ?? 0)},`
}

function until(key: TrustFrameworkKey): string {
  return key.exp === undefined ? 'never expires' : `is valid until ${isoSeconds(key.exp)}`
}

/** Writes a due decision: creates the keyset first when the read found none. */
export async function carryOut(api: KeysetsApi, decision: Extract<WriteDecision, { due: true }>, write: KeyWrite): Promise<Result> {
  const created = decision.create ? await ensureKeyset(api, decision.keysetId) : false
  return written(decision.keysetId, await send(api, decision.keysetId, write), write, created, decision.active)
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

function notDue(decision: Extract<WriteDecision, { due: false }>, write: KeyWrite, dryRun: boolean): Result {
  const { keysetId, covering, active } = decision
  return {
    actionTaken: 'skipped',
    detail: `${dryRun ? 'Dry run: ' : ''}Not due in ${keysetId}: ${decision.why}; did not ${phrase(write)}.`,
    kid: covering.kid,
    keysetId,
    notBefore: covering.nbf,
    expires: covering.exp,
    thumbprint: thumbprintOfKey(covering),
    previousKid: active?.kid,
  }
}

export function plan(decision: Extract<WriteDecision, { due: true }>, write: KeyWrite): Result {
  const { keysetId, active } = decision
  const steps = decision.create ? `create keyset ${keysetId}, then ${phrase(write)}` : phrase(write)
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
