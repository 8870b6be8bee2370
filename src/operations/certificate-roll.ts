/**
 * What add-key and remove-key share: one read of the target, the check that the proof's signer
 * may sign, and sending a proof with Graph's opaque 401 explained against what was actually sent.
 * Facts about single credentials are in credential-facts.ts.
 */
import { thumbprintFromX5t, type Certificate } from '../crypto/certificates.js'
import { PROOF_AUDIENCE, PROOF_LIFETIME_SECONDS, signProofWith, type ProofClaims, type ProofHeader, type ProofSigner } from '../crypto/proof.js'
import { ActionableError } from '../errors.js'
import { ApplicationsApi, findByThumbprint, type DirectoryTarget, type KeyCredential } from '../graph/applications.js'
import { GraphError } from '../graph/errors.js'
import type { TargetSettings } from '../settings.js'
import { referenceText } from '../service-failure.js'
import type { OperationContext, Result } from './context.js'
import { describeCredential, describeWindow, isValidAt, listCredentials, windowOf } from './credential-facts.js'
import { capitalise, iso } from './wording.js'
import { capList } from '../log-safety.js'

const PROOF_REJECTED = 'Authentication_MissingOrMalformed'

export async function readTarget(api: ApplicationsApi, target: TargetSettings): Promise<DirectoryTarget> {
  const found = await api.find(target.kind, target.id)
  if (found) return found
  const other = target.kind === 'application' ? 'service-principal' : 'application'
  throw new ActionableError(
    `No ${kindName(target.kind)} has the appId or object id ${target.id} in this tenant. Check the application input ` +
      `(it defaults to client-id), and target (to roll the ${kindName(other)} instead, set target: ${other}).`,
  )
}

export function describeTarget(target: DirectoryTarget): string {
  const name = target.displayName ? ` '${target.displayName}'` : ''
  return `${kindName(target.kind)}${name} (object id ${target.id})`
}

export function resultTarget(target: DirectoryTarget): Result['target'] {
  return { kind: kindName(target.kind), objectId: target.id, appId: target.appId, displayName: target.displayName }
}

export function kindName(kind: DirectoryTarget['kind']): string {
  return kind === 'application' ? 'application' : 'service principal'
}

// ── the proof ──────────────────────────────────────────────────────────────────────────────

/**
 * The signer's credential on the target, if it may sign a proof now. Otherwise an error saying
 * why; when the target has no valid certificate at all, `withoutProof` says how to do the job
 * without a proof (Graph accepts none then).
 */
export function requireSigner(target: DirectoryTarget, signer: Certificate, now: Date, withoutProof: string): KeyCredential {
  const credential = findByThumbprint(target.keyCredentials, signer.thumbprint)
  // Graph keeps a credential's dates within its certificate's validity: the credential's suffice.
  if (credential && isValidAt(credential, now)) return credential
  const problem = credential
    ? `is on the target as ${describeCredential(credential, false)}, which is not valid now (${iso(now)})`
    : `is not among the certificates of ${describeTarget(target)}, which holds ${listCredentials(target.keyCredentials)}`
  const remedy = target.keyCredentials.some((other) => isValidAt(other, now))
    ? 'Give as proof-certificate (it defaults to client-certificate) a currently valid certificate of the target, with its private key, or name one kept in Key Vault with proof-key-vault-certificate.'
    : `${capitalise(describeTarget(target))} has no currently valid certificate at all, and Graph only accepts a proof signed by one: ${withoutProof}.`
  throw new ActionableError(`The proof certificate ${signer.thumbprint} (${signer.subject}) ${problem}. ${remedy}`)
}

/** The Azure CLI command that does a job by updating the target itself, which needs no proof. */
export function azCredentialCommand(target: DirectoryTarget, verb: 'reset' | 'delete', options: string): string {
  return `\`az ad ${target.kind === 'application' ? 'app' : 'sp'} credential ${verb} --id ${target.appId ?? target.id} ${options}\``
}

/**
 * Signs a proof for the target (iss = its object id, never the appId), masks it, and sends it.
 * Graph answers any mistake in a proof with the same 401: that answer is explained here.
 */
export async function sendWithProof<T>(
  context: OperationContext,
  target: DirectoryTarget,
  signer: ProofSigner,
  action: 'addKey' | 'removeKey',
  send: (proof: string) => Promise<T>,
): Promise<T> {
  const sent = await signProofWith(signer, target.id, context.now())
  context.mask(sent.jwt)
  context.log.debug(`${action} proof: x5t=${sent.header.x5t} aud=${sent.claims.aud} iss=${sent.claims.iss} nbf=${sent.claims.nbf} exp=${sent.claims.exp}`)
  try {
    return await send(sent.jwt)
  } catch (error) {
    if (error instanceof GraphError && error.status === 401 && error.code === PROOF_REJECTED) {
      throw new ActionableError(explainRejectedProof(action, sent, target, context.now(), error.requestId))
    }
    throw error
  }
}

export interface SentProof {
  header: ProofHeader
  claims: ProofClaims
}

export interface ProofCheck {
  passed: boolean
  finding: string
}

/** Each rule of REFERENCE §2 that can be checked from here, against the proof as sent and the target as read. */
export function checkSentProof(sent: SentProof, target: DirectoryTarget, answeredAt: Date): ProofCheck[] {
  const { aud, iss, nbf, exp } = sent.claims
  const checks: ProofCheck[] = [
    aud === PROOF_AUDIENCE
      ? { passed: true, finding: `aud is ${PROOF_AUDIENCE}` }
      : { passed: false, finding: `aud is ${aud}, but Graph wants ${PROOF_AUDIENCE} (Azure AD Graph's id, not Microsoft Graph's 00000003-…)` },
    issCheck(iss, target),
    ...signerChecks(sent.header.x5t, target, answeredAt),
    exp - nbf <= PROOF_LIFETIME_SECONDS && exp > nbf
      ? { passed: true, finding: `lifetime exp − nbf is ${exp - nbf} s (at most ${PROOF_LIFETIME_SECONDS})` }
      : { passed: false, finding: `lifetime exp − nbf is ${exp - nbf} s, but Graph wants more than 0 and at most ${PROOF_LIFETIME_SECONDS}` },
  ]
  const age = Math.round(answeredAt.getTime() / 1000 - nbf)
  checks.push(
    answeredAt.getTime() / 1000 < exp
      ? { passed: true, finding: `the proof had not expired when Graph answered (signed ${age} s before)` }
      : { passed: false, finding: `the proof had expired when Graph answered (signed ${age} s before, retries took too long)` },
  )
  return checks
}

function issCheck(iss: string, target: DirectoryTarget): ProofCheck {
  if (iss.toLowerCase() === target.id.toLowerCase()) return { passed: true, finding: `iss is the object id ${target.id} (not the appId)` }
  if (target.appId !== undefined && iss.toLowerCase() === target.appId.toLowerCase()) {
    return { passed: false, finding: `iss is the appId ${iss}, but Graph wants the object id ${target.id}` }
  }
  return { passed: false, finding: `iss is ${iss}, which is not the object id ${target.id} of the target` }
}

function signerChecks(x5t: string, target: DirectoryTarget, answeredAt: Date): ProofCheck[] {
  const thumbprint = thumbprintFromX5t(x5t)
  const credential = findByThumbprint(target.keyCredentials, thumbprint)
  if (!credential) {
    return [{ passed: false, finding: `the signer ${thumbprint} (x5t ${x5t}) is not on the target, which holds ${listCredentials(target.keyCredentials)}` }]
  }
  const onTarget = { passed: true, finding: `the signer ${thumbprint} is on the target as keyId ${credential.keyId}` }
  const valid = isValidAt(credential, answeredAt)
  const { end } = windowOf(credential)
  return [
    onTarget,
    valid
      ? { passed: true, finding: `it is valid now${end ? ` (until ${iso(end)})` : ''}` }
      : { passed: false, finding: `it is not valid now (${describeWindow(credential)})` },
  ]
}

/** One paragraph: what failed (the likely causes), or, when nothing did, what remains. */
export function explainRejectedProof(
  action: 'addKey' | 'removeKey',
  sent: SentProof,
  target: DirectoryTarget,
  answeredAt: Date,
  requestId: string | undefined,
): string {
  const checks = checkSentProof(sent, target, answeredAt)
  const failed = checks.filter((check) => !check.passed).map((check) => check.finding)
  const passed = checks.filter((check) => check.passed).map((check) => check.finding)
  // The shape of every Graph failure (service-failure.ts): attempt, what Graph said, causes, reference.
  const attempt = action === 'addKey' ? 'Adding a certificate to' : 'Removing a certificate from'
  const opening = `${attempt} ${describeTarget(target)} failed: Graph refused the proof-of-possession token (${action}).`
  const reference = referenceText(401, PROOF_REJECTED, requestId)
  if (failed.length > 0) {
    return `${opening} Likely cause${failed.length > 1 ? 's' : ''}: ${failed.join('; ')}. Checked and fine: ${passed.join('; ') || 'nothing else'}. ${reference}`
  }
  const nbf = iso(new Date(sent.claims.nbf * 1000))
  return (
    `${opening} Every check of what was sent passes: ${passed.join('; ')}. What remains: the runner's clock running minutes ahead of Microsoft's ` +
    `(nbf ${nbf} came from it); a certificate added moments ago (by PATCH, the portal or an earlier step) not yet replicated to every Graph replica, so re-run in a few minutes; ` +
    `the certificate registered on the target differing from the one whose key signed (a customKeyIdentifier set by hand); the target changing between this step's read and its write. ${reference}`
  )
}
