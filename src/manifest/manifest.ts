/**
 * A manifest as the apply operation uses it: checked, typed, with the place of every entry in
 * the file so that later refusals (a missing environment variable, a conflict with the keys
 * already in a keyset) still point at a line. Secrets are never in it, only variable names.
 */
import type { KeyType, KeyUse } from '../settings.js'
import type { Duration } from '../time.js'

/** `file:line:col`, 1-based, as editors and GitHub annotations read it. */
export interface Place {
  file: string
  line: number
  col: number
}

export function placeText(place: Place): string {
  return `${place.file}:${place.line}:${place.col}`
}

export type KeySource =
  | { kind: 'generate'; keyType: KeyType; use: KeyUse }
  | { kind: 'secret'; env: string; use: KeyUse }
  | { kind: 'certificate'; env: string }
  | { kind: 'pkcs12'; env: string; passwordEnv: string | undefined }
  /** The certificate's public part (key-vault-certificate) or its PFX with the private key (key-vault-pkcs12). */
  | { kind: 'key-vault-certificate' | 'key-vault-pkcs12'; certificate: string }

/**
 * When to upload a secret again. B2C never returns a secret, so a changed value cannot be seen:
 * `when-due` writes only when the rotation rule says so; `always` on every run; a duration also
 * when the keyset's newest key started longer ago than that.
 */
export type UploadAgain = { kind: 'when-due' } | { kind: 'always' } | { kind: 'every'; period: Duration }

export interface KeysetEntry {
  place: Place
  keysetId: string
  source: KeySource
  notBefore: Date
  expires: Date | undefined
  rotateWithin: Duration | undefined
  uploadAgain: UploadAgain
  createIfMissing: boolean
}

export interface ApplicationEntry {
  place: Place
  target: { kind: 'application' | 'service-principal'; id: string }
  keyVaultCertificate: string
  proofKeyVaultCertificate: string | undefined
  removeSupersededAfter: Duration | undefined
}

export interface Manifest {
  file: string
  keysets: KeysetEntry[]
  applications: ApplicationEntry[]
}
