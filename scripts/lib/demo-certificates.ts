/** Self-signed certificates for the demo's certificate roll, made by the openssl CLI. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface DemoCertificate {
  certPem: string
  /** Unencrypted PKCS#8 PEM. */
  keyPem: string
}

/** An RSA-2048 certificate valid from now for `days`. */
export function makeDemoCertificate(commonName: string, days: number): DemoCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'b2c-keys-demo-'))
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', String(days), '-subj', `/CN=${commonName}`], {
      cwd: dir,
      stdio: 'ignore',
    })
    return { certPem: readFileSync(join(dir, 'cert.pem'), 'utf8'), keyPem: readFileSync(join(dir, 'key.pem'), 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
