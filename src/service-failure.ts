/**
 * Every failure Graph answered with, in one shape: what was tried, what the service said, the
 * likely fix, then the reference to quote to support:
 *
 *   Reading keyset B2C_1A_X failed: "Insufficient privileges". Grant … [Graph 403 Authorization_RequestDenied, request-id …]
 *
 * The code, the status and each id appear once: the code only in the reference.
 */
import type { GraphError } from './graph/errors.js'
import { serviceText } from './log-safety.js'
import { capitalise } from './operations/wording.js'

/** The fix for a keyset Graph does not find: names the two inputs that decide where it is looked for. */
export const KEYSET_MISSING_FIX = 'The keyset does not exist in the tenant signed in to: check the keyset input (the id, with or without B2C_1A_) and tenant-id'

const KEYSET_ACTIONS: Record<string, string> = {
  uploadSecret: 'uploading a secret to',
  uploadCertificate: 'uploading a certificate to',
  uploadPkcs12: 'uploading a PKCS#12 to',
  generateKey: 'generating a key in',
  getActiveKey: 'reading the active key of',
}

const DIRECTORY_KINDS: Record<string, string> = { applications: 'application', servicePrincipals: 'service principal' }

/**
 * 'Reading keyset B2C_1A_X', 'Adding a certificate to application …', or the request itself.
 * When `said` (the service's message) already names the object, it is called 'the keyset' or
 * 'the application' instead, so the id is not said twice in one sentence.
 */
function attemptOf(method: string, path: string, said = ''): string {
  const bare = path.split('?')[0] ?? path
  const named = (kind: string, id: string) => (said.toLowerCase().includes(id.toLowerCase()) ? `the ${kind}` : `${kind} ${id}`)
  const keyset = /^\/beta\/trustFramework\/keySets(?:\/([^/]+))?(?:\/([A-Za-z0-9]+))?$/.exec(bare)
  if (keyset) {
    const [, id, action] = keyset
    if (id === undefined) return method === 'POST' ? 'Creating the keyset' : 'Listing keysets'
    const target = named('keyset', decodeURIComponent(id))
    if (action === undefined) return `${method === 'GET' ? 'Reading' : 'Changing'} ${target}`
    return capitalise(`${KEYSET_ACTIONS[action] ?? `${action} on`} ${target}`)
  }
  const directory = /^\/v1\.0\/(applications|servicePrincipals)(?:\(appId='([^']+)'\)|\/([^/]+))(?:\/(addKey|removeKey))?$/.exec(bare)
  if (directory) {
    const [, collection = '', appId, objectId = '', action] = directory
    const kind = DIRECTORY_KINDS[collection] ?? collection
    const target = appId === undefined ? named(kind, objectId) : said.toLowerCase().includes(appId.toLowerCase()) ? `the ${kind}` : `${kind} with appId ${appId}`
    if (action === 'addKey') return `Adding a certificate to ${target}`
    if (action === 'removeKey') return `Removing a certificate from ${target}`
    return `Reading ${target}`
  }
  return `${method} ${bare}`
}

/** One message in the shape above; `fix` is one or more sentences, or undefined when none is known. */
export function graphFailure(error: GraphError, fix: string | undefined): string {
  // Graph's own words are service text: redacted, bounded, on one line.
  const said = error.graphMessage === '(no message)' ? 'Graph gave no message' : `"${withoutFinalPeriod(serviceText(error.graphMessage))}"`
  const parts = [`${attemptOf(error.method, error.path, error.graphMessage)} failed: ${said}.`]
  if (fix !== undefined) parts.push(fix.endsWith('.') ? fix : `${fix}.`)
  parts.push(referenceOf(error))
  return parts.join(' ')
}

/** `[Graph 403 Authorization_RequestDenied, request-id …]`; the code is left out when it only repeats the status. */
function referenceOf(error: GraphError): string {
  return referenceText(error.status, error.code, error.requestId)
}

export function referenceText(status: number, code: string, requestId: string | undefined): string {
  const named = code === `HTTP${status}` ? '' : ` ${code}`
  return `[Graph ${status}${named}${requestId ? `, request-id ${requestId}` : ''}]`
}

function withoutFinalPeriod(text: string): string {
  return text.trim().replace(/\.+$/, '')
}
