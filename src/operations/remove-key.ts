/**
 * remove-key: removes a certificate from an application or service principal with Graph's
 * removeKey, proving possession of another certificate the target keeps.
 *
 * Costs in Graph requests (the token request aside; a target named by its object id costs one
 * GET more, see ApplicationsApi.find): removed 2 (read, removeKey), already gone 1, dry run 1.
 */
import { ActionableError } from '../errors.js'
import { ApplicationsApi, thumbprintOf, type DirectoryTarget, type KeyCredential } from '../graph/applications.js'
import type { Operation } from '../settings.js'
import {
  azCredentialCommand,
  describeTarget,
  readTarget,
  requireSigner,
  resultTarget,
  sendWithProof,
} from './certificate-roll.js'
import type { OperationContext, Result } from './context.js'
import { proofSignerFor } from './sources.js'
import { describeCredential, isValidAt, validitySeconds } from './credential-facts.js'
import { capitalise } from './wording.js'
import { capList } from '../log-safety.js'

type RemoveKey = Extract<Operation, { name: 'remove-key' }>

export async function removeKey(context: OperationContext, operation: RemoveKey): Promise<Result> {
  const api = new ApplicationsApi(context.graph)
  const target = await readTarget(api, operation.target)
  const now = context.now()
  const doomed = target.keyCredentials.find((credential) => credential.keyId.toLowerCase() === operation.keyId)
  if (!doomed) {
    return {
      actionTaken: 'skipped',
      detail: `${context.dryRun ? 'Dry run: ' : ''}${capitalise(describeTarget(target))} has no certificate with keyId ${operation.keyId} (already removed); nothing to do.`,
      kid: operation.keyId,
      target: resultTarget(target),
    }
  }

  const withoutProof = `remove it by updating the target itself, e.g. ${azCredentialCommand(target, 'delete', `--key-id ${doomed.keyId}`)}`
  const proof = await proofSignerFor(context, operation.proof, target)
  const signer = requireSigner(target, proof.certificate, now, withoutProof)
  if (!operation.allowUnsafeRemoval) refuseUnsafeRemoval(target, doomed, signer, now)
  const outputs = { kid: doomed.keyId, thumbprint: thumbprintOf(doomed), ...validitySeconds(doomed, undefined), target: resultTarget(target) }
  if (context.dryRun) {
    return {
      actionTaken: 'planned',
      detail: `Dry run: would remove certificate ${describeCredential(doomed)} from ${describeTarget(target)}, with a proof signed by keyId ${signer.keyId}. Nothing was written.`,
      ...outputs,
    }
  }

  await sendWithProof(context, target, proof, 'removeKey', (jwt) => api.removeKey(target.kind, target.id, doomed.keyId, jwt))
  return {
    actionTaken: 'removed',
    detail: `Removed certificate ${describeCredential(doomed)} from ${describeTarget(target)}; the proof was signed by keyId ${signer.keyId}.`,
    ...outputs,
  }
}

/**
 * Refuses to remove the certificate that signs the proof. The signer has just been checked to be
 * valid on the target, so the target's last valid certificate can only be the signer itself:
 * that case is named in the same refusal.
 */
function refuseUnsafeRemoval(target: DirectoryTarget, doomed: KeyCredential, signer: KeyCredential, now: Date): void {
  if (doomed.keyId !== signer.keyId) return
  const othersValid = target.keyCredentials.filter((credential) => credential !== doomed && isValidAt(credential, now))
  const consequence =
    othersValid.length === 0
      ? `it is also the last currently valid certificate of ${describeTarget(target)}: without it no proof could be signed again, and only an update of the target itself could add a certificate. Add its successor first (operation: add-key)`
      : `sign the proof with another valid certificate of the target (${capList(othersValid.map((credential) => credential.keyId))}), typically the one add-key added`
  throw new ActionableError(
    `Refusing to remove keyId ${doomed.keyId}: it is the certificate that signs this step's proof (proof-certificate, which defaults to client-certificate); ` +
      `${consequence}, or set allow-unsafe-removal: true if this removal is really meant.`,
  )
}
