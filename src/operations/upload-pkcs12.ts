import type { Operation } from '../settings.js'
import { toUnixSeconds } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { writeKey } from './keyset-write.js'

export function uploadPkcs12(context: OperationContext, operation: Extract<Operation, { name: 'upload-pkcs12' }>): Promise<Result> {
  const { certificate } = operation
  if (operation.encryption === 'aes-pbes2') {
    context.log.warning(
      'The PKCS#12 is AES-encrypted (openssl 3 default). B2C is reported to answer AADB2C90213 "wrong password" for such files ' +
        'even with the right password; if it does, re-export it with `openssl pkcs12 -export -legacy`.',
    )
  }
  return writeKey(context, operation.keyset, {
    what: `PKCS#12 with certificate ${certificate.thumbprint} (${certificate.subject})`,
    actionTaken: 'uploaded',
    kty: 'RSA',
    use: undefined,
    planned: { notBefore: toUnixSeconds(certificate.notBefore), expires: toUnixSeconds(certificate.notAfter) },
    thumbprint: certificate.thumbprint,
    send: (api, keysetId) => api.uploadPkcs12(keysetId, operation.pkcs12, operation.password, certificate.x5t),
  })
}
