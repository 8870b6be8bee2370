/**
 * The Key Vault inputs, read for settings.ts: which certificate comes from a vault, which signs
 * the proof there, and the refusals (both sources at once, a Key Vault input the operation does
 * not use, a certificate without a vault). No I/O.
 */
import type { CloudName } from '../clouds.js'
import { InputError } from '../errors.js'
import { INPUTS, type InputName } from '../inputs.js'
import { DURATION_FORMS, parseDuration, type Duration } from '../time.js'
import { readCertificateRef, readKeyVault, type KeyVault, type KeyVaultCertificateRef } from './reference.js'

export type { KeyVault, KeyVaultCertificateRef } from './reference.js'

interface TextInputs {
  text(name: InputName): string | undefined
}

export interface KeyVaultInputs {
  /** The `key-vault-certificate` reference, refused together with any of `excluded`; undefined when not set. */
  certificate(...excluded: InputName[]): KeyVaultCertificateRef | undefined
  requiredCertificate(operation: string): KeyVaultCertificateRef
  /** The `proof-key-vault-certificate` reference, refused together with `proof-certificate`. */
  proof(): KeyVaultCertificateRef | undefined
  removeSupersededAfter(): Duration | undefined
  /** The `key-vault` input alone (apply: the manifest names the certificates); undefined when not set. */
  vault(): KeyVault | undefined
  /** Refuses Key Vault inputs the operation did not read: silently ignoring them would mislead. */
  refuseUnused(operation: { name: string }): void
}

// key-vault last: an unused certificate input is the more telling refusal.
const KEY_VAULT_INPUTS = [INPUTS.keyVaultCertificate, INPUTS.proofKeyVaultCertificate, INPUTS.removeSupersededAfter, INPUTS.keyVault] as const

export function keyVaultInputs(inputs: TextInputs, cloud: CloudName): KeyVaultInputs {
  const used = new Set<InputName>()
  let vault: KeyVault | undefined
  const vaultFor = (input: InputName): KeyVault => {
    used.add(INPUTS.keyVault)
    const value = inputs.text(INPUTS.keyVault)
    if (value === undefined) throw new InputError(INPUTS.keyVault, `the vault (a name such as 'contoso-kv' or its URL) is required with ${input}`)
    vault ??= readKeyVault(value, cloud, INPUTS.keyVault)
    return vault
  }
  const reference = (input: InputName, excluded: readonly InputName[]): KeyVaultCertificateRef | undefined => {
    const value = inputs.text(input)
    if (value === undefined) return undefined
    const clash = excluded.find((name) => inputs.text(name) !== undefined)
    if (clash !== undefined) throw new InputError(input, `and '${clash}' exclude each other: give the certificate one way`)
    used.add(input)
    return readCertificateRef(value, vaultFor(input), input)
  }
  return {
    certificate: (...excluded) => reference(INPUTS.keyVaultCertificate, excluded),
    requiredCertificate: (operation) => {
      const ref = reference(INPUTS.keyVaultCertificate, [])
      if (ref === undefined) throw new InputError(INPUTS.keyVaultCertificate, `the Key Vault certificate ('name' or 'name/version') is required by ${operation}`)
      return ref
    },
    proof: () => reference(INPUTS.proofKeyVaultCertificate, [INPUTS.proofCertificate, INPUTS.proofCertificatePassword]),
    removeSupersededAfter: () => {
      const value = inputs.text(INPUTS.removeSupersededAfter)
      if (value === undefined) return undefined
      used.add(INPUTS.removeSupersededAfter)
      const duration = parseDuration(value)
      if (!duration) throw new InputError(INPUTS.removeSupersededAfter, `'${value}' is not a duration: give ${DURATION_FORMS}`)
      return duration
    },
    vault: () => (inputs.text(INPUTS.keyVault) === undefined ? undefined : vaultFor(INPUTS.manifest)),
    refuseUnused: (operation) => {
      const unused = KEY_VAULT_INPUTS.find((name) => !used.has(name) && inputs.text(name) !== undefined)
      if (unused !== undefined) throw new InputError(unused, `is not used by ${operation.name}; remove it`)
    },
  }
}
