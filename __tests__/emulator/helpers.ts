/**
 * Test helpers for the emulator's own tests: start an emulator whose CA this process trusts,
 * call it with fetch, and make certificates / PKCS#12 files with the openssl CLI.
 */
import { execFile } from 'node:child_process'
import { constants as cryptoConstants, createHash, createPrivateKey, sign as cryptoSign } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import tls from 'node:tls'
import { promisify } from 'node:util'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js'

const execFileAsync = promisify(execFile)

/**
 * Starts an emulator and adds its CA to this process's default trust store: the in-process
 * equivalent of NODE_EXTRA_CA_CERTS, which fetch, @actions/http-client and @azure/identity all use.
 */
export async function startTrusted(options?: EmulatorOptions): Promise<Emulator> {
  const emu = await startEmulator(options)
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), await readFile(emu.caFile, 'utf8')])
  return emu
}

/** A settable clock for the emulator's `now` option. */
export function testClock(): { now: () => Date; advance: (seconds: number) => void; set: (d: Date) => void } {
  let offset = 0
  return {
    now: () => new Date(Date.now() + offset),
    advance: (seconds) => {
      offset += seconds * 1000
    },
    set: (d) => {
      offset = d.getTime() - Date.now()
    },
  }
}

// Response bodies are arbitrary JSON; tests index into them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export interface CallResult {
  status: number
  body: Json
  text: string
  headers: Headers
}

export interface CallOptions {
  /** Bearer token; default a fresh token of the default client; null sends none. */
  token?: string | null
  json?: unknown
  /** Raw body with its content type, for malformed-body tests. */
  raw?: { body: string; contentType: string }
  form?: Record<string, string>
  headers?: Record<string, string>
  /** Gives up on a request that gets no answer (stall faults). */
  signal?: AbortSignal
}

export async function call(emu: Emulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers }
  const token = options.token === undefined ? emu.issueAccessToken() : options.token
  if (token !== null) headers['Authorization'] = `Bearer ${token}`
  let body: string | undefined
  if (options.json !== undefined) {
    body = JSON.stringify(options.json)
    headers['Content-Type'] = 'application/json'
  } else if (options.raw) {
    body = options.raw.body
    headers['Content-Type'] = options.raw.contentType
  } else if (options.form) {
    body = new URLSearchParams(options.form).toString()
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
  }
  // Redirects are shown to the test, never followed: the emulator's own redirect faults are under test.
  const res = await fetch(`${emu.url}${path}`, { method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}), ...(options.signal ? { signal: options.signal } : {}) })
  const text = await res.text()
  let parsed: Json = undefined
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = undefined
  }
  return { status: res.status, body: parsed, text, headers: res.headers }
}

/** Graph error code of a response, for `expect(code(r)).toBe(...)`. */
export function code(r: CallResult): string | undefined {
  return r.body?.error?.code
}

export function decodeClaims(jwt: string): Json {
  const part = jwt.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
}

export function decodeHeader(jwt: string): Json {
  return JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8'))
}

export interface TestCert {
  certPem: string
  keyPem: string
  /** Certificate + key, as ClientCertificateCredential takes it. */
  pem: string
  der: Buffer
  base64: string
  sha1Hex: string
  x5t: string
}

export class Workdir {
  private constructor(readonly dir: string) {}

  static async create(): Promise<Workdir> {
    return new Workdir(await mkdtemp(join(tmpdir(), 'emulator-test-')))
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true })
  }

  private counter = 0

  /** A self-signed certificate made with openssl (RSA 2048 unless `ec`). */
  async cert(options: { cn?: string; days?: number; ec?: boolean } = {}): Promise<TestCert> {
    const n = ++this.counter
    const keyFile = join(this.dir, `key${n}.pem`)
    const certFile = join(this.dir, `cert${n}.pem`)
    const keyArgs = options.ec ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'] : ['-newkey', 'rsa:2048']
    await execFileAsync('openssl', ['req', '-x509', ...keyArgs, '-nodes', '-keyout', keyFile, '-out', certFile, '-days', String(options.days ?? 30), '-subj', `/CN=${options.cn ?? `test-cert-${n}`}`])
    const certPem = await readFile(certFile, 'utf8')
    const keyPem = await readFile(keyFile, 'utf8')
    const der = Buffer.from(certPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64')
    const sha1 = createHash('sha1').update(der).digest()
    return { certPem, keyPem, pem: certPem + keyPem, der, base64: der.toString('base64'), sha1Hex: sha1.toString('hex').toUpperCase(), x5t: sha1.toString('base64url') }
  }

  /** A PKCS#12 of `cert`: legacy (3DES/RC2, what B2C opens) or OpenSSL 3's default AES. */
  async pfx(cert: TestCert, password: string, legacy: boolean): Promise<string> {
    const n = ++this.counter
    const certFile = join(this.dir, `p12cert${n}.pem`)
    const keyFile = join(this.dir, `p12key${n}.pem`)
    const out = join(this.dir, `p${n}.pfx`)
    await writeFile(certFile, cert.certPem)
    await writeFile(keyFile, cert.keyPem)
    await execFileAsync('openssl', ['pkcs12', '-export', ...(legacy ? ['-legacy'] : []), '-in', certFile, '-inkey', keyFile, '-out', out, '-passout', 'env:TEST_PFX_PW'], {
      env: { ...process.env, TEST_PFX_PW: password },
    })
    return (await readFile(out)).toString('base64')
  }
}

/** Signs a compact JWS with node:crypto (RS256 unless the header says PS256). */
export function signJws(header: Record<string, unknown>, payload: Record<string, unknown>, keyPem: string): string {
  const enc = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')
  const input = `${enc(header)}.${enc(payload)}`
  const key = createPrivateKey(keyPem)
  const signature =
    header['alg'] === 'PS256'
      ? cryptoSign('sha256', Buffer.from(input), { key, padding: cryptoConstants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
      : cryptoSign('sha256', Buffer.from(input), key)
  return `${input}.${signature.toString('base64url')}`
}

/** A proof-of-possession JWT as Graph's addKey / removeKey want it, with overridable parts. */
export function proofJwt(
  signer: TestCert,
  iss: string,
  options: { now?: Date; header?: Record<string, unknown>; payload?: Record<string, unknown>; keyPem?: string } = {},
): string {
  const nbf = Math.floor((options.now ?? new Date()).getTime() / 1000)
  return signJws(
    { alg: 'RS256', typ: 'JWT', x5t: signer.x5t, ...options.header },
    { aud: '00000002-0000-0000-c000-000000000000', iss, nbf, exp: nbf + 600, ...options.payload },
    options.keyPem ?? signer.keyPem,
  )
}
