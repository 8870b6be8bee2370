/**
 * The names of every action input, in one place: settings, masking and the tests refer to these
 * constants, and a test keeps them equal to action.yml.
 */
export const INPUTS = {
  operation: 'operation',
  tenantId: 'tenant-id',
  clientId: 'client-id',
  auth: 'auth',
  clientSecret: 'client-secret',
  clientCertificate: 'client-certificate',
  clientCertificatePassword: 'client-certificate-password',
  oidcAudience: 'oidc-audience',
  cloud: 'cloud',
  graphEndpoint: 'graph-endpoint',
  authorityHost: 'authority-host',
  keyset: 'keyset',
  createIfMissing: 'create-if-missing',
  use: 'use',
  keyType: 'key-type',
  secret: 'secret',
  certificate: 'certificate',
  pkcs12: 'pkcs12',
  pkcs12Password: 'pkcs12-password',
  notBefore: 'not-before',
  expires: 'expires',
  rotateIfExpiringWithin: 'rotate-if-expiring-within',
  application: 'application',
  target: 'target',
  proofCertificate: 'proof-certificate',
  proofCertificatePassword: 'proof-certificate-password',
  newCertificate: 'new-certificate',
  keyDisplayName: 'key-display-name',
  keyId: 'key-id',
  allowUnsafeRemoval: 'allow-unsafe-removal',
  keyVault: 'key-vault',
  keyVaultCertificate: 'key-vault-certificate',
  proofKeyVaultCertificate: 'proof-key-vault-certificate',
  removeSupersededAfter: 'remove-superseded-after',
  dryRun: 'dry-run',
  auditScope: 'audit-scope',
  warnWithin: 'warn-within',
  failOn: 'fail-on',
  issueOn: 'issue-on',
  githubToken: 'github-token',
  manifest: 'manifest',
} as const

export type InputName = (typeof INPUTS)[keyof typeof INPUTS]

/** Inputs whose values are secret: masked before anything else runs. */
export const SECRET_INPUTS: readonly InputName[] = [
  INPUTS.clientSecret,
  INPUTS.clientCertificate,
  INPUTS.clientCertificatePassword,
  INPUTS.secret,
  INPUTS.pkcs12,
  INPUTS.pkcs12Password,
  INPUTS.proofCertificate,
  INPUTS.proofCertificatePassword,
  INPUTS.githubToken,
]

/** Inputs that take a public certificate: not secrets, but a private key pasted into one is masked before it is refused. */
export const CERTIFICATE_INPUTS: readonly InputName[] = [INPUTS.certificate, INPUTS.newCertificate]

/** Reads one input as the runner passes it: trimmed, '' when absent. */
export type InputReader = (name: InputName) => string

export const OUTPUTS = {
  kid: 'kid',
  keysetId: 'keyset-id',
  notBefore: 'not-before',
  expires: 'expires',
  thumbprint: 'thumbprint',
  previousKid: 'previous-kid',
  actionTaken: 'action-taken',
  report: 'report',
  expiringCount: 'expiring-count',
  criticalCount: 'critical-count',
  removedKids: 'removed-kids',
  kids: 'kids',
} as const
