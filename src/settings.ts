/**
 * Every input read and validated once, into one typed Settings, before any side effect.
 * Nothing here performs I/O: the runner is reached through an InputReader, and the only
 * fact about the environment (whether the job can request a GitHub ID token) is passed in.
 */
import { CLOUD_NAMES, CLOUDS, type CloudName } from './clouds.js'
import { loadCertificate, loadCertificateWithKey, readPkcs12, requireRsaCertificate } from './crypto/certificates.js'
import type { Certificate, CertificateWithKey } from './crypto/certificates.js'
import { InputError } from './errors.js'
import { INPUTS, type InputName, type InputReader } from './inputs.js'
import { keyVaultInputs, type KeyVault, type KeyVaultInputs, type KeyVaultCertificateRef } from './keyvault/settings.js'
import { normaliseKeysetId } from './keyset-id.js'
import { iso } from './operations/wording.js'
import { DURATION_FORMS, parseDuration, parseInstant, type Duration } from './time.js'

const OPERATIONS = [
  'create-keyset',
  'upload-secret',
  'generate-key',
  'upload-certificate',
  'upload-pkcs12',
  'get-active-key',
  'add-key',
  'remove-key',
  'audit',
  'sync-key-vault-certificate',
  'apply',
] as const
export type OperationName = (typeof OPERATIONS)[number]

const AUTH_METHODS = ['auto', 'oidc', 'client-secret', 'client-certificate', 'azure-cli'] as const
export type AuthMethod = Exclude<(typeof AUTH_METHODS)[number], 'auto'>

export type Auth =
  | { method: 'oidc'; tenantId: string; clientId: string; audience: string }
  | { method: 'client-secret'; tenantId: string; clientId: string; clientSecret: string }
  | { method: 'client-certificate'; tenantId: string; clientId: string; certificate: CertificateWithKey }
  | {
      method: 'azure-cli'
      tenantId: string | undefined
      /** auth: auto fell through to the CLI: nothing else was given and no GitHub ID token can be requested. */
      fallback: boolean
    }

export interface Connection {
  cloud: CloudName
  /** Origin of Microsoft Graph, no trailing slash; keysets live under /beta, applications under /v1.0. */
  graphEndpoint: string
  authorityHost: string
  /** An overridden authority is not a public cloud: MSAL's instance discovery must stay off. */
  authorityOverridden: boolean
  auth: Auth
}

export type KeyUse = 'sig' | 'enc'
export type KeyType = 'RSA' | 'oct'

export interface KeysetWrite {
  keysetId: string
  createIfMissing: boolean
  rotateWithin: Duration | undefined
}

export interface Validity {
  notBefore: Date
  expires: Date | undefined
}

export interface TargetSettings {
  kind: 'application' | 'service-principal'
  /** Object id or appId: both are GUIDs, so the Graph read tells which one it is. */
  id: string
}

export type Operation =
  | { name: 'create-keyset'; keysetId: string }
  | { name: 'upload-secret'; keyset: KeysetWrite; use: KeyUse; secret: string; validity: Validity }
  | { name: 'generate-key'; keyset: KeysetWrite; use: KeyUse; keyType: KeyType; validity: Validity }
  | { name: 'upload-certificate'; keyset: KeysetWrite; certificate: Certificate }
  | { name: 'upload-certificate'; keyset: KeysetWrite; keyVaultCertificate: KeyVaultCertificateRef }
  | {
      name: 'upload-pkcs12'
      keyset: KeysetWrite
      pkcs12: string
      password: string
      certificate: Certificate
      encryption: 'legacy-3des' | 'aes-pbes2' | 'other'
    }
  | { name: 'upload-pkcs12'; keyset: KeysetWrite; keyVaultCertificate: KeyVaultCertificateRef }
  | { name: 'get-active-key'; keysetId: string }
  | {
      name: 'add-key'
      target: TargetSettings
      proof: ProofSource
      newCertificate: Certificate | KeyVaultCertificateRef
      displayName: string | undefined
      rotateWithin: Duration | undefined
    }
  | {
      name: 'remove-key'
      target: TargetSettings
      proof: ProofSource
      keyId: string
      allowUnsafeRemoval: boolean
    }
  | { name: 'audit'; audit: AuditSettings }
  | {
      name: 'sync-key-vault-certificate'
      target: TargetSettings
      certificate: KeyVaultCertificateRef
      /** Undefined: the certificate's own version already on the target signs (newest such). */
      proof: ProofSource | undefined
      removeSupersededAfter: Duration | undefined
    }
  | { name: 'apply'; manifest: string; tenant: string | undefined; keyVault: KeyVault | undefined }

const AUDIT_SCOPES = ['keysets', 'applications', 'service-principals'] as const
export type AuditScope = (typeof AUDIT_SCOPES)[number]
/** Audit statuses from the least to the most severe; `never` is beyond all of them. */
const AUDIT_THRESHOLDS = ['never', 'critical', 'expiring'] as const
export type AuditThreshold = (typeof AUDIT_THRESHOLDS)[number]

export interface AuditSettings {
  /** As given (GUID or domain); undefined with an Azure CLI sign-in that names none. */
  tenant: string | undefined
  scopes: AuditScope[]
  warnWithin: Duration
  /** The text the user gave (default `30d`), for the report. */
  warnWithinText: string
  failOn: AuditThreshold
  issueOn: AuditThreshold
  /** Set when issue-on is not `never`. */
  githubToken: string | undefined
}

/** Who signs a proof: a certificate with its key on the runner, or a Key Vault certificate. */
export type ProofSource = CertificateWithKey | KeyVaultCertificateRef

export interface Settings {
  connection: Connection
  operation: Operation
  dryRun: boolean
  /** Secret values derived from inputs (decrypted keys): masked as soon as settings exist. */
  derivedSecrets: string[]
  /** Facts about the inputs worth a log line (which certificate of a chain is used). */
  notices: string[]
}

export interface Environment {
  /** The job can request a GitHub ID token (`ACTIONS_ID_TOKEN_REQUEST_URL` and `_TOKEN` are set). */
  idTokenAvailable: boolean
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i
// Keyset ids appear in URL paths and in policy XML; anything beyond these characters is a typo.
const KEYSET_NAME = /^[A-Za-z0-9_.-]+$/
const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i
// An HTTP bearer token: anything else fails only at the request, or splits the header.
const TOKEN = /^[\x21-\x7e]+$/

export function buildSettings(read: InputReader, environment: Environment, now: Date): Settings {
  const inputs = new Inputs(read)
  const operationName = inputs.requiredOneOf(INPUTS.operation, OPERATIONS)
  const derivedSecrets: string[] = []
  const connection = readConnection(inputs, environment, derivedSecrets)
  const keyVault = keyVaultInputs(inputs, connection.cloud)
  const operation = readOperation(operationName, inputs, connection, now, derivedSecrets, keyVault)
  keyVault.refuseUnused(operation)
  refuseUnusedManifest(inputs, operation)
  return { connection, operation, dryRun: inputs.boolean(INPUTS.dryRun, false), derivedSecrets, notices: certificateNotices(connection, operation) }
}

/**
 * The notices of the certificates given on the runner (client, certificate, new and proof). The
 * proof defaults to client-certificate: the same notice is then given once. Key Vault references
 * have no notice (their certificates are read later), nor do operations without a certificate.
 */
function certificateNotices(connection: Connection, operation: Operation): string[] {
  const given = operation as Partial<Record<'certificate' | 'newCertificate' | 'proof', unknown>>
  const held = [(connection.auth as { certificate?: unknown }).certificate, given.certificate, given.newCertificate, given.proof]
  return [...new Set(held.flatMap(noticeOf))]
}

/** A Certificate's notice, or a CertificateWithKey's certificate's. */
function noticeOf(value: unknown): string[] {
  const held = value as { notice?: unknown; certificate?: { notice?: unknown } } | undefined
  const notice = held?.notice ?? held?.certificate?.notice
  return typeof notice === 'string' ? [notice] : []
}

function readConnection(inputs: Inputs, environment: Environment, derivedSecrets: string[]): Connection {
  const cloud = inputs.oneOf(INPUTS.cloud, CLOUD_NAMES, 'AzureCloud')
  const defaults = CLOUDS[cloud]
  const graphEndpoint = readEndpoint(inputs, INPUTS.graphEndpoint, true) ?? defaults.graphEndpoint
  const authorityOverride = readEndpoint(inputs, INPUTS.authorityHost, false)
  const audience = inputs.text(INPUTS.oidcAudience) ?? defaults.oidcAudience
  const auth = readAuth(inputs, environment, audience, derivedSecrets)
  return {
    cloud,
    graphEndpoint,
    authorityHost: authorityOverride ?? defaults.authorityHost,
    authorityOverridden: authorityOverride !== undefined,
    auth,
  }
}

function readAuth(inputs: Inputs, environment: Environment, audience: string, derivedSecrets: string[]): Auth {
  const requested = inputs.oneOf(INPUTS.auth, AUTH_METHODS, 'auto')
  const clientSecret = inputs.text(INPUTS.clientSecret)
  const clientCertificate = inputs.text(INPUTS.clientCertificate)
  const method = requested === 'auto' ? pickAuth(clientSecret, clientCertificate, environment) : requested
  if (method === 'azure-cli') {
    const tenant = inputs.text(INPUTS.tenantId)
    return { method, tenantId: tenant === undefined ? undefined : tenantId(tenant), fallback: requested === 'auto' }
  }
  const tenant = tenantId(inputs.required(INPUTS.tenantId, `a tenant GUID or domain is required with auth '${method}'`))
  const clientId = inputs.guid(INPUTS.clientId, `the client (app) id is required with auth '${method}'`)
  switch (method) {
    case 'oidc':
      if (!environment.idTokenAvailable) {
        throw new InputError(
          INPUTS.auth,
          "'oidc' needs a GitHub ID token, but this job cannot request one: add `permissions: id-token: write` to the workflow or job" +
            ' (pull requests from forks never get one; use another auth there)',
        )
      }
      return { method, tenantId: tenant, clientId, audience }
    case 'client-secret':
      return {
        method,
        tenantId: tenant,
        clientId,
        clientSecret: clientSecret ?? inputs.required(INPUTS.clientSecret, "is required with auth 'client-secret'"),
      }
    case 'client-certificate': {
      const text = clientCertificate ?? inputs.required(INPUTS.clientCertificate, "is required with auth 'client-certificate'")
      const certificate = loadCertificateWithKey(text, inputs.text(INPUTS.clientCertificatePassword), INPUTS.clientCertificate)
      derivedSecrets.push(certificate.pem)
      return { method, tenantId: tenant, clientId, certificate }
    }
  }
}

function pickAuth(clientSecret: string | undefined, clientCertificate: string | undefined, environment: Environment): AuthMethod {
  if (clientSecret !== undefined) return 'client-secret'
  if (clientCertificate !== undefined) return 'client-certificate'
  return environment.idTokenAvailable ? 'oidc' : 'azure-cli'
}

function tenantId(value: string): string {
  if (GUID.test(value) || DOMAIN.test(value)) return value
  throw new InputError(INPUTS.tenantId, `'${value}' is neither a tenant GUID nor a domain such as 'contoso.onmicrosoft.com'`)
}

/** `loopbackAllowed`: Graph may be a loopback emulator over plain http (tests, local runs); sign-in never is. */
function readEndpoint(inputs: Inputs, name: InputName, loopbackAllowed: boolean): string | undefined {
  const value = inputs.text(name)
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(name, `'${value}' is not a URL; give an https:// origin such as 'https://graph.microsoft.com'`)
  }
  const loopbackHttp = loopbackAllowed && url.protocol === 'http:' && LOOPBACK_HOSTS.test(url.hostname)
  if (url.protocol !== 'https:' && !loopbackHttp) {
    const exception = loopbackAllowed ? ' (plain http:// only for loopback hosts)' : ''
    throw new InputError(name, `'${value}' must use https://${exception}`)
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    const adds = name === INPUTS.authorityHost ? '/<tenant-id>' : '/beta or /v1.0'
    throw new InputError(name, `'${value}' must be an origin only, such as '${url.origin}' (the action adds ${adds} itself)`)
  }
  return url.origin
}

function readOperation(
  name: OperationName,
  inputs: Inputs,
  connection: Connection,
  now: Date,
  derivedSecrets: string[],
  keyVault: KeyVaultInputs,
): Operation {
  switch (name) {
    case 'create-keyset':
    case 'get-active-key':
      return { name, keysetId: keysetId(inputs) }
    case 'upload-secret':
      return {
        name,
        keyset: keysetWrite(inputs),
        use: inputs.oneOf(INPUTS.use, ['sig', 'enc'] as const, 'sig'),
        secret: inputs.required(INPUTS.secret, 'the secret to upload is required by upload-secret'),
        validity: validity(inputs, now),
      }
    case 'generate-key':
      return {
        name,
        keyset: keysetWrite(inputs),
        use: inputs.oneOf(INPUTS.use, ['sig', 'enc'] as const, 'sig'),
        keyType: inputs.oneOf(INPUTS.keyType, ['RSA', 'oct'] as const, 'RSA'),
        validity: validity(inputs, now),
      }
    case 'upload-certificate': {
      refuseValidityInputs(inputs, name)
      const fromVault = keyVault.certificate(INPUTS.certificate)
      if (fromVault) return { name, keyset: keysetWrite(inputs), keyVaultCertificate: fromVault }
      return {
        name,
        keyset: keysetWrite(inputs),
        certificate: requireRsaCertificate(
          loadCertificate(inputs.required(INPUTS.certificate, 'a PEM or base64 DER certificate is required by upload-certificate'), INPUTS.certificate),
          INPUTS.certificate,
          'B2C policy keys are RSA',
        ),
      }
    }
    case 'upload-pkcs12': {
      refuseValidityInputs(inputs, name)
      const fromVault = keyVault.certificate(INPUTS.pkcs12, INPUTS.pkcs12Password)
      if (fromVault) return { name, keyset: keysetWrite(inputs), keyVaultCertificate: fromVault }
      const pkcs12 = inputs.required(INPUTS.pkcs12, 'a base64 PKCS#12 (.pfx) is required by upload-pkcs12').replace(/\s/g, '')
      const password = inputs.text(INPUTS.pkcs12Password) ?? ''
      const opened = readPkcs12(pkcs12, password, INPUTS.pkcs12)
      derivedSecrets.push(opened.pem)
      return {
        name,
        keyset: keysetWrite(inputs),
        pkcs12,
        password,
        certificate: opened.certificate,
        encryption: opened.encryption,
      }
    }
    case 'add-key': {
      refuseValidityInputs(inputs, name)
      return {
        name,
        target: target(inputs, connection),
        proof: keyVault.proof() ?? proofSigner(inputs, derivedSecrets),
        newCertificate: keyVault.certificate(INPUTS.newCertificate) ?? newCertificate(inputs, now),
        displayName: inputs.text(INPUTS.keyDisplayName),
        rotateWithin: rotateWithin(inputs),
      }
    }
    case 'remove-key':
      return {
        name,
        target: target(inputs, connection),
        keyId: inputs.guid(INPUTS.keyId, 'the keyId (GUID) of the certificate to remove is required by remove-key'),
        allowUnsafeRemoval: inputs.boolean(INPUTS.allowUnsafeRemoval, false),
        proof: keyVault.proof() ?? proofSigner(inputs, derivedSecrets),
      }
    case 'audit':
      return { name, audit: auditSettings(inputs, connection) }
    case 'sync-key-vault-certificate': {
      refuseValidityInputs(inputs, name)
      const certificate = keyVault.requiredCertificate(name)
      const ownProof = inputs.text(INPUTS.proofCertificate) === undefined ? undefined : proofSigner(inputs, derivedSecrets)
      return {
        name,
        target: target(inputs, connection),
        certificate,
        proof: keyVault.proof() ?? ownProof,
        removeSupersededAfter: keyVault.removeSupersededAfter(),
      }
    }
    case 'apply':
      // The file is read by the operation (settings do no I/O), before any request.
      return {
        name,
        manifest: inputs.required(INPUTS.manifest, 'the path of the YAML manifest (relative to the workspace) is required by apply'),
        tenant: connection.auth.tenantId,
        // The vault of the manifest's key-vault-certificate entries.
        keyVault: keyVault.vault(),
      }
  }
}

function auditSettings(inputs: Inputs, connection: Connection): AuditSettings {
  const warnWithinText = inputs.text(INPUTS.warnWithin) ?? '30d'
  const warnWithin = parseDuration(warnWithinText)
  if (!warnWithin) throw new InputError(INPUTS.warnWithin, `'${warnWithinText}' is not a duration: give ${DURATION_FORMS}`)
  const issueOn = inputs.oneOf(INPUTS.issueOn, AUDIT_THRESHOLDS, 'never')
  const githubToken = issueOn === 'never' ? undefined : issueToken(inputs, issueOn)
  return {
    tenant: connection.auth.tenantId,
    scopes: auditScopes(inputs),
    warnWithin,
    warnWithinText,
    failOn: inputs.oneOf(INPUTS.failOn, AUDIT_THRESHOLDS, 'critical'),
    issueOn,
    githubToken,
  }
}

/** Checked here, not at the GitHub request after the whole audit; the value is a secret, so it is not quoted. */
function issueToken(inputs: Inputs, issueOn: AuditThreshold): string {
  const token = inputs.required(INPUTS.githubToken, `is required with issue-on '${issueOn}': leave its default \`\${{ github.token }}\` and grant \`permissions: issues: write\``)
  if (!TOKEN.test(token)) {
    throw new InputError(INPUTS.githubToken, 'is not a token: a token is one word of printable ASCII, without spaces, line breaks or a "Bearer" prefix; leave its default `${{ github.token }}`')
  }
  return token
}

function auditScopes(inputs: Inputs): AuditScope[] {
  const value = inputs.text(INPUTS.auditScope) ?? 'keysets,applications'
  const list = AUDIT_SCOPES.map((scope) => `'${scope}'`).join(', ')
  const scopes = new Set<AuditScope>()
  for (const word of value.split(/[\s,]/).filter(Boolean)) {
    const scope = AUDIT_SCOPES.find((known) => known === word.toLowerCase())
    if (scope === undefined) throw new InputError(INPUTS.auditScope, `'${word}' is not a scope: give one or more of ${list}, separated by commas or spaces`)
    scopes.add(scope)
  }
  if (scopes.size === 0) throw new InputError(INPUTS.auditScope, `names no scope: give one or more of ${list}`)
  return AUDIT_SCOPES.filter((scope) => scopes.has(scope))
}

function keysetId(inputs: Inputs): string {
  const value = inputs.required(INPUTS.keyset, "the keyset id is required, with or without the 'B2C_1A_' prefix")
  const id = normaliseKeysetId(value)
  if (id === 'B2C_1A_' || !KEYSET_NAME.test(id)) {
    throw new InputError(INPUTS.keyset, `'${value}' is not a keyset id: use letters, digits, '_', '-' or '.', e.g. 'FacebookSecret'`)
  }
  return id
}

function keysetWrite(inputs: Inputs): KeysetWrite {
  return {
    keysetId: keysetId(inputs),
    createIfMissing: inputs.boolean(INPUTS.createIfMissing, true),
    rotateWithin: rotateWithin(inputs),
  }
}

function rotateWithin(inputs: Inputs): Duration | undefined {
  const value = inputs.text(INPUTS.rotateIfExpiringWithin)
  if (value === undefined) return undefined
  const duration = parseDuration(value)
  if (!duration) throw new InputError(INPUTS.rotateIfExpiringWithin, `'${value}' is not a duration: give ${DURATION_FORMS}`)
  return duration
}

function validity(inputs: Inputs, now: Date): Validity {
  const notBefore = instant(inputs, INPUTS.notBefore, now) ?? now
  const expires = instant(inputs, INPUTS.expires, notBefore)
  if (expires !== undefined && expires.getTime() <= notBefore.getTime()) {
    throw new InputError(INPUTS.expires, `${iso(expires)} is not after not-before (${iso(notBefore)})`)
  }
  if (expires !== undefined && expires.getTime() <= now.getTime()) {
    throw new InputError(INPUTS.expires, `${iso(expires)} is in the past: the key would never be usable`)
  }
  return { notBefore, expires }
}

function instant(inputs: Inputs, name: InputName, base: Date): Date | undefined {
  const value = inputs.text(name)
  if (value === undefined) return undefined
  const parsed = parseInstant(value, base)
  if (!parsed.ok) throw new InputError(name, parsed.problem)
  return parsed.at
}

/** The manifest is read only by apply; another operation ignoring it would hide a mistyped operation. */
function refuseUnusedManifest(inputs: Inputs, operation: Operation): void {
  if (operation.name !== 'apply' && inputs.text(INPUTS.manifest) !== undefined) {
    throw new InputError(INPUTS.manifest, `is not used by ${operation.name}; remove it, or set operation: apply`)
  }
}

/** A certificate carries its own validity; silently ignoring a date the user typed would mislead. */
function refuseValidityInputs(inputs: Inputs, operation: OperationName): void {
  for (const name of [INPUTS.notBefore, INPUTS.expires]) {
    if (inputs.text(name) !== undefined) {
      throw new InputError(name, `is not accepted by ${operation}: the key takes its validity from the certificate`)
    }
  }
}

function target(inputs: Inputs, connection: Connection): TargetSettings {
  const kind = inputs.oneOf(INPUTS.target, ['application', 'service-principal'] as const, 'application')
  const explicit = inputs.optionalGuid(INPUTS.application)
  const clientId = 'clientId' in connection.auth ? connection.auth.clientId : undefined
  const id = explicit ?? clientId
  if (id === undefined) {
    throw new InputError(INPUTS.application, `the object id or appId of the ${kind} is required (it defaults to client-id, which is not set)`)
  }
  return { kind, id }
}

function newCertificate(inputs: Inputs, now: Date): Certificate {
  const text = inputs.required(INPUTS.newCertificate, 'the public certificate to add (PEM or base64 DER) is required by add-key')
  const certificate = requireRsaCertificate(
    loadCertificate(text, INPUTS.newCertificate),
    INPUTS.newCertificate,
    'the next roll signs its proof with this certificate, and proofs are RS256',
  )
  if (certificate.notAfter.getTime() <= now.getTime()) {
    throw new InputError(INPUTS.newCertificate, `certificate ${certificate.thumbprint} expired on ${iso(certificate.notAfter)}; add a certificate that is still valid`)
  }
  return certificate
}

function proofSigner(inputs: Inputs, derivedSecrets: string[]): CertificateWithKey {
  const own = inputs.text(INPUTS.proofCertificate)
  const source = own === undefined ? INPUTS.clientCertificate : INPUTS.proofCertificate
  const text =
    own ??
    inputs.text(INPUTS.clientCertificate) ??
    inputs.required(
      INPUTS.proofCertificate,
      'a currently valid certificate of the target with its private key (PEM or base64 PKCS#12) is required to sign the proof; it defaults to client-certificate, which is not set',
    )
  const password = inputs.text(own === undefined ? INPUTS.clientCertificatePassword : INPUTS.proofCertificatePassword)
  const signer = loadCertificateWithKey(text, password, source)
  derivedSecrets.push(signer.pem)
  return signer
}

const optionList = (accepted: readonly string[]): string => accepted.map((option) => `'${option}'`).join(', ')

/** Typed readers over the raw inputs; every failure names its input. */
class Inputs {
  constructor(private readonly read: InputReader) {}

  text(name: InputName): string | undefined {
    const value = this.read(name).trim()
    return value === '' ? undefined : value
  }

  required(name: InputName, why: string): string {
    const value = this.text(name)
    if (value === undefined) throw new InputError(name, why)
    return value
  }

  oneOf<T extends string>(name: InputName, accepted: readonly T[], fallback: T): T {
    const value = this.text(name)
    return value === undefined ? fallback : this.accepted(name, accepted, value)
  }

  requiredOneOf<T extends string>(name: InputName, accepted: readonly T[]): T {
    return this.accepted(name, accepted, this.required(name, `is required: one of ${optionList(accepted)}`))
  }

  private accepted<T extends string>(name: InputName, accepted: readonly T[], value: string): T {
    const match = accepted.find((option) => option.toLowerCase() === value.toLowerCase())
    if (match === undefined) throw new InputError(name, `'${value}' is not accepted: one of ${optionList(accepted)}`)
    return match
  }

  boolean(name: InputName, fallback: boolean): boolean {
    const value = this.text(name)
    if (value === undefined) return fallback
    // The YAML 1.2 core schema, as core.getBooleanInput accepts it.
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    throw new InputError(name, `'${value}' is not a boolean: 'true' or 'false'`)
  }

  guid(name: InputName, why: string): string {
    return this.checkedGuid(name, this.required(name, why))
  }

  optionalGuid(name: InputName): string | undefined {
    const value = this.text(name)
    return value === undefined ? undefined : this.checkedGuid(name, value)
  }

  private checkedGuid(name: InputName, value: string): string {
    if (!GUID.test(value)) throw new InputError(name, `'${value}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`)
    return value.toLowerCase()
  }
}
