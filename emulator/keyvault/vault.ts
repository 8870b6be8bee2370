/**
 * What the emulated Key Vault holds: certificates as lists of versions (certificate, key, PFX
 * secret and attributes), the roles each identity holds on the vault, and its firewall switch.
 * Material is seeded by tests from openssl-made PEM; nothing here is shared with src/.
 */
import { spawnSync } from 'node:child_process'
import { createPrivateKey, randomBytes, X509Certificate, type KeyObject } from 'node:crypto'

export const VAULT_ROLES = {
  cryptoUser: 'Key Vault Crypto User',
  certificateUser: 'Key Vault Certificate User',
  secretsUser: 'Key Vault Secrets User',
} as const
export type VaultRole = (typeof VAULT_ROLES)[keyof typeof VAULT_ROLES]

/** The data-plane resources of the public and national clouds' vaults (token audiences). */
export const VAULT_RESOURCES = ['https://vault.azure.net', 'https://vault.usgovcloudapi.net', 'https://vault.azure.cn'] as const

export interface VaultCertificateVersion {
  version: string
  certificate: X509Certificate
  privateKey: KeyObject
  enabled: boolean
  /** Unix seconds. */
  created: number
  keyOps: string[]
  exportable: boolean
  /** Base64 PKCS#12 as Key Vault stores it: blank password, AES (openssl 3 default), key only when exportable. */
  pfx: string
}

export interface SeedVaultCertificate {
  certificatePem: string
  keyPem: string
  enabled?: boolean
  /** Default: now (emulator clock). Orders versions: the newest is the last created. */
  created?: Date
  /** Default ['sign', 'verify']. */
  keyOps?: string[]
  /** Default true. */
  exportable?: boolean
}

export interface EmulatedVault {
  certificates: Map<string, VaultCertificateVersion[]>
  /** Roles per client id (the token's appid). */
  roles: Map<string, Set<VaultRole>>
  /** When set, every authenticated request is refused with ForbiddenByFirewall. */
  firewall: boolean
}

export function newVault(): EmulatedVault {
  return { certificates: new Map(), roles: new Map(), firewall: false }
}

export function addVaultCertificateVersion(vault: EmulatedVault, name: string, seed: SeedVaultCertificate, now: Date): string {
  const version = randomBytes(16).toString('hex')
  const exportable = seed.exportable ?? true
  const entry: VaultCertificateVersion = {
    version,
    certificate: new X509Certificate(seed.certificatePem),
    privateKey: createPrivateKey(seed.keyPem),
    enabled: seed.enabled ?? true,
    created: Math.floor((seed.created ?? now).getTime() / 1000),
    keyOps: seed.keyOps ?? ['sign', 'verify'],
    exportable,
    pfx: exportPfx(seed.certificatePem, seed.keyPem, exportable),
  }
  vault.certificates.set(name, [...(vault.certificates.get(name) ?? []), entry])
  return version
}

/** `openssl pkcs12 -export` with an empty password; without the key for a non-exportable one. */
function exportPfx(certificatePem: string, keyPem: string, exportable: boolean): string {
  const args = ['pkcs12', '-export', '-passout', 'pass:', ...(exportable ? [] : ['-nokeys'])]
  // From one stream openssl reads the key first, then the certificates.
  const result = spawnSync('openssl', args, { input: exportable ? `${keyPem}\n${certificatePem}` : certificatePem })
  if (result.status !== 0) throw new Error(`openssl pkcs12 -export failed: ${result.stderr.toString()}`)
  return result.stdout.toString('base64')
}
