/**
 * Outputs flow into later steps (`${{ steps.x.outputs.kid }}` in a script, a URL, a vault name),
 * so a value from the service is passed on only when it has the shape the service documents.
 * Anything else fails the step here, rather than becoming input to someone else's command.
 */
import { ActionableError } from './errors.js'
import { serviceText } from './log-safety.js'
import type { Result } from './operations/context.js'

/** trustFrameworkKey `kid`: a base64url-ish token. */
const KEY_ID = /^[A-Za-z0-9._~+/=-]{1,256}$/
/** keyCredential `keyId`. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const KEYSET_ID = /^B2C_1A_[A-Za-z0-9_.-]{1,200}$/
const THUMBPRINT = /^[0-9A-F]{40}$/
/** Unix seconds up to the year 9999. */
const MAX_TIME = 253_402_300_799

/** What these results report had to come back from the service. */
const REPORTS_A_KEY = new Set(['uploaded', 'generated', 'added', 'found'])

export function checkOutputShapes(result: Result): Result {
  const onApplication = result.target !== undefined
  const [kidShape, kidName] = onApplication ? [GUID, 'keyCredential keyId (a GUID)'] : [KEY_ID, 'key id (letters, digits and -_.~+/=)']
  if (REPORTS_A_KEY.has(result.actionTaken) && !result.kid) refuse('kid', '', kidName, result)
  check('kid', result.kid, kidShape, kidName, result)
  check('previous-kid', result.previousKid, kidShape, kidName, result)
  check('keyset-id', result.keysetId, KEYSET_ID, 'keyset id (B2C_1A_ and a name)', result)
  check('thumbprint', result.thumbprint, THUMBPRINT, 'SHA-1 thumbprint (40 hex digits)', result)
  checkTime('not-before', result.notBefore, result)
  checkTime('expires', result.expires, result)
  return result
}

function check(output: string, value: string | undefined, shape: RegExp, what: string, result: Result): void {
  if (value !== undefined && value !== '' && !shape.test(value)) refuse(output, value, what, result)
}

function checkTime(output: string, value: number | undefined, result: Result): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0 && value <= MAX_TIME)) refuse(output, String(value), 'time in Unix seconds', result)
}

function refuse(output: string, value: string, what: string, result: Result): never {
  const got = value === '' ? 'nothing' : `'${serviceText(value, 80)}'`
  const write = result.actionTaken === 'found' || result.actionTaken === 'skipped' || result.actionTaken === 'planned' ? '' : ` The service reported the ${result.actionTaken === 'removed' ? 'removal' : 'write'} as done: check the target before re-running.`
  throw new ActionableError(`The service answered with ${got} where output '${output}' needs a ${what}; the step fails instead of passing it to later steps.${write}`)
}
