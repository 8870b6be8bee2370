/**
 * Facts about an application's or service principal's key credentials, read the way people
 * talk about them: validity windows, which one lasts longest, one-line descriptions. The
 * keyset counterpart is key-facts.ts.
 */
import type { Certificate } from '../crypto/certificates.js'
import { thumbprintOf, type KeyCredential } from '../graph/applications.js'
import { toUnixSeconds } from '../time.js'
import { iso } from './wording.js'
import { capList } from '../log-safety.js'

export function windowOf(credential: KeyCredential): { start: Date | undefined; end: Date | undefined } {
  const date = (text: string | null | undefined) => (text ? new Date(text) : undefined)
  return { start: date(credential.startDateTime), end: date(credential.endDateTime) }
}

export function isValidAt(credential: KeyCredential, at: Date): boolean {
  const { start, end } = windowOf(credential)
  return (start === undefined || start <= at) && (end === undefined || at < end)
}

/** Of the credentials valid at `at`, the one that expires last (one without an end date wins). */
export function longestValid(credentials: KeyCredential[], at: Date): KeyCredential | undefined {
  const endOf = (credential: KeyCredential) => windowOf(credential).end?.getTime() ?? Infinity
  return credentials
    .filter((credential) => isValidAt(credential, at))
    .reduce<KeyCredential | undefined>((best, credential) => (!best || endOf(credential) > endOf(best) ? credential : best), undefined)
}

/**
 * `keyId K (thumbprint T, from … until …)`; without the thumbprint when the sentence has just
 * named it (an id is said once per sentence).
 */
export function describeCredential(credential: KeyCredential, withThumbprint = true): string {
  const thumbprint = withThumbprint ? `thumbprint ${thumbprintOf(credential) ?? 'unknown'}, ` : ''
  return `keyId ${credential.keyId} (${thumbprint}${describeWindow(credential)})`
}

/** `from … until …` */
export function describeWindow(credential: KeyCredential): string {
  const { start, end } = windowOf(credential)
  return `${start ? `from ${iso(start)}` : 'no start'}, ${end ? `until ${iso(end)}` : 'no end'}`
}

/** Unix seconds of a credential's window, falling back to the certificate's own validity. */
export function validitySeconds(credential: KeyCredential | undefined, certificate: Certificate): { notBefore: number; expires: number }
export function validitySeconds(credential: KeyCredential, certificate: undefined): { notBefore: number | undefined; expires: number | undefined }
export function validitySeconds(credential: KeyCredential | undefined, certificate: Certificate | undefined): { notBefore: number | undefined; expires: number | undefined } {
  const window = credential ? windowOf(credential) : { start: undefined, end: undefined }
  const start = window.start ?? certificate?.notBefore
  const end = window.end ?? certificate?.notAfter
  return { notBefore: start && toUnixSeconds(start), expires: end && toUnixSeconds(end) }
}

/** Every credential described, or 'no certificates'. */
export function listCredentials(credentials: KeyCredential[]): string {
  return credentials.length === 0 ? 'no certificates' : capList(credentials.map((credential) => describeCredential(credential)), '; ')
}
