/**
 * Test inputs made by the openssl CLI, a tool this project did not write: certificates, keys in
 * every encoding users have, PKCS#12 files as OpenSSL 3 writes them, and an independent check
 * of RS256 signatures. Works with OpenSSL 3.0 (no `req -not_before`): validity windows are set
 * with `openssl ca -selfsign -startdate/-enddate`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const DAY_MS = 86_400_000
const tempDirs: string[] = []

/**
 * Runs openssl and returns stdout (with `withStderr`, stdout then stderr: some subcommands such
 * as `pkcs12 -info` report there). Throws with stderr when openssl fails.
 */
export function openssl(args: string[], options: { cwd?: string; input?: string | Buffer; withStderr?: boolean } = {}): Buffer {
  const result = spawnSync('openssl', args, { cwd: options.cwd, input: options.input, maxBuffer: 16 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0) {
    throw new Error(`openssl ${args[0] ?? ''} failed (${result.status}): ${result.stderr.toString()}`)
  }
  return options.withStderr ? Buffer.concat([result.stdout, result.stderr]) : result.stdout
}

export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'b2c-keys-openssl-'))
  tempDirs.push(dir)
  return dir
}

/** Removes every directory the helpers made; call it from afterAll. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export interface CertOptions {
  /** Length of the validity window; default 30. */
  days?: number
  /** Start of validity relative to now; negative for a certificate not valid yet. Default 0. */
  notBeforeDaysAgo?: number
  /** A certificate whose validity ended a day ago (unless notBeforeDaysAgo says otherwise). */
  expired?: boolean
  keyType?: 'rsa' | 'ec'
  /** RSA modulus size; default 2048. */
  rsaBits?: number
  /** Common name; default 'b2c-keys-action test'. */
  commonName?: string
}

export interface SelfSignedCert {
  certPem: string
  /** Unencrypted PKCS#8 PEM. */
  keyPem: string
  dir: string
  certPath: string
  keyPath: string
  /** The validity window asked for (whole seconds). */
  notBefore: Date
  notAfter: Date
}

const CA_CONFIG = `[ ca ]
default_ca = selfsign
[ selfsign ]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = anything
unique_subject = no
x509_extensions = leaf
[ anything ]
commonName = supplied
[ leaf ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
[ req ]
distinguished_name = dn
prompt = no
`

export function makeSelfSignedCert(options: CertOptions = {}): SelfSignedCert {
  const days = options.days ?? 30
  const notBeforeDaysAgo = options.notBeforeDaysAgo ?? (options.expired ? days + 1 : 0)
  const nowSeconds = Math.floor(Date.now() / 1000) * 1000
  const notBefore = new Date(nowSeconds - notBeforeDaysAgo * DAY_MS)
  const notAfter = new Date(notBefore.getTime() + days * DAY_MS)

  const dir = makeTempDir()
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  writeFileSync(join(dir, 'ca.cnf'), `${CA_CONFIG}[ dn ]\nCN = ${options.commonName ?? 'b2c-keys-action test'}\n`)
  writeFileSync(join(dir, 'index.txt'), '')
  writeFileSync(join(dir, 'serial'), `${Date.now().toString(16).padStart(16, '0')}\n`)

  const keyArgs =
    options.keyType === 'ec'
      ? ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']
      : ['-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${options.rsaBits ?? 2048}`]
  openssl(['genpkey', ...keyArgs, '-out', keyPath], { cwd: dir })
  openssl(['req', '-new', '-key', keyPath, '-out', 'req.csr', '-config', 'ca.cnf'], { cwd: dir })
  openssl(
    ['ca', '-batch', '-selfsign', '-notext', '-config', 'ca.cnf', '-keyfile', keyPath, '-in', 'req.csr', '-out', certPath,
      '-startdate', opensslTime(notBefore), '-enddate', opensslTime(notAfter)],
    { cwd: dir },
  )
  return { certPem: readFileSync(certPath, 'utf8'), keyPem: readFileSync(keyPath, 'utf8'), dir, certPath, keyPath, notBefore, notAfter }
}

/** YYYYMMDDHHMMSSZ, the form `openssl ca -startdate` takes. */
function opensslTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-T:]/g, '')}Z`
}

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

/** The certificate's DER, base64 (one line), as openssl encodes it. */
export function certDerBase64(certPem: string): string {
  return openssl(['x509', '-outform', 'DER'], { input: certPem }).toString('base64')
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
