/**
 * Types shared by the emulator's modules and exposed to its users for assertions.
 * The emulator shares no code with src/: these types describe what the emulated services hold,
 * not what the action believes they hold.
 */

/** 'unknown': a path none of the emulated services serves (answered 404). */
export type ServiceName = 'token' | 'oidc' | 'graph' | 'keyvault' | 'metadata' | 'control' | 'github' | 'unknown'

/** One request as the emulator saw it, recorded whatever its outcome. */
export interface RecordedRequest {
  service: ServiceName
  method: string
  /** Path without the query string, e.g. `/beta/trustFramework/keySets/B2C_1A_x/uploadSecret`. */
  path: string
  query: Record<string, string>
  /** Status sent; 0 when the connection was dropped without an answer. */
  status: number
  /** Parsed JSON body, form fields (token endpoint) or raw text; absent when empty. */
  body?: unknown
  headers: Record<string, string>
  /** The client's TCP port: tells which connection carried the request (a proxy's tunnel or a direct one). */
  remotePort?: number
  at: Date
  /**
   * Why the request was refused, in more detail than the service's answer gives (the proof check
   * answers only "Access Token missing or malformed."; tests assert the precise reason here).
   */
  rejectReason?: string
  /** Description of the injected fault applied to this request, if any. */
  fault?: string
  /** The requests inside a JSON batch (POST /v1.0/$batch), each with its own status. */
  batched?: RecordedRequest[]
}

export type KeyUse = 'sig' | 'enc'
export type KeyType = 'RSA' | 'oct'

/**
 * A trustFrameworkKey as the emulated service stores it: the JWK including its secret parts
 * (`k`, `d`, …), which responses never contain.
 */
export interface StoredKey {
  kid: string
  use: KeyUse
  kty: KeyType
  nbf?: number
  exp?: number
  e?: string
  n?: string
  x5c?: string[]
  x5t?: string
  /** oct keys: base64url of the secret bytes (uploadSecret stores the UTF-8 bytes of `k`). */
  k?: string
  d?: string
  p?: string
  q?: string
  dp?: string
  dq?: string
  qi?: string
  /** When the key was written (emulator clock); breaks ties between equal `nbf`. */
  addedAt: Date
}

export interface EmulatedKeyset {
  id: string
  keys: StoredKey[]
}

/** A keyCredential as Graph stores it on an application or service principal. */
export interface KeyCredential {
  keyId: string
  /** SHA-1 thumbprint of the certificate, upper-case hex. */
  customKeyIdentifier: string
  displayName: string
  type: 'AsymmetricX509Cert'
  usage: 'Verify'
  startDateTime: string
  endDateTime: string
  /** Base64 DER of the certificate. */
  key: string
}

/** A client secret as Graph stores it; `secretText` is only ever returned by addPassword. */
export interface PasswordCredential {
  keyId: string
  displayName: string | null
  /** First three characters of the secret. */
  hint: string
  startDateTime: string
  endDateTime: string
}

export interface EmulatedApplication {
  objectId: string
  appId: string
  displayName: string
  keyCredentials: KeyCredential[]
  passwordCredentials: PasswordCredential[]
  /**
   * Set for objects of a newer identity type that Graph lists in the same collection
   * (e.g. `#microsoft.graph.agentIdentity`): the list shows it as `@odata.type`.
   */
  odataType?: string
}

export type EmulatedServicePrincipal = EmulatedApplication

/** Seed for a keyCredential; dates default to the certificate's validity. */
export interface SeedKeyCredential {
  certificatePem: string
  keyId?: string
  displayName?: string
  startDateTime?: string
  endDateTime?: string
}

export interface FederatedCredential {
  issuer: string
  subject: string
  audience: string
}

/** The credentials and permissions with which an application signs in at the token endpoint. */
export interface ClientRegistration {
  clientId: string
  tenantId: string
  secrets: string[]
  federated: FederatedCredential[]
  roles: string[]
  /** Object id of the application (its certificates are the client certificates). */
  applicationObjectId: string
  /** Object id of its service principal: the `oid` of its access tokens. */
  servicePrincipalId: string
}

export interface FaultSpec {
  method?: string
  /** A string matches a path equal to it or ending with it; a RegExp is tested on the path. */
  path?: string | RegExp
  times?: number
  phase?: 'before' | 'after'
  status?: number
  code?: string
  retryAfter?: string
  drop?: boolean
  /** Accept the request and never answer (the connection stays open until the client gives up). */
  stall?: boolean
  /** Answer with exactly this text instead of the service's envelope (HTML from a proxy, invalid JSON, `null`). */
  body?: string
  /** Content type of `body` (default text/plain) or of an oversized answer. */
  contentType?: string
  /** A `Location` header, as a redirecting proxy or login page sends it. */
  location?: string
  /** Stream an answer of this many bytes (a JSON-looking body that never closes its string). */
  oversizeBytes?: number
  /** Put what the request carried (its body and Authorization header) into the error text, as some services echo it. */
  echo?: boolean
}

/** An issue in the emulated GitHub repository (github-issues.ts). */
export interface EmulatedIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | null
  labels: string[]
  comments: string[]
  createdAt: string
  updatedAt: string
}

export interface GitHubApiState {
  /** The job's GITHUB_TOKEN. */
  token: string
  /** `owner/name` of the workflow's repository (GITHUB_REPOSITORY). */
  repository: string
  /** false: the token may read issues but not write them (no `permissions: issues: write`). */
  issuesWritable: boolean
  issues: EmulatedIssue[]
}

/** A request limit per window (graph/throttle.ts). */
export interface ThrottleRule {
  /** Requests allowed per window (Graph: 150). */
  limit: number
  /** Window length (Graph: 60,000 ms). */
  windowMs: number
}
