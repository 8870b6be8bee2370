import type { KeyType, KeyUse, Operation, Validity } from '../settings.js'
import type { OperationContext, Result } from './context.js'
import { requestedDates, writeKey, type KeyWrite } from './keyset-write.js'

export function generateKey(context: OperationContext, operation: Extract<Operation, { name: 'generate-key' }>): Promise<Result> {
  return writeKey(context, operation.keyset, generation(operation.keyType, operation.use, operation.validity))
}

/** The generateKey write, shared with apply. */
export function generation(keyType: KeyType, use: KeyUse, validity: Validity): KeyWrite {
  const { dates, planned } = requestedDates(validity)
  return {
    what: `a key (${keyType}, ${use})`,
    actionTaken: 'generated',
    kty: keyType,
    use,
    planned,
    send: (api, keysetId) => api.generateKey(keysetId, { use, kty: keyType, ...dates }),
  }
}
