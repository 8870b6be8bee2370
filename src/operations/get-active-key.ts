import { ActionableError } from '../errors.js'
import { KeysetsApi, isKeysetMissing } from '../graph/keysets.js'
import type { Operation } from '../settings.js'
import type { OperationContext, Result } from './context.js'
import { describeKey, thumbprintOfKey } from './key-facts.js'
import { readActiveKey } from './keyset-write.js'

export async function getActiveKey(context: OperationContext, operation: Extract<Operation, { name: 'get-active-key' }>): Promise<Result> {
  const api = new KeysetsApi(context.graph)
  const { keysetId } = operation
  const { key } = await readActiveKey(api, keysetId)
  if (!key) throw await explainNoActiveKey(api, keysetId, context.now())
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
async function explainNoActiveKey(api: KeysetsApi, keysetId: string, now: Date): Promise<ActionableError> {
  let keys
  try {
    keys = (await api.get(keysetId)).keys
  } catch (error) {
    if (!isKeysetMissing(error)) throw error
    return new ActionableError(`Keyset ${keysetId} does not exist.`)
  }
  if (keys.length === 0) return new ActionableError(`Keyset ${keysetId} has no keys, so no active key; policies that use it fail at sign-in.`)
  const nowSeconds = now.getTime() / 1000
  const reasons = keys.map((key) => {
    const why = key.exp !== undefined && key.exp <= nowSeconds ? 'expired' : key.nbf !== undefined && key.nbf > nowSeconds ? 'not yet valid' : 'not active'
    return `${describeKey(key)}: ${why}`
  })
  return new ActionableError(`Keyset ${keysetId} has no active key; policies that use it fail at sign-in. Its keys: ${reasons.join('; ')}.`)
}
