import type { Certificate } from '../crypto/certificates.js'
import type { Operation } from '../settings.js'
import { toUnixSeconds } from '../time.js'
import type { OperationContext, Result } from './context.js'
import { writeKey, type KeyWrite } from './keyset-write.js'
import { certificateFrom } from './sources.js'

export async function uploadCertificate(
  context: OperationContext,
  operation: Extract<Operation, { name: 'upload-certificate' }>,
): Promise<Result> {
  const certificate = await certificateFrom(context, 'certificate' in operation ? operation.certificate : operation.keyVaultCertificate)
  return writeKey(context, operation.keyset, certificateUpload(certificate))
}

/** The uploadCertificate write, shared with apply. */
export function certificateUpload(certificate: Certificate): KeyWrite {
  return {
    what: `certificate ${certificate.thumbprint} (${certificate.subject})`,
    actionTaken: 'uploaded',
    kty: 'RSA',
    use: undefined,
    planned: { notBefore: toUnixSeconds(certificate.notBefore), expires: toUnixSeconds(certificate.notAfter) },
    thumbprint: certificate.thumbprint,
    send: (api, keysetId) => api.uploadCertificate(keysetId, certificate.der.toString('base64'), certificate.x5t),
  }
}
