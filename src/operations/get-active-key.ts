import { ActionableError } from '../errors.js'
import type { GraphError } from '../graph/errors.js'
import { KEYSET_MISSING_FIX, graphFailure } from '../service-failure.js'
import { KeysetsApi, isKeysetMissing, type TrustFrameworkKey } from '../graph/keysets.js'
import type { Operation } from '../settings.js'
import type { OperationContext, Result } from './context.js'
import { describeKey, thumbprintOfKey } from './key-facts.js'
import { readKeyset } from './keyset-write.js'
import { capList } from '../log-safety.js'

/** Asks the service itself (getActiveKey): the answer B2C's policies will actually use. */
export async function getActiveKey(context: OperationContext, operation: Extract<Operation, { name: 'get-active-key' }>): Promise<Result> {
  const api = new KeysetsApi(context.graph)
  const { keysetId } = operation
  let key: TrustFrameworkKey
  try {
    key = await api.getActiveKey(keysetId)
  } catch (error) {
    if (!isKeysetMissing(error)) throw error
    throw await explainNoActiveKey(api, keysetId, context.now(), error)
  }
  return {
    actionTaken: 'found',
    detail: `Active key of ${keysetId}: ${describeKey(key)}.`,
    kid: key.kid,
    keysetId,
    notBefore: key.nbf,
    expires: key.exp,
    thumbprint: thumbprintOfKey(key),
  }
}

/** Says which of the two it is, and why no key qualifies: policies using the keyset fail at sign-in. */
async function explainNoActiveKey(api: KeysetsApi, keysetId: string, now: Date, missing: GraphError): Promise<ActionableError> {
  const keyset = await readKeyset(api, keysetId)
  if (!keyset) return new ActionableError(graphFailure(missing, KEYSET_MISSING_FIX))
  if (keyset.keys.length === 0) return new ActionableError(`Keyset ${keysetId} has no keys, so no active key; policies that use it fail at sign-in.`)
  const nowSeconds = now.getTime() / 1000
  const reasons = keyset.keys.map((key) => {
    const why = key.exp !== undefined && key.exp <= nowSeconds ? 'expired' : key.nbf !== undefined && key.nbf > nowSeconds ? 'not yet valid' : 'not active'
    return `${describeKey(key)}: ${why}`
  })
  return new ActionableError(`Keyset ${keysetId} has no active key; policies that use it fail at sign-in. Its keys: ${capList(reasons, '; ')}.`)
}
