import type { KeyUse, Operation, Validity } from '../settings.js'
import type { OperationContext, Result } from './context.js'
import { requestedDates, writeKey, type KeyWrite } from './keyset-write.js'

export function uploadSecret(context: OperationContext, operation: Extract<Operation, { name: 'upload-secret' }>): Promise<Result> {
  return writeKey(context, operation.keyset, secretUpload(operation.secret, operation.use, operation.validity))
}

/** The uploadSecret write, shared with apply. */
export function secretUpload(secret: string, use: KeyUse, validity: Validity): KeyWrite {
  const { dates, planned } = requestedDates(validity)
  return {
    what: `a secret (oct, ${use})`,
    actionTaken: 'uploaded',
    kty: 'oct',
    use,
    planned,
    send: (api, keysetId) => api.uploadSecret(keysetId, { use, k: secret, ...dates }),
  }
}
