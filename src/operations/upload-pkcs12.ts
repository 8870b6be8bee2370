import type { Certificate } from '../crypto/certificates.js'
import type { Operation } from '../settings.js'
import { toUnixSeconds } from '../time.js'
import type { Log, OperationContext, Result } from './context.js'
import { writeKey, type KeyWrite } from './keyset-write.js'
import { loadKeyVault } from './sources.js'

/** The certificate's PFX from Key Vault, re-wrapped on the runner (see keyvault/pfx.ts). */
async function fromKeyVault(context: OperationContext, operation: Extract<UploadPkcs12, { keyVaultCertificate: unknown }>): Promise<Exclude<UploadPkcs12, { keyVaultCertificate: unknown }>> {
  const { readPfxForB2c } = await loadKeyVault(context)
  return { name: operation.name, keyset: operation.keyset, ...(await readPfxForB2c(context, operation.keyVaultCertificate)) }
}

type UploadPkcs12 = Extract<Operation, { name: 'upload-pkcs12' }>

export async function uploadPkcs12(context: OperationContext, given: UploadPkcs12): Promise<Result> {
  const operation = 'keyVaultCertificate' in given ? await fromKeyVault(context, given) : given
  warnIfAes(context.log, operation.encryption)
  return writeKey(context, operation.keyset, pkcs12Upload(operation.pkcs12, operation.password, operation.certificate))
}

export function warnIfAes(log: Log, encryption: string): void {
  if (encryption === 'aes-pbes2') {
    log.warning(
      'The PKCS#12 is AES-encrypted (openssl 3 default). B2C is reported to answer AADB2C90213 "wrong password" for such files ' +
        'even with the right password; if it does, re-export it with `openssl pkcs12 -export -legacy`.',
    )
  }
}

/** The uploadPkcs12 write, shared with apply. */
export function pkcs12Upload(pkcs12: string, password: string, certificate: Certificate): KeyWrite {
  return {
    what: `PKCS#12 with certificate ${certificate.thumbprint} (${certificate.subject})`,
    actionTaken: 'uploaded',
    kty: 'RSA',
    use: undefined,
    planned: { notBefore: toUnixSeconds(certificate.notBefore), expires: toUnixSeconds(certificate.notAfter) },
    thumbprint: certificate.thumbprint,
    send: (api, keysetId) => api.uploadPkcs12(keysetId, pkcs12, password, certificate.x5t),
  }
}
