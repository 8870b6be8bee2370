/**
 * Fills an emulator with a tenant of realistic size for the audit's tests and benchmark: dozens of
 * keysets and thousands of applications and service principals, with certificates and client
 * secrets that are valid, about to expire, or expired. The same seed gives the same tenant.
 *
 * Credentials are written straight into the state, as an import would: their dates are chosen
 * independently of the (one, shared) certificate they carry, which only the audit's reads see.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { certificateFromPem, graphDate, thumbprintHex } from './certificates.js'
import type { Emulator } from './index.js'
import { runOpenssl } from './openssl.js'
import type { EmulatedApplication, KeyCredential, PasswordCredential, StoredKey } from './types.js'

export interface TenantShape {
  keysets: number
  applications: number
  servicePrincipals: number
  seed?: number
  /** The audit's "now"; default: the real time. */
  now?: Date
}

/** What was generated, by the health the generator meant each thing to have. */
export interface GeneratedTenant {
  keysets: { empty: number; expired: number; expiring: number; ok: number }
  credentials: number
}

const DAY = 86_400

/** mulberry32: a tiny, good-enough seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

async function sharedCertificate(): Promise<{ base64: string; thumbprint: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'b2c-keys-tenant-'))
  try {
    const file = join(dir, 'cert.pem')
    const made = await runOpenssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', file, '-days', '3650', '-subj', '/CN=generated tenant'])
    if (made.code !== 0) throw new Error(`openssl could not create the generated tenant's certificate: ${made.stderr}`)
    const cert = certificateFromPem(await readFile(file, 'utf8'))
    return { base64: cert.raw.toString('base64'), thumbprint: thumbprintHex(cert) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function generateTenant(emulator: Pick<Emulator, 'keysets' | 'applications' | 'servicePrincipals'>, shape: TenantShape): Promise<GeneratedTenant> {
  const random = prng(shape.seed ?? 1)
  const now = Math.floor((shape.now ?? new Date()).getTime() / 1000)
  const certificate = await sharedCertificate()
  const generated: GeneratedTenant = { keysets: { empty: 0, expired: 0, expiring: 0, ok: 0 }, credentials: 0 }

  for (let i = 0; i < shape.keysets; i++) {
    const id = `B2C_1A_Generated${String(i + 1).padStart(3, '0')}`
    const roll = random()
    const kind = roll < 0.05 ? 'empty' : roll < 0.1 ? 'expired' : roll < 0.25 ? 'expiring' : 'ok'
    generated.keysets[kind]++
    const keys: StoredKey[] = []
    if (kind !== 'empty') {
      const exp = kind === 'expired' ? now - Math.ceil(random() * 90) * DAY : kind === 'expiring' ? now + Math.ceil(random() * 20) * DAY : now + (60 + Math.ceil(random() * 600)) * DAY
      const secret = random() < 0.5
      keys.push({
        kid: randomBytes(16).toString('base64url'),
        use: secret ? 'sig' : random() < 0.5 ? 'sig' : 'enc',
        kty: secret ? 'oct' : 'RSA',
        nbf: exp - 365 * DAY,
        exp,
        ...(secret ? { k: randomBytes(32).toString('base64url') } : { n: randomBytes(256).toString('base64url'), e: 'AQAB' }),
        addedAt: new Date((exp - 365 * DAY) * 1000),
      })
    }
    emulator.keysets.set(id, { id, keys })
  }

  const credentialDates = (): { startDateTime: string; endDateTime: string } => {
    const roll = random()
    const end = roll < 0.05 ? now - Math.ceil(random() * 400) * DAY : roll < 0.15 ? now + Math.ceil(random() * 25) * DAY : now + (40 + Math.ceil(random() * 700)) * DAY
    return { startDateTime: graphDate(new Date((end - 730 * DAY) * 1000)), endDateTime: graphDate(new Date(end * 1000)) }
  }
  const fill = (kind: 'application' | 'servicePrincipal', count: number): void => {
    for (let i = 0; i < count; i++) {
      // Straight into the map: the directory's duplicate check is linear, too slow for thousands.
      const stored: EmulatedApplication = {
        objectId: uuid(random),
        appId: uuid(random),
        displayName: `${kind === 'application' ? 'app' : 'sp'}-${String(i + 1).padStart(5, '0')}`,
        keyCredentials: [],
        passwordCredentials: [],
      }
      ;(kind === 'application' ? emulator.applications : emulator.servicePrincipals).set(stored.objectId, stored)
      const roll = random()
      if (roll < 0.45) {
        const keyCredential: KeyCredential = {
          keyId: uuid(random),
          customKeyIdentifier: certificate.thumbprint,
          displayName: 'CN=generated tenant',
          type: 'AsymmetricX509Cert',
          usage: 'Verify',
          ...credentialDates(),
          key: certificate.base64,
        }
        stored.keyCredentials.push(keyCredential)
        generated.credentials++
      }
      if (roll > 0.3 && roll < 0.8) {
        const password: PasswordCredential = { keyId: uuid(random), displayName: 'generated secret', hint: 'gS8', ...credentialDates() }
        stored.passwordCredentials.push(password)
        generated.credentials++
      }
    }
  }
  fill('application', shape.applications)
  fill('servicePrincipal', shape.servicePrincipals)
  return generated
}
