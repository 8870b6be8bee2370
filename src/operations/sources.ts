/**
 * Certificates and proof signers as the settings name them: given on the runner, or in Key
 * Vault. The Key Vault code (and Microsoft's SDKs) is loaded by import() only when a vault is
 * named, so other runs never pay for it.
 */
import type { Certificate } from '../crypto/certificates.js'
import { localSigner, type ProofSigner } from '../crypto/proof.js'
import type { DirectoryTarget } from '../graph/applications.js'
import type { KeyVaultCertificateRef } from '../keyvault/reference.js'
import type { ProofSource } from '../settings.js'
import type { OperationContext } from './context.js'

type KeyVaultModule = typeof import('../keyvault/index.js')

/** The Key Vault code, loaded once per run; the debug line shows what loading it cost. */
export async function loadKeyVault(context: OperationContext): Promise<KeyVaultModule> {
  const started = performance.now()
  const loaded = await import('../keyvault/index.js')
  context.log.debug(`Key Vault code loaded in ${Math.round(performance.now() - started)} ms`)
  return loaded
}

export async function certificateFrom(context: OperationContext, source: Certificate | KeyVaultCertificateRef): Promise<Certificate> {
  if (!isKeyVault(source)) return source
  const { readCertificateVersion } = await loadKeyVault(context)
  return (await readCertificateVersion(context, source)).certificate
}

/** The signer of a proof for `target`; a Key Vault version is chosen among those on the target. */
export async function proofSignerFor(context: OperationContext, source: ProofSource, target: DirectoryTarget): Promise<ProofSigner> {
  if (!isKeyVault(source)) return localSigner(source)
  const { keyVaultProofSigner } = await loadKeyVault(context)
  return keyVaultProofSigner(context, source, target)
}

function isKeyVault<T extends object>(source: T | KeyVaultCertificateRef): source is KeyVaultCertificateRef {
  return 'from' in source && source.from === 'key-vault'
}
