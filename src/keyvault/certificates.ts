/** Key Vault certificates: the versions of one, and one version with its certificate and key id. */
import type { CertificateProperties } from '@azure/keyvault-certificates'
import { loadCertificate, type Certificate } from '../crypto/certificates.js'
import { ActionableError } from '../errors.js'
import type { OperationContext } from '../operations/context.js'
import { describeRef, type KeyVaultCertificateRef } from './reference.js'
import { openVault } from './vault.js'
import { newestUsable, newestFirst, unusableBecause, type VersionFacts } from './versions.js'

export interface CertificateVersion extends VersionFacts {
  name: string
  certificate: Certificate
  /** `https://…/keys/{name}/{version}`: the key that signs. */
  keyId: string
  /** `https://…/secrets/{name}/{version}`: the PFX. */
  secretId: string
}

export async function listVersions(context: OperationContext, ref: KeyVaultCertificateRef): Promise<VersionFacts[]> {
  const vault = openVault(context, ref.vault)
  return vault.call({ what: `list the versions of certificate '${ref.name}'`, role: 'certificate' }, async () => {
    const versions: VersionFacts[] = []
    for await (const properties of vault.certificates.listPropertiesOfCertificateVersions(ref.name)) versions.push(factsOf(properties))
    return versions
  })
}

/** The version named, or the newest enabled one valid now; refused when it may not be used now. */
export async function readCertificateVersion(context: OperationContext, ref: KeyVaultCertificateRef, version?: string): Promise<CertificateVersion> {
  const chosen = version ?? ref.version ?? (await chooseNewest(context, ref))
  const vault = openVault(context, ref.vault)
  const got = await vault.call({ what: `read certificate '${ref.name}/${chosen}'`, role: 'certificate' }, () =>
    vault.certificates.getCertificateVersion(ref.name, chosen),
  )
  if (!got.cer || !got.keyId || !got.secretId) throw new ActionableError(`${describeRef({ name: ref.name, version: chosen }, ref.vault)} has no issued certificate yet (a pending request?).`)
  const read: CertificateVersion = {
    ...factsOf(got.properties),
    name: ref.name,
    certificate: loadCertificate(Buffer.from(got.cer).toString('base64'), ref.input),
    keyId: got.keyId,
    secretId: got.secretId,
  }
  const problem = unusableBecause(read, context.now())
  if (problem) {
    throw new ActionableError(
      `${describeRef({ name: ref.name, version: chosen }, ref.vault)} ${problem}: name another version in ${ref.input}, or none to use the newest enabled version that is valid now.`,
    )
  }
  return read
}

async function chooseNewest(context: OperationContext, ref: KeyVaultCertificateRef): Promise<string> {
  const versions = await listVersions(context, ref)
  const newest = newestUsable(versions, context.now())
  if (newest) return newest.version
  throw new ActionableError(`${describeRef(ref, ref.vault)} has no enabled version that is valid now (${describeVersions(versions, context.now())}). Renew it in the vault, or enable a valid version.`)
}

export function describeVersions(versions: readonly VersionFacts[], now: Date): string {
  if (versions.length === 0) return 'it has no versions'
  return newestFirst(versions)
    .map((version) => `${version.version} ${unusableBecause(version, now) ?? 'is usable'}`)
    .join('; ')
}

function factsOf(properties: CertificateProperties): VersionFacts {
  return {
    version: properties.version ?? '',
    enabled: properties.enabled !== false,
    notBefore: properties.notBefore,
    expires: properties.expiresOn,
    created: properties.createdOn,
    thumbprint: properties.x509Thumbprint ? Buffer.from(properties.x509Thumbprint).toString('hex').toUpperCase() : '',
  }
}
