/**
 * add-key: adds a certificate to an application or service principal with Graph's addKey,
 * proving possession of a certificate the target already has.
 *
 * Costs in Graph requests (the token request aside; a target named by its object id costs one
 * GET more, see ApplicationsApi.find): added 2 (read, addKey; 3 when Graph's answer lacks the
 * keyId), already there 1, not due 1, dry run 1.
 */
import type { Certificate } from '../crypto/certificates.js'
import { ApplicationsApi, findByThumbprint, thumbprintOf, type DirectoryTarget, type KeyCredential } from '../graph/applications.js'
import type { Operation } from '../settings.js'
import { addDuration } from '../time.js'
import {
  azCredentialCommand,
  describeTarget,
  kindName,
  readTarget,
  requireSigner,
  resultTarget,
  sendWithProof,
} from './certificate-roll.js'
import type { OperationContext, Result } from './context.js'
import { certificateFrom, proofSignerFor } from './sources.js'
import { describeCredential, longestValid, validitySeconds, windowOf } from './credential-facts.js'
import { capitalise, iso, isoSeconds } from './wording.js'

type AddKey = Extract<Operation, { name: 'add-key' }>

export async function addKey(context: OperationContext, operation: AddKey): Promise<Result> {
  const api = new ApplicationsApi(context.graph)
  const target = await readTarget(api, operation.target)
  const now = context.now()
  const newCertificate = await certificateFrom(context, operation.newCertificate)
  const proof = await proofSignerFor(context, operation.proof, target)
  const signerOnTarget = findByThumbprint(target.keyCredentials, proof.certificate.thumbprint)
  const dryRun = context.dryRun ? 'Dry run: ' : ''

  // A re-run converges even after the old certificate (the proof) was removed: checked first.
  const existing = findByThumbprint(target.keyCredentials, newCertificate.thumbprint)
  if (existing) {
    return skipped(target, existing, signerOnTarget, `${dryRun}${capitalise(describeTarget(target))} already has certificate ${newCertificate.thumbprint} as ${describeCredential(existing, false)}; nothing was added.`)
  }
  if (operation.rotateWithin !== undefined) {
    const due = addDuration(now, operation.rotateWithin)
    const covering = longestValid(target.keyCredentials, now)
    const end = covering && windowOf(covering).end
    if (covering && (end === undefined || end > due)) {
      return skipped(target, covering, signerOnTarget, `${dryRun}Not due: the valid certificate of ${describeTarget(target)} that expires last, ${describeCredential(covering)}, lasts past ${iso(due)}; nothing was added.`)
    }
  }

  const firstCertificate = `add the first certificate by updating the ${kindName(target.kind)} itself, e.g. ${azCredentialCommand(target, 'reset', '--cert @new.pem --append')} or a PATCH of its keyCredentials; this action can roll it from then on`
  const signer = requireSigner(target, proof.certificate, now, firstCertificate)
  if (context.dryRun) return planned(target, newCertificate, signer)

  const added = await sendWithProof(context, target, proof, 'addKey', (jwt) =>
    api.addKey(target.kind, target.id, { key: newCertificate.der.toString('base64'), thumbprint: newCertificate.thumbprint, displayName: operation.displayName }, jwt),
  )
  // Graph's documented answer may leave the dates out: the certificate's own validity stands in.
  const validity = validitySeconds(added, newCertificate)
  return {
    actionTaken: 'added',
    detail:
      `Added certificate ${newCertificate.thumbprint} (${newCertificate.subject}) to ${describeTarget(target)} as keyId ${added.keyId}, ` +
      `valid from ${isoSeconds(validity.notBefore)} until ${isoSeconds(validity.expires)}; the proof was signed by keyId ${signer.keyId}.`,
    kid: added.keyId,
    thumbprint: newCertificate.thumbprint,
    ...validity,
    previousKid: signer.keyId,
    target: resultTarget(target),
  }
}

/** Nothing to write; outputs describe the credential that makes the write unnecessary. */
function skipped(target: DirectoryTarget, credential: KeyCredential, signerOnTarget: KeyCredential | undefined, detail: string): Result {
  return {
    actionTaken: 'skipped',
    detail,
    kid: credential.keyId,
    thumbprint: thumbprintOf(credential),
    ...validitySeconds(credential, undefined),
    // The key a follow-up remove-key would retire; never the key just reported as kid.
    previousKid: signerOnTarget?.keyId === credential.keyId ? undefined : signerOnTarget?.keyId,
    target: resultTarget(target),
  }
}

function planned(target: DirectoryTarget, certificate: Certificate, signer: KeyCredential): Result {
  return {
    actionTaken: 'planned',
    detail: `Dry run: would add certificate ${certificate.thumbprint} (${certificate.subject}) to ${describeTarget(target)}, with a proof signed by keyId ${signer.keyId}. Nothing was written.`,
    thumbprint: certificate.thumbprint,
    ...validitySeconds(undefined, certificate),
    previousKid: signer.keyId,
    target: resultTarget(target),
  }
}
