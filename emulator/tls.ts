/**
 * The emulator's TLS identity: one self-signed certificate, made with openssl at start, that is at
 * the same time the server certificate and the trust anchor clients load (NODE_EXTRA_CA_CERTS).
 * MSAL refuses plain-http authorities, so HTTPS on loopback is the only way to test real clients.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runOpenssl } from './openssl.js'

export interface TlsMaterial {
  dir: string
  caFile: string
  certPem: string
  keyPem: string
}

export async function createTlsMaterial(): Promise<TlsMaterial> {
  const dir = await mkdtemp(join(tmpdir(), 'b2c-keys-emulator-'))
  const caFile = join(dir, 'emulator-ca.pem')
  const keyFile = join(dir, 'emulator-key.pem')
  // EC P-256: key generation is instant, unlike RSA. CA:TRUE + keyCertSign lets strict verifiers
  // accept the certificate as a trust anchor; the SANs cover how clients address loopback.
  const result = await runOpenssl([
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-keyout', keyFile, '-out', caFile, '-days', '30',
    '-subj', '/CN=b2c-keys-action emulator',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,digitalSignature,keyCertSign',
    '-addext', 'extendedKeyUsage=serverAuth',
  ])
  if (result.code !== 0) throw new Error(`openssl could not create the emulator certificate: ${result.stderr}`)
  return { dir, caFile, certPem: await readFile(caFile, 'utf8'), keyPem: await readFile(keyFile, 'utf8') }
}
