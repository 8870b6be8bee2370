/** One function per operation; each takes what it needs and returns a Result. */
import type { Operation } from '../settings.js'
import { addKey } from './add-key.js'
import type { OperationContext, Result } from './context.js'
import { createKeyset } from './create-keyset.js'
import { generateKey } from './generate-key.js'
import { getActiveKey } from './get-active-key.js'
import { removeKey } from './remove-key.js'
import { syncKeyVaultCertificate } from './sync-key-vault-certificate.js'
import { uploadCertificate } from './upload-certificate.js'
import { uploadPkcs12 } from './upload-pkcs12.js'
import { uploadSecret } from './upload-secret.js'

export function runOperation(context: OperationContext, operation: Operation): Promise<Result> {
  switch (operation.name) {
    case 'create-keyset':
      return createKeyset(context, operation)
    case 'upload-secret':
      return uploadSecret(context, operation)
    case 'generate-key':
      return generateKey(context, operation)
    case 'upload-certificate':
      return uploadCertificate(context, operation)
    case 'upload-pkcs12':
      return uploadPkcs12(context, operation)
    case 'get-active-key':
      return getActiveKey(context, operation)
    case 'add-key':
      return addKey(context, operation)
    case 'remove-key':
      return removeKey(context, operation)
    case 'audit':
      return import('./audit.js').then(({ audit }) => audit(context, operation))
    case 'sync-key-vault-certificate':
      return syncKeyVaultCertificate(context, operation)
    case 'apply':
      // Its own chunk: the YAML parser and the planner load only for apply.
      return import('./apply.js').then(({ apply }) => apply(context, operation))
  }
}
