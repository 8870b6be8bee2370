/**
 * The proof signed inside Key Vault: RS256 over the SHA-256 digest of the JWT's signing input,
 * by the key of a certificate version; the private key never leaves the vault.
 */
import { createHash } from 'node:crypto'
import type { ProofSigner } from '../crypto/proof.js'
import { findByThumbprint, type DirectoryTarget } from '../graph/applications.js'
import { isValidAt } from '../operations/credential-facts.js'
import type { OperationContext } from '../operations/context.js'
import { listVersions, readCertificateVersion, type CertificateVersion } from './certificates.js'
import type { KeyVaultCertificateRef } from './reference.js'
import { openVault } from './vault.js'
import { newestUsable, newestUsableOn, type VersionFacts } from './versions.js'

/**
 * Without a version: the newest enabled version valid now that is on the target and valid
 * there. When none is, the newest usable version, so that the caller's check explains.
 */
export async function keyVaultProofSigner(context: OperationContext, ref: KeyVaultCertificateRef, target: DirectoryTarget, known?: VersionFacts[]): Promise<ProofSigner> {
  let version = ref.version
  if (version === undefined) {
    const now = context.now()
    const versions = known ?? (await listVersions(context, ref))
    const onTarget = (thumbprint: string) => {
      const credential = findByThumbprint(target.keyCredentials, thumbprint)
      return credential !== undefined && isValidAt(credential, now)
    }
    version = (newestUsableOn(versions, now, onTarget) ?? newestUsable(versions, now))?.version
  }
  const read = await readCertificateVersion(context, ref, version)
  context.log.info(`The proof is signed in Key Vault by certificate '${read.name}' version ${read.version} (thumbprint ${read.certificate.thumbprint}).`)
  return vaultSigner(context, ref, read)
}

export function vaultSigner(context: OperationContext, ref: KeyVaultCertificateRef, version: CertificateVersion): ProofSigner {
  const vault = openVault(context, ref.vault)
  return {
    certificate: version.certificate,
    sign: async (signingInput) => {
      const digest = createHash('sha256').update(signingInput).digest()
      const client = vault.cryptography(version.keyId)
      const signed = await vault.call({ what: `sign with the key of certificate '${version.name}/${version.version}'`, role: 'sign' }, () =>
        client.sign('RS256', digest),
      )
      return Buffer.from(signed.result)
    },
  }
}
