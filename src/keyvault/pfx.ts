/**
 * upload-pkcs12 from Key Vault: the certificate's PFX is its secret (base64, blank password,
 * AES-encrypted by Key Vault, with the key only when the key is exportable). B2C is known to
 * refuse AES-encrypted files, so the PFX is re-wrapped on the runner as legacy 3DES/SHA-1 with a
 * random password, masked before anything could print it.
 */
import { randomBytes } from 'node:crypto'
import type { Certificate } from '../crypto/certificates.js'
import { parsePkcs12, Pkcs12Error } from '../crypto/pkcs12.js'
import { writeLegacyPkcs12 } from '../crypto/pkcs12-writer.js'
import { ActionableError } from '../errors.js'
import type { OperationContext } from '../operations/context.js'
import { readCertificateVersion } from './certificates.js'
import type { KeyVaultCertificateRef } from './reference.js'
import { openVault } from './vault.js'

export interface PfxForB2c {
  pkcs12: string
  password: string
  certificate: Certificate
  encryption: 'legacy-3des'
}

export async function readPfxForB2c(context: OperationContext, ref: KeyVaultCertificateRef): Promise<PfxForB2c> {
  const version = await readCertificateVersion(context, ref)
  const vault = openVault(context, ref.vault)
  const secretVersion = version.secretId.split('/').pop()
  const secret = await vault.call({ what: `read the PFX (secret) of certificate '${ref.name}/${version.version}'`, role: 'secret' }, () =>
    vault.secrets.getSecret(ref.name, { version: secretVersion ?? version.version }),
  )
  const value = secret.value ?? ''
  context.mask(value)
  const source = `Key Vault certificate '${ref.name}/${version.version}'`
  if (secret.properties.contentType === 'application/x-pem-file') {
    throw new ActionableError(`${source} stores its secret as PEM; upload-pkcs12 needs a certificate created with content type application/x-pkcs12.`)
  }
  let contents
  try {
    contents = parsePkcs12(Buffer.from(value, 'base64'), '')
  } catch (error) {
    if (error instanceof Pkcs12Error) throw new ActionableError(`${source}: its secret is not a PKCS#12 the action can open (${error.message}).`)
    throw error
  }
  const privateKey = contents.privateKeys[0]
  if (!privateKey) {
    throw new ActionableError(
      `${source} has a non-exportable key, so its secret holds no private key and B2C cannot get one: create the certificate with an exportable key ` +
        '(policy keyProperties.exportable: true; HSM keys never are), or upload only its public part with upload-certificate.',
    )
  }
  const password = randomBytes(24).toString('base64url')
  context.mask(password)
  const pkcs12 = writeLegacyPkcs12(privateKey, version.certificate.der, password).toString('base64')
  context.mask(pkcs12)
  context.log.info(
    `The PFX of ${source} was re-wrapped on the runner as a legacy 3DES/SHA-1 PKCS#12 with a random, masked password (B2C refuses the AES-encrypted PFX Key Vault exports).`,
  )
  return { pkcs12, password, certificate: version.certificate, encryption: 'legacy-3des' }
}
