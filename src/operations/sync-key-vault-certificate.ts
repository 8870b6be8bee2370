/**
 * sync-key-vault-certificate: the target carries the newest enabled, valid version of a Key Vault
 * certificate (addKey, the proof signed in the vault by a version already on the target, or by
 * the proof input); once that version has been valid for remove-superseded-after, the target's
 * credentials that are older versions of the same certificate are removed (removeKey, the proof
 * signed by the newest). Re-runs converge: nothing to do is `skipped`.
 *
 * Removal happens on a run after the one that added the newest version, never in the same run:
 * Graph replicas may not know a key added seconds ago, and a proof signed by it would be refused.
 *
 * Costs: Graph 1 read, plus 1 addKey or 1 removeKey per superseded credential; Key Vault
 * 1 list of versions, 1 read of the newest, and per proof 1 read of the signer and 2 requests to sign
 * (the key's GET, then sign), plus the first request's 401 challenge.
 */
import type { Certificate } from '../crypto/certificates.js'
import { localSigner, type ProofSigner } from '../crypto/proof.js'
import { ActionableError } from '../errors.js'
import { ApplicationsApi, findByThumbprint, thumbprintOf, type DirectoryTarget, type KeyCredential } from '../graph/applications.js'
import type { KeyVaultCertificateRef } from '../keyvault/reference.js'
import type { VersionFacts } from '../keyvault/versions.js'
import type { Operation, ProofSource } from '../settings.js'
import { addDuration } from '../time.js'
import { azCredentialCommand, describeTarget, readTarget, requireSigner, resultTarget, sendWithProof } from './certificate-roll.js'
import type { OperationContext, Result } from './context.js'
import { describeCredential, isValidAt, validitySeconds } from './credential-facts.js'
import { loadKeyVault } from './sources.js'
import { capitalise, iso } from './wording.js'

/**
 * What a sync needs; the manifest's application entries build it too. `certificate` comes from
 * keyvault/reference.ts (readKeyVault, readCertificateRef); without `proof`, the certificate's
 * own newest version on the target signs; dry run and clock come from the context.
 */
export type SyncKeyVaultCertificate = Omit<Extract<Operation, { name: 'sync-key-vault-certificate' }>, 'name' | 'proof'> & { proof?: ProofSource | undefined }

export async function syncKeyVaultCertificate(context: OperationContext, operation: SyncKeyVaultCertificate): Promise<Result> {
  const keyVault = await loadKeyVault(context)
  const api = new ApplicationsApi(context.graph)
  const [target, versions] = await Promise.all([readTarget(api, operation.target), keyVault.listVersions(context, operation.certificate)])
  const now = context.now()
  const newestFacts = operation.certificate.version
    ? versions.find((version) => version.version === operation.certificate.version)
    : keyVault.newestUsable(versions, now)
  if (!newestFacts) throw noUsableVersion(operation.certificate, versions, now, keyVault.describeVersions)
  const onTarget = findByThumbprint(target.keyCredentials, newestFacts.thumbprint)
  if (onTarget) return removeSuperseded(context, api, target, operation, versions, newestFacts, onTarget)
  const newest = await keyVault.readCertificateVersion(context, operation.certificate, newestFacts.version)
  const signer = await addSigner(context, operation, target, versions)
  return add(context, api, target, newest.certificate, newest.version, signer)
}

async function addSigner(context: OperationContext, operation: SyncKeyVaultCertificate, target: DirectoryTarget, versions: VersionFacts[]): Promise<ProofSigner> {
  const { certificate } = operation
  // By default the same certificate's version already on the target signs for the next one.
  const proof = operation.proof ?? { ...certificate, version: undefined }
  if (!('from' in proof)) return localSigner(proof)
  const { keyVaultProofSigner } = await loadKeyVault(context)
  const sameCertificate = proof.name === certificate.name && proof.vault.url === certificate.vault.url
  return keyVaultProofSigner(context, proof, target, sameCertificate ? versions : undefined)
}

async function add(context: OperationContext, api: ApplicationsApi, target: DirectoryTarget, certificate: Certificate, version: string, signer: ProofSigner): Promise<Result> {
  const firstCertificate = `add the first version by updating the ${target.kind === 'application' ? 'application' : 'service principal'} itself, e.g. ${azCredentialCommand(target, 'reset', '--keyvault <vault> --cert <name> --append')}; this action keeps it in sync from then on`
  const signerCredential = requireSigner(target, signer.certificate, context.now(), firstCertificate)
  const what = `certificate ${certificate.thumbprint} (${certificate.subject}, Key Vault version ${version})`
  if (context.dryRun) {
    return {
      actionTaken: 'planned',
      detail: `Dry run: would add ${what} to ${describeTarget(target)}, with a proof signed by keyId ${signerCredential.keyId}. Nothing was written.`,
      thumbprint: certificate.thumbprint,
      ...validitySeconds(undefined, certificate),
      previousKid: signerCredential.keyId,
      target: resultTarget(target),
      removedKids: [],
    }
  }
  const added = await sendWithProof(context, target, signer, 'addKey', (jwt) =>
    api.addKey(target.kind, target.id, { key: certificate.der.toString('base64'), thumbprint: certificate.thumbprint, displayName: undefined }, jwt),
  )
  return {
    actionTaken: 'added',
    detail: `Added ${what} to ${describeTarget(target)} as keyId ${added.keyId}; the proof was signed by keyId ${signerCredential.keyId}. Older versions are removed by a later run, once this one has been valid for remove-superseded-after.`,
    kid: added.keyId,
    thumbprint: certificate.thumbprint,
    ...validitySeconds(added, certificate),
    previousKid: signerCredential.keyId,
    target: resultTarget(target),
    removedKids: [],
  }
}

async function removeSuperseded(
  context: OperationContext,
  api: ApplicationsApi,
  target: DirectoryTarget,
  operation: SyncKeyVaultCertificate,
  versions: VersionFacts[],
  newestFacts: VersionFacts,
  newest: KeyCredential,
): Promise<Result> {
  const now = context.now()
  const dryRun = context.dryRun ? 'Dry run: ' : ''
  const outputs = { kid: newest.keyId, thumbprint: newestFacts.thumbprint, ...validitySeconds(newest, undefined), target: resultTarget(target) }
  const older = new Set(versions.filter((version) => version.thumbprint !== newestFacts.thumbprint).map((version) => version.thumbprint))
  const superseded = target.keyCredentials.filter((credential) => credential !== newest && older.has(thumbprintOf(credential) ?? ''))
  const current = `${capitalise(describeTarget(target))} carries the newest version ${newestFacts.version} of '${operation.certificate.name}' as ${describeCredential(newest)}`
  if (superseded.length === 0) return { actionTaken: 'skipped', detail: `${dryRun}${current}, and no older version; nothing to do.`, ...outputs, removedKids: [] }
  const due = removalDue(operation, newestFacts, newest)
  if (due === undefined || due > now) {
    const when = due === undefined ? 'remove-superseded-after is not set' : `they are removed from ${iso(due)}, once it has been valid for remove-superseded-after`
    return { actionTaken: 'skipped', detail: `${dryRun}${current}; ${superseded.length} older version(s) stay: ${when}.`, ...outputs, removedKids: [] }
  }
  // The newest stays, and it is valid on the target: the target never loses its last valid certificate.
  if (!isValidAt(newest, now)) throw new ActionableError(`${current}, which is not valid on the target now: nothing is removed until it is.`)
  const doomed = superseded.map((credential) => credential.keyId)
  if (context.dryRun) {
    return { actionTaken: 'planned', detail: `Dry run: would remove ${superseded.map((credential) => describeCredential(credential)).join('; ')} from ${describeTarget(target)}, with proofs signed by the newest version. Nothing was written.`, ...outputs, removedKids: [] }
  }
  const signer = await newestSigner(context, operation.certificate, newestFacts.version)
  requireSigner(target, signer.certificate, now, 'update the target itself')
  for (const credential of superseded) {
    await sendWithProof(context, target, signer, 'removeKey', (jwt) => api.removeKey(target.kind, target.id, credential.keyId, jwt))
  }
  return {
    actionTaken: 'removed',
    detail: `Removed the older version(s) ${superseded.map((credential) => describeCredential(credential)).join('; ')} from ${describeTarget(target)}; the proof was signed in Key Vault by the newest version ${newestFacts.version} (keyId ${newest.keyId}).`,
    ...outputs,
    removedKids: doomed,
  }
}

/** When the older versions may go: the newest version valid for remove-superseded-after (on the target, if later). */
function removalDue(operation: SyncKeyVaultCertificate, newestFacts: VersionFacts, newest: KeyCredential): Date | undefined {
  if (operation.removeSupersededAfter === undefined) return undefined
  const starts = [newestFacts.notBefore, newest.startDateTime ? new Date(newest.startDateTime) : undefined].filter((date): date is Date => date !== undefined)
  const start = new Date(Math.max(0, ...starts.map((date) => date.getTime())))
  return addDuration(start, operation.removeSupersededAfter)
}

async function newestSigner(context: OperationContext, certificate: KeyVaultCertificateRef, version: string): Promise<ProofSigner> {
  const { readCertificateVersion, vaultSigner } = await loadKeyVault(context)
  return vaultSigner(context, certificate, await readCertificateVersion(context, certificate, version))
}

function noUsableVersion(ref: KeyVaultCertificateRef, versions: VersionFacts[], now: Date, describe: (versions: VersionFacts[], now: Date) => string): ActionableError {
  const named = ref.version ? `has no version ${ref.version}` : 'has no enabled version that is valid now'
  return new ActionableError(`Key Vault certificate '${ref.name}' in ${ref.vault.url} ${named} (${describe(versions, now)}). Renew it in the vault, or enable a valid version.`)
}
