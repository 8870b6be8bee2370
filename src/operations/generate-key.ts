import type { KeyType, KeyUse, Operation, Validity } from '../settings.js'
import { toUnixSeconds } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { writeKey, type KeyWrite } from './keyset-write.js'

export function generateKey(context: OperationContext, operation: Extract<Operation, { name: 'generate-key' }>): Promise<Result> {
  return writeKey(context, operation.keyset, generation(operation.keyType, operation.use, operation.validity))
}

/** The generateKey write, shared with apply. */
export function generation(keyType: KeyType, use: KeyUse, validity: Validity): KeyWrite {
  const nbf = toUnixSeconds(validity.notBefore)
  const exp = validity.expires && toUnixSeconds(validity.expires)
  return {
    what: `a key (${keyType}, ${use})`,
    actionTaken: 'generated',
    kty: keyType,
    use,
    planned: { notBefore: nbf, expires: exp },
    send: (api, keysetId) => api.generateKey(keysetId, { use, kty: keyType, nbf, ...(exp === undefined ? {} : { exp }) }),
  }
}
