/**
 * Opens a PKCS#12 with the openssl CLI (not with the code under test's libraries). The password
 * goes through the child's environment, never argv. openssl's `-info` output names the encryption
 * used, which is how the emulator reproduces B2C's refusal of AES/PBES2-encrypted files.
 */
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { runOpenssl, type OpensslResult } from '../openssl.js'

export type Pkcs12Outcome =
  | { ok: true; certificate: X509Certificate; privateKey: KeyObject; encryption: string }
  | { ok: false; kind: 'password' | 'aes' | 'invalid' | 'no-key'; detail: string }

const PASSWORD_VAR = 'B2C_EMULATOR_PFX_PASSWORD'

async function openssl(pfx: Buffer, password: string, legacy: boolean): Promise<OpensslResult> {
  // -legacy loads the provider with RC2/3DES (what `-export -legacy` writes) next to the default one.
  const args = ['pkcs12', ...(legacy ? ['-legacy'] : []), '-info', '-nodes', '-passin', `env:${PASSWORD_VAR}`]
  return runOpenssl(args, { input: pfx, env: { [PASSWORD_VAR]: password } })
}

export async function readPkcs12(pfx: Buffer, password: string, acceptAes: boolean): Promise<Pkcs12Outcome> {
  let result = await openssl(pfx, password, true)
  if (result.code !== 0 && /legacy/i.test(result.stderr) && /provider/i.test(result.stderr)) {
    result = await openssl(pfx, password, false) // no legacy provider installed
  }
  const info = result.stderr
  if (/mac verify error|invalid password/i.test(info)) return { ok: false, kind: 'password', detail: 'MAC verification failed: wrong password' }
  if (result.code !== 0) return { ok: false, kind: 'invalid', detail: info.trim().split('\n').slice(-2).join(' ') }
  const encryption = info
    .split('\n')
    .filter((l) => /Encrypted data|Shrouded Keybag/i.test(l))
    .join('; ')
  if (!acceptAes && /PBES2|AES/i.test(encryption)) {
    return { ok: false, kind: 'aes', detail: `AES/PBES2-encrypted PKCS#12 (${encryption}); B2C only opens legacy 3DES/RC2 ones` }
  }
  const keyPem = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(result.stdout)
  if (!keyPem) return { ok: false, kind: 'no-key', detail: 'the PKCS#12 holds no private key' }
  const privateKey = createPrivateKey(keyPem[0])
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' })
  const certs = result.stdout.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  for (const pem of certs) {
    const cert = new X509Certificate(pem)
    if (cert.publicKey.export({ type: 'spki', format: 'der' }).equals(spki)) return { ok: true, certificate: cert, privateKey, encryption }
  }
  return { ok: false, kind: 'no-key', detail: 'no certificate in the PKCS#12 matches its private key' }
}
