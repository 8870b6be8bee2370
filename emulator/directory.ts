/**
 * The emulated directory: tenants, applications, service principals and the client registrations
 * that sign in at the token endpoint. A client's certificates ARE its application's keyCredentials,
 * as in Entra: a certificate added with addKey can sign the next client assertion, and one removed
 * with removeKey no longer can.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { certificateFromPem, graphDate, subjectDisplayName, thumbprintHex, validity } from './certificates.js'
import type {
  ClientRegistration,
  EmulatedApplication,
  EmulatedServicePrincipal,
  FederatedCredential,
  KeyCredential,
  PasswordCredential,
  SeedKeyCredential,
} from './types.js'

export interface RegisterClientInput {
  clientId: string
  tenantId?: string
  secret?: string
  certificatePem?: string
  federated?: FederatedCredential[]
  roles?: string[]
  objectId?: string
}

export interface DirectoryObjectInput {
  objectId?: string
  appId?: string
  displayName?: string
  keyCredentials?: SeedKeyCredential[]
  passwordCredentials?: PasswordCredential[]
  odataType?: string
}

/** A secret in the shape Entra issues (`xxx8Q~…`, 40 characters). */
export function newClientSecret(): string {
  return `${randomBytes(3).toString('hex').slice(0, 3)}8Q~${randomBytes(30).toString('base64url').slice(0, 34)}`
}

export function keyCredentialFromSeed(seed: SeedKeyCredential): KeyCredential {
  const cert = certificateFromPem(seed.certificatePem)
  const { notBefore, notAfter } = validity(cert)
  return {
    keyId: seed.keyId ?? randomUUID(),
    customKeyIdentifier: thumbprintHex(cert),
    displayName: seed.displayName ?? subjectDisplayName(cert),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    startDateTime: seed.startDateTime ?? graphDate(notBefore),
    endDateTime: seed.endDateTime ?? graphDate(notAfter),
    key: cert.raw.toString('base64'),
  }
}

export class Directory {
  readonly applications = new Map<string, EmulatedApplication>()
  readonly servicePrincipals = new Map<string, EmulatedServicePrincipal>()
  readonly clients = new Map<string, ClientRegistration>()
  /** Lower-cased GUID or domain → tenant GUID. */
  readonly tenants = new Map<string, string>()

  constructor(readonly defaultTenantId: string, readonly defaultTenantDomain: string) {
    this.tenants.set(defaultTenantId.toLowerCase(), defaultTenantId)
    this.tenants.set(defaultTenantDomain.toLowerCase(), defaultTenantId)
  }

  resolveTenant(tenant: string): string | undefined {
    return this.tenants.get(tenant.toLowerCase())
  }

  addApplication(input: DirectoryObjectInput): EmulatedApplication {
    return this.addObject(this.applications, input, 'application')
  }

  addServicePrincipal(input: DirectoryObjectInput): EmulatedServicePrincipal {
    return this.addObject(this.servicePrincipals, input, 'service principal')
  }

  private addObject(map: Map<string, EmulatedApplication>, input: DirectoryObjectInput, kind: string): EmulatedApplication {
    const objectId = input.objectId ?? randomUUID()
    const appId = input.appId ?? randomUUID()
    if (map.has(objectId)) throw new Error(`${kind} with object id ${objectId} already exists`)
    if ([...map.values()].some((o) => o.appId.toLowerCase() === appId.toLowerCase())) {
      throw new Error(`${kind} with appId ${appId} already exists`)
    }
    const obj: EmulatedApplication = {
      objectId,
      appId,
      displayName: input.displayName ?? `emulated ${kind} ${appId.slice(0, 8)}`,
      keyCredentials: (input.keyCredentials ?? []).map(keyCredentialFromSeed),
      passwordCredentials: [...(input.passwordCredentials ?? [])],
      ...(input.odataType ? { odataType: input.odataType } : {}),
    }
    map.set(objectId, obj)
    return obj
  }

  /**
   * Registers (or re-registers) a client. Its application and service principal are created
   * unless an application with that appId exists already, whose keyCredentials then serve.
   */
  registerClient(input: RegisterClientInput): ClientRegistration {
    const tenantId = input.tenantId ?? this.defaultTenantId
    if (!this.tenants.has(tenantId.toLowerCase())) this.tenants.set(tenantId.toLowerCase(), tenantId)
    let app = this.findApplicationByAppId(input.clientId)
    if (!app) {
      app = this.addApplication({ appId: input.clientId, ...(input.objectId ? { objectId: input.objectId } : {}) })
    }
    let sp = [...this.servicePrincipals.values()].find((s) => s.appId.toLowerCase() === input.clientId.toLowerCase())
    if (!sp) sp = this.addServicePrincipal({ appId: input.clientId, displayName: app.displayName })
    if (input.certificatePem) {
      const cred = keyCredentialFromSeed({ certificatePem: input.certificatePem })
      if (!app.keyCredentials.some((k) => k.customKeyIdentifier === cred.customKeyIdentifier)) app.keyCredentials.push(cred)
    }
    const previous = this.clients.get(input.clientId.toLowerCase())
    const registration: ClientRegistration = {
      clientId: input.clientId,
      tenantId,
      secrets: [...(previous?.secrets ?? []), ...(input.secret ? [input.secret] : [])],
      federated: [...(previous?.federated ?? []), ...(input.federated ?? [])],
      roles: input.roles ?? previous?.roles ?? [],
      applicationObjectId: app.objectId,
      servicePrincipalId: sp.objectId,
    }
    this.clients.set(input.clientId.toLowerCase(), registration)
    return registration
  }

  findClient(clientId: string): ClientRegistration | undefined {
    return this.clients.get(clientId.toLowerCase())
  }

  findApplicationByAppId(appId: string): EmulatedApplication | undefined {
    return [...this.applications.values()].find((a) => a.appId.toLowerCase() === appId.toLowerCase())
  }

  /** Looks an application or service principal up by object id or by appId. */
  find(kind: 'application' | 'servicePrincipal', ref: { objectId?: string; appId?: string }): EmulatedApplication | undefined {
    const map = kind === 'application' ? this.applications : this.servicePrincipals
    if (ref.objectId !== undefined) {
      const wanted = ref.objectId.toLowerCase()
      return [...map.values()].find((o) => o.objectId.toLowerCase() === wanted)
    }
    if (ref.appId !== undefined) {
      const wanted = ref.appId.toLowerCase()
      return [...map.values()].find((o) => o.appId.toLowerCase() === wanted)
    }
    return undefined
  }
}
