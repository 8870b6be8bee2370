/**
 * The one certificate maker of the repository, on the openssl CLI (a tool this project did not
 * write): self-signed certificates with exact validity windows for the tests, the demo and the
 * bench. Works with OpenSSL 3.0 (no `req -not_before`): validity windows are set with
 * `openssl ca -selfsign -startdate/-enddate`. Test-only shapes (PKCS#12 files, key encodings,
 * signature checks) are in __tests__/helpers/openssl.ts, on top of this.
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

/** The certificate's DER, base64 (one line), as openssl encodes it. */
export function certDerBase64(certPem: string): string {
  return openssl(['x509', '-outform', 'DER'], { input: certPem }).toString('base64')
}
