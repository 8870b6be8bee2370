/**
 * Test inputs made by the openssl CLI, on top of the certificate maker in scripts/lib/openssl.ts
 * (shared with the demo and the bench): keys in every encoding users have, PKCS#12 files as
 * OpenSSL 3 writes them, and an independent check of RS256 signatures.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTempDir, openssl } from '../../scripts/lib/openssl.js'

export {
  certDerBase64,
  makeSelfSignedCert,
  makeTempDir,
  openssl,
  removeTempDirs,
  type CertOptions,
  type SelfSignedCert,
} from '../../scripts/lib/openssl.js'

export interface PfxOptions {
  /** `-legacy`: 3DES key, RC2-40 certificates, SHA-1 MAC (the format B2C is known to take). */
  legacy?: boolean
  /** More certificates (PEM) to put in the file, as a chain would be. */
  extraCertsPem?: string
  /** Further `openssl pkcs12 -export` arguments, e.g. ['-nomac'] or ['-macalg', 'sha512']. */
  args?: string[]
  /** Leave the private key out (`-nokeys`). */
  noKey?: boolean
}

/** `openssl pkcs12 -export` (default: PBES2/AES-256-CBC, SHA-256 MAC) → base64. */
export function makePfx(certPem: string, keyPem: string, password: string, options: PfxOptions = {}): string {
  const dir = makeTempDir()
  writeFileSync(join(dir, 'cert.pem'), certPem)
  writeFileSync(join(dir, 'key.pem'), keyPem)
  const args = ['pkcs12', '-export', '-in', 'cert.pem', '-out', 'out.pfx', '-passout', `pass:${password}`]
  if (options.noKey) args.push('-nokeys')
  else args.push('-inkey', 'key.pem')
  if (options.legacy) args.push('-legacy')
  if (options.extraCertsPem !== undefined) {
    writeFileSync(join(dir, 'extra.pem'), options.extraCertsPem)
    args.push('-certfile', 'extra.pem')
  }
  args.push(...(options.args ?? []))
  openssl(args, { cwd: dir })
  return readFileSync(join(dir, 'out.pfx')).toString('base64')
}

/** The key as PKCS#1 ('BEGIN RSA PRIVATE KEY'). */
export function toPkcs1(keyPem: string): string {
  return openssl(['rsa', '-traditional'], { input: keyPem }).toString()
}

/** The key as encrypted PKCS#8 ('BEGIN ENCRYPTED PRIVATE KEY', PBES2/AES-256-CBC). */
export function encryptPkcs8(keyPem: string, password: string): string {
  return openssl(['pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-passout', `pass:${password}`], { input: keyPem }).toString()
}

/** The key as legacy encrypted PEM ('Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-256-CBC'). */
export function encryptTraditional(keyPem: string, password: string): string {
  return openssl(['rsa', '-traditional', '-aes256', '-passout', `pass:${password}`], { input: keyPem }).toString()
}

/** SHA-1 fingerprint as openssl prints it, colons removed (upper-case hex). */
export function sha1Fingerprint(certPem: string): string {
  const out = openssl(['x509', '-noout', '-fingerprint', '-sha1'], { input: certPem }).toString()
  const match = /Fingerprint=([0-9A-F:]+)/i.exec(out)
  if (!match?.[1]) throw new Error(`unexpected openssl output: ${out}`)
  return match[1].replaceAll(':', '').toUpperCase()
}

/** notBefore / notAfter as `openssl x509 -dates` reports them. */
export function certDates(certPem: string): { notBefore: Date; notAfter: Date } {
  const out = openssl(['x509', '-noout', '-dates', '-dateopt', 'iso_8601'], { input: certPem }).toString()
  const field = (name: string): Date => {
    const match = new RegExp(`${name}=(\\S+) (\\S+)`).exec(out)
    if (!match) throw new Error(`unexpected openssl output: ${out}`)
    return new Date(`${match[1]}T${match[2]}`)
  }
  return { notBefore: field('notBefore'), notAfter: field('notAfter') }
}

/** `openssl dgst -sha256 -verify`: does `signature` (raw bytes) sign `data` with the certificate's key? */
export function verifyRs256(certPem: string, data: string, signature: Buffer): boolean {
  const dir = makeTempDir()
  writeFileSync(join(dir, 'pub.pem'), openssl(['x509', '-noout', '-pubkey'], { input: certPem }))
  writeFileSync(join(dir, 'data'), data)
  writeFileSync(join(dir, 'sig.bin'), signature)
  try {
    const out = openssl(['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'sig.bin', 'data'], { cwd: dir })
    return out.toString().includes('Verified OK')
  } catch {
    return false
  }
}
