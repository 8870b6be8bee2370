/**
 * Loopback HTTPS emulator of Entra ID (token endpoint), GitHub's ID-token endpoint and Microsoft
 * Graph (B2C keysets, application / service principal certificates), on one port.
 *
 * It is the independent witness of what the action sends: it shares no code with src/ and uses
 * only Node built-ins and the openssl CLI.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { controlHandler, type ControlApi } from './control.js'
import { Directory, newClientSecret, type DirectoryObjectInput, type RegisterClientInput } from './directory.js'
import { issueAccessToken } from './entra.js'
import { FaultQueue } from './faults.js'
import { GITHUB_API_PREFIX, newGitHubApiState } from './github-issues.js'
import { OIDC_TOKEN_PATH } from './github-oidc.js'
import { createEmulatorServer } from './server.js'
import {
  DEFAULT_GITHUB_SUBJECT,
  DEFAULT_NO_ACTIVE_KEY_CODE,
  DEFAULT_OIDC_AUDIENCE,
  GITHUB_ISSUER,
  KEYSET_READ_WRITE,
  newSigningKey,
  type EmulatorState,
} from './state.js'
import { addVaultCertificateVersion, newVault, VAULT_ROLES, type EmulatedVault, type SeedVaultCertificate, type VaultRole } from './keyvault/vault.js'
import { createTlsMaterial } from './tls.js'
import type { GitHubApiState, RecordedRequest, ThrottleRule } from './types.js'

export type { EmulatedIssue, GitHubApiState } from './types.js'
export type {
  ClientRegistration,
  EmulatedApplication,
  EmulatedKeyset,
  EmulatedServicePrincipal,
  FaultSpec,
  FederatedCredential,
  KeyCredential,
  RecordedRequest,
  SeedKeyCredential,
  ServiceName,
  StoredKey,
} from './types.js'
export { DEFAULT_GITHUB_SUBJECT, DEFAULT_NO_ACTIVE_KEY_CODE, DEFAULT_OIDC_AUDIENCE, GITHUB_ISSUER } from './state.js'

export { VAULT_ROLES, type SeedVaultCertificate, type VaultRole } from './keyvault/vault.js'

export const DEFAULT_TENANT_DOMAIN = 'contoso.onmicrosoft.com'

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Added to every non-control request; keyset writes hold their lock during it. */
  latencyMs?: number
  /** The services' clock (token lifetimes, proof windows, active keys). Default: real time. */
  now?: () => Date
  /** Accept AES/PBES2-encrypted PKCS#12 in uploadPkcs12 (B2C reportedly refuses them). Default false. */
  acceptAesPkcs12?: boolean
  /** Error code of getActiveKey when no key is active (the real one is unknown). */
  noActiveKeyCode?: string
  /** Make the keyset list answer in pages of this size (Graph documents no paging there). */
  keysetPageSize?: number
  /** Enforce Graph's limit on \`$select=keyCredentials\` (150 a minute per tenant): 429 + Retry-After beyond it. */
  keyCredentialsThrottle?: ThrottleRule
}


/** The control API's view (ControlApi, in control.ts) plus what only in-process users may do. */
export interface Emulator extends ControlApi {
  /** GitHub's REST API for the audit issue: GITHUB_API_URL, the job token, the repository and its issues. */
  githubApi: GitHubApiState & { url: string }
  count(filter?: Partial<Pick<RecordedRequest, 'service' | 'method'>>): number
  /**
   * Answers as its own under another origin too: a forwarder in front of the emulator that stands
   * for a distinct host (the bench's latency model). Tokens are issued for, and checked against,
   * the origin the client addressed.
   */
  addAlias(origin: string): void
  /** The emulated Key Vault, at `url` (the emulator's own); the default client holds all three roles after each reset. */
  keyVault: {
    url: string
    vault: EmulatedVault
    /** Adds a version of certificate `name`; returns its version id. */
    addCertificateVersion(name: string, seed: SeedVaultCertificate): string
    setRoles(clientId: string, roles: VaultRole[]): void
  }
  close(): Promise<void>
}

export type { DirectoryObjectInput, RegisterClientInput }

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const [tls, entraKey, githubKey] = await Promise.all([createTlsMaterial(), newSigningKey(), newSigningKey()])
  const tenantId = randomUUID()
  const directory = new Directory(tenantId, DEFAULT_TENANT_DOMAIN)
  const state: EmulatorState = {
    url: '',
    aliases: new Set(),
    now: options.now ?? (() => new Date()),
    latencyMs: options.latencyMs ?? 0,
    acceptAesPkcs12: options.acceptAesPkcs12 ?? false,
    noActiveKeyCode: options.noActiveKeyCode ?? DEFAULT_NO_ACTIVE_KEY_CODE,
    keysetPageSize: options.keysetPageSize,
    keyCredentialsThrottle: options.keyCredentialsThrottle,
    keyCredentialsSelects: [],
    directory,
    entraKey,
    githubKey,
    github: { requestUrl: '', requestToken: randomBytes(24).toString('base64url'), subject: DEFAULT_GITHUB_SUBJECT },
    githubApi: newGitHubApiState(),
    keysets: new Map(),
    keysetLocks: new Set(),
    requests: [],
    faults: new FaultQueue(),
    vault: newVault(),
  }

  let emulator: Emulator | undefined
  const server = createEmulatorServer(tls, state, controlHandler(() => {
    if (!emulator) throw new Error('emulator not started')
    return emulator
  }))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  state.url = `https://127.0.0.1:${port}`
  state.github.requestUrl = `${state.url}${OIDC_TOKEN_PATH}?api-version=2.0`

  const clientId = randomUUID()
  const clientSecret = newClientSecret()
  const registration = directory.registerClient({
    clientId,
    secret: clientSecret,
    roles: [KEYSET_READ_WRITE],
    federated: [{ issuer: GITHUB_ISSUER, subject: DEFAULT_GITHUB_SUBJECT, audience: DEFAULT_OIDC_AUDIENCE }],
  })
  const app = directory.applications.get(registration.applicationObjectId)
  if (app) app.displayName = 'b2c-keys-action (emulated)'

  state.vault.roles.set(clientId, new Set(Object.values(VAULT_ROLES)))

  const ids = (o: { objectId: string; appId: string }): { objectId: string; appId: string } => ({ objectId: o.objectId, appId: o.appId })

  emulator = {
    url: state.url,
    caFile: tls.caFile,
    tenantId,
    tenantDomain: DEFAULT_TENANT_DOMAIN,
    client: { clientId, clientSecret, objectId: registration.applicationObjectId, servicePrincipalId: registration.servicePrincipalId },
    github: state.github,
    githubApi: Object.assign(state.githubApi, { url: `${state.url}${GITHUB_API_PREFIX}` }),
    registerClient: (c) => {
      directory.registerClient(c)
    },
    issueAccessToken: (c = {}) => {
      const id = c.clientId ?? clientId
      const known = directory.findClient(id)
      return issueAccessToken(state, {
        clientId: id,
        tenantId: known?.tenantId ?? tenantId,
        servicePrincipalId: known?.servicePrincipalId ?? randomUUID(),
        roles: c.roles ?? known?.roles ?? [],
      }, '1')
    },
    addApplication: (a) => ids(directory.addApplication(a)),
    addServicePrincipal: (s) => ids(directory.addServicePrincipal(s)),
    keysets: state.keysets,
    applications: directory.applications,
    servicePrincipals: directory.servicePrincipals,
    requests: state.requests,
    count: (filter = {}) =>
      state.requests.filter((r) => (filter.service === undefined || r.service === filter.service) && (filter.method === undefined || r.method === filter.method.toUpperCase())).length,
    injectFault: (f) => state.faults.add(f),
    addAlias: (origin) => void state.aliases.add(new URL(origin).origin),
    keyVault: {
      url: state.url,
      vault: state.vault,
      addCertificateVersion: (name, seed) => addVaultCertificateVersion(state.vault, name, seed, state.now()),
      setRoles: (id, roles) => void state.vault.roles.set(id, new Set(roles)),
    },
    reset: () => {
      state.vault.certificates.clear()
      state.vault.roles.clear()
      state.vault.roles.set(clientId, new Set(Object.values(VAULT_ROLES)))
      state.vault.firewall = false
      state.requests.splice(0)
      state.keysets.clear()
      state.keysetLocks.clear()
      state.keyCredentialsSelects.splice(0)
      state.githubApi.issues.splice(0)
      state.githubApi.issuesWritable = true
      state.faults.clear()
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await rm(tls.dir, { recursive: true, force: true })
    },
  }
  return emulator
}

