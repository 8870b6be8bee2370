/**
 * The health model of the audit (contract, "The audit report"): one item per keyset, and one per
 * application or service principal and credential type it has. Each says when that thing runs
 * out of valid keys, its status, and one sentence a person can act on. Pure: no I/O.
 */
import type { TrustFrameworkKey, TrustFrameworkKeySet } from '../graph/keysets.js'
import { iso, isoSeconds } from '../operations/wording.js'
import { coverage, isValidAt, type Coverage, type ValidityWindow } from './coverage.js'

export type AuditStatus = 'critical' | 'expiring' | 'ok'
export type ItemKind = 'keyset' | 'application' | 'service-principal'
export type CredentialKind = 'policy-key' | 'certificate' | 'client-secret'

export interface AuditItem {
  kind: ItemKind
  id: string
  appId?: string
  displayName?: string
  /** `@odata.type` of an object of another identity type listed in the same collection. */
  objectType?: string
  credential: CredentialKind
  keyId: string
  expires: number | null
  status: AuditStatus
  reason: string
  /** Short form of the reason's remedy, for the summary's "what to do" column. */
  todo: string
}

/** A key credential or client secret, reduced to what the audit needs. */
export interface CredentialWindow extends ValidityWindow {
  keyId: string
}

export interface DirectoryObject {
  kind: 'application' | 'service-principal'
  id: string
  appId: string
  displayName: string
  objectType: string | undefined
  certificates: CredentialWindow[]
  secrets: CredentialWindow[]
}

export interface Clock {
  /** Unix seconds of the audit. */
  now: number
  /** Unix seconds: whatever runs out before this is `expiring`. */
  warnUntil: number
}

const DAY = 86_400

/** "in 9 days", "within a day", "3 days ago". */
function relative(at: number, now: number): string {
  const days = Math.floor(Math.abs(at - now) / DAY)
  if (days === 0) return at > now ? 'within a day' : 'less than a day ago'
  const span = days === 1 ? '1 day' : `${days} days`
  return at > now ? `in ${span}` : `${span} ago`
}

function date(seconds: number): string {
  return isoSeconds(seconds).slice(0, 10)
}

function statusOf(cover: Coverage, clock: Clock): AuditStatus {
  if (cover.until === undefined) return 'critical'
  return cover.until !== null && cover.until <= clock.warnUntil ? 'expiring' : 'ok'
}

/** The run that adds a key like the keyset's latest one: what a person would run next. */
function keysetRemedy(keys: readonly TrustFrameworkKey[]): string {
  const latest = keys[keys.length - 1]
  if (latest === undefined) return 'generate-key, upload-secret or upload-certificate'
  if (latest.x5t !== undefined || latest.x5c !== undefined) return 'upload-certificate (or upload-pkcs12)'
  return latest.kty === 'oct' ? 'upload-secret (or generate-key)' : 'generate-key'
}

function keyWindow(key: TrustFrameworkKey): ValidityWindow {
  return { start: key.nbf, end: key.exp }
}

/** B2C's rule: among keys valid now, the one with the latest nbf (the last written on a tie). */
function activeKey(keys: readonly TrustFrameworkKey[], now: number): TrustFrameworkKey | undefined {
  let best: TrustFrameworkKey | undefined
  for (const key of keys) {
    if (!isValidAt(keyWindow(key), now)) continue
    if (!best || (key.nbf ?? -Infinity) >= (best.nbf ?? -Infinity)) best = key
  }
  return best
}

export function keysetItem(keyset: TrustFrameworkKeySet, clock: Clock): AuditItem {
  const keys = keyset.keys ?? []
  const cover = coverage(keys.map(keyWindow), clock.now)
  const status = statusOf(cover, clock)
  const run = keysetRemedy(keys)
  const uses = `every policy using ${keyset.id} fails at sign-in`
  let reason: string
  let todo: string
  if (cover.until === undefined) {
    todo = `run ${run} now`
    if (keys.length === 0) reason = `no key at all: ${uses} — run ${run} now`
    else if (cover.nextStart !== undefined) reason = `no active key until ${iso(new Date(cover.nextStart * 1000))} (the queued key's not-before): ${uses} until then — run ${run} with a key valid now`
    else reason = `no active key: the last key expired ${relative(cover.lastEnded ?? clock.now, clock.now)} (${date(cover.lastEnded ?? clock.now)}); ${uses} — run ${run} now`
  } else if (cover.until === null) {
    reason = 'a key without expiry keeps it valid'
    todo = '—'
  } else if (status === 'expiring') {
    todo = `run ${run} before ${date(cover.until)}`
    const when = `${relative(cover.until, clock.now)} (${date(cover.until)})`
    if (cover.nextStart !== undefined) reason = `keys run out ${when} and the queued key starts only on ${date(cover.nextStart)}: ${uses} in between — run ${run} with a not-before that closes the gap`
    else if (cover.extendedByQueued) reason = `keys run out ${when}, the queued successor included — run ${run} with a later expiry`
    else reason = `active key expires ${when} and no successor is queued — run ${run} before then`
  } else {
    reason = `valid until ${date(cover.until)} (${relative(cover.until, clock.now)})`
    todo = '—'
  }
  return { kind: 'keyset', id: keyset.id, credential: 'policy-key', keyId: activeKey(keys, clock.now)?.kid ?? '', expires: expiresOf(cover, clock), status, reason, todo }
}

/** Items of one application or service principal: one per credential type it has. */
export function directoryItems(object: DirectoryObject, clock: Clock): AuditItem[] {
  const items: AuditItem[] = []
  if (object.certificates.length > 0) items.push(credentialItem(object, 'certificate', object.certificates, clock))
  if (object.secrets.length > 0) items.push(credentialItem(object, 'client-secret', object.secrets, clock))
  return items
}

function credentialItem(object: DirectoryObject, credential: 'certificate' | 'client-secret', windows: CredentialWindow[], clock: Clock): AuditItem {
  const cover = coverage(windows, clock.now)
  const status = statusOf(cover, clock)
  const label = credential === 'certificate' ? 'certificate' : 'client secret'
  const add = credential === 'certificate' ? (object.kind === 'application' ? 'add a certificate (add-key)' : 'add a certificate') : 'add a client secret'
  const breaks = `sign-ins of ${object.displayName || object.appId} with a ${label} fail`
  let reason: string
  let todo: string
  if (cover.until === undefined) {
    todo = `${add} now`
    if (cover.nextStart !== undefined) reason = `no ${label} is valid until ${date(cover.nextStart)}: ${breaks} until then — ${add} valid now`
    else reason = `every ${label} has expired, the last ${relative(cover.lastEnded ?? clock.now, clock.now)} (${date(cover.lastEnded ?? clock.now)}): ${breaks} — ${add}, or remove the expired ones if it no longer uses any`
  } else if (cover.until === null) {
    reason = `a ${label} without end date keeps it valid`
    todo = '—'
  } else if (status === 'expiring') {
    todo = `${add} before ${date(cover.until)}`
    const when = `${relative(cover.until, clock.now)} (${date(cover.until)})`
    if (cover.nextStart !== undefined) reason = `${label}s run out ${when} and the next one starts only on ${date(cover.nextStart)}: ${breaks} in between — ${add} that closes the gap`
    else if (cover.extendedByQueued) reason = `${label}s run out ${when}, the queued one included — ${add} that lasts longer`
    else reason = `last ${label} expires ${when} and no successor is queued — ${add} before then`
  } else {
    reason = `valid until ${date(cover.until)} (${relative(cover.until, clock.now)})`
    todo = '—'
  }
  return {
    kind: object.kind,
    id: object.id,
    appId: object.appId,
    displayName: object.displayName,
    ...(object.objectType ? { objectType: object.objectType } : {}),
    credential,
    keyId: longestValid(windows)?.keyId ?? '',
    expires: expiresOf(cover, clock),
    status,
    reason,
    todo,
  }
}

/** The credential whose end is latest (no end = latest of all). */
function longestValid(windows: readonly CredentialWindow[]): CredentialWindow | undefined {
  let best: CredentialWindow | undefined
  for (const w of windows) if (!best || (best.end !== undefined && (w.end === undefined || w.end > best.end))) best = w
  return best
}

/**
 * Contract: when the last valid key runs out, `null` when one never does. An item with nothing
 * valid has run out already: when its last key ended, or — never having had a valid one — now.
 */
function expiresOf(cover: Coverage, clock: Clock): number | null {
  if (cover.until === undefined) return cover.lastEnded ?? clock.now
  return cover.until
}
