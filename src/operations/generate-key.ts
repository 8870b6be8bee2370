import type { Operation } from '../settings.js'
import { toUnixSeconds } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { writeKey } from './keyset-write.js'

export function generateKey(context: OperationContext, operation: Extract<Operation, { name: 'generate-key' }>): Promise<Result> {
  const nbf = toUnixSeconds(operation.validity.notBefore)
  const exp = operation.validity.expires && toUnixSeconds(operation.validity.expires)
  return writeKey(context, operation.keyset, {
    what: `a key (${operation.keyType}, ${operation.use})`,
    actionTaken: 'generated',
    kty: operation.keyType,
    use: operation.use,
    planned: { notBefore: nbf, expires: exp },
    send: (api, keysetId) =>
      api.generateKey(keysetId, { use: operation.use, kty: operation.keyType, nbf, ...(exp === undefined ? {} : { exp }) }),
  })
}
