import type { KeyUse, Operation, Validity } from '../settings.js'
import { toUnixSeconds } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { writeKey, type KeyWrite } from './keyset-write.js'

export function uploadSecret(context: OperationContext, operation: Extract<Operation, { name: 'upload-secret' }>): Promise<Result> {
  return writeKey(context, operation.keyset, secretUpload(operation.secret, operation.use, operation.validity))
}

/** The uploadSecret write, shared with apply. */
export function secretUpload(secret: string, use: KeyUse, validity: Validity): KeyWrite {
  const nbf = toUnixSeconds(validity.notBefore)
  const exp = validity.expires && toUnixSeconds(validity.expires)
  return {
    what: `a secret (oct, ${use})`,
    actionTaken: 'uploaded',
    kty: 'oct',
    use,
    planned: { notBefore: nbf, expires: exp },
    // exp is left out, not sent as null, when the key should never expire.
    send: (api, keysetId) => api.uploadSecret(keysetId, { use, k: secret, nbf, ...(exp === undefined ? {} : { exp }) }),
  }
}
