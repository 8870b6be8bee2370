import type { Operation } from '../settings.js'
import { toUnixSeconds } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { writeKey } from './keyset-write.js'

export function uploadSecret(context: OperationContext, operation: Extract<Operation, { name: 'upload-secret' }>): Promise<Result> {
  const nbf = toUnixSeconds(operation.validity.notBefore)
  const exp = operation.validity.expires && toUnixSeconds(operation.validity.expires)
  return writeKey(context, operation.keyset, {
    what: `a secret (oct, ${operation.use})`,
    actionTaken: 'uploaded',
    kty: 'oct',
    use: operation.use,
    planned: { notBefore: nbf, expires: exp },
    // exp is left out, not sent as null, when the key should never expire.
    send: (api, keysetId) => api.uploadSecret(keysetId, { use: operation.use, k: operation.secret, nbf, ...(exp === undefined ? {} : { exp }) }),
  })
}
