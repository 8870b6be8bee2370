/**
 * What each operation's settings hold, and every refusal with its whole message: the e2e suites
 * check these through the bundle, this file pins them where a mutant of settings.ts shows
 * (the mutation run has only the unit and crypto suites). Certificates come from openssl.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { InputName } from '../../src/inputs.js'
import { buildSettings, type Operation, type Settings } from '../../src/settings.js'
import { inputError } from '../helpers/input-error.js'
import { type SelfSignedCert, makePfx, makeSelfSignedCert, removeTempDirs } from '../helpers/openssl.js'

const now = new Date('2027-01-31T10:00:00Z')
const TENANT = 'contoso.onmicrosoft.com'
const CLIENT = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'
const APP = '0b6f5f7e-2c4d-4e8a-9f1b-7a3c5d9e1f20'
const KEY_ID = 'aa11bb22-cc33-4d44-8e55-ff6677889900'
const secretAuth = { 'tenant-id': TENANT, 'client-id': CLIENT, 'client-secret': 's3cret-value' } as const
const VAULT = { url: 'https://contoso-kv.vault.azure.net', scope: 'https://vault.azure.net/.default', loopback: false }

type Inputs = Partial<Record<InputName, string>>
const settings = (inputs: Inputs, at: Date = now): Settings => buildSettings((name) => inputs[name] ?? '', { idTokenAvailable: false }, at)
const operation = (inputs: Inputs): Operation => settings({ ...secretAuth, ...inputs }).operation
/** The whole message of the InputError that building these settings throws. */
const refusal = (inputs: Inputs, at?: Date): string => inputError(() => settings(inputs, at)).message

let signer: SelfSignedCert
let other: SelfSignedCert
let expired: SelfSignedCert

beforeAll(() => {
  signer = makeSelfSignedCert({ commonName: 'signer', days: 3650, notBeforeDaysAgo: 1 })
  other = makeSelfSignedCert({ commonName: 'other', days: 3650, notBeforeDaysAgo: 1 })
  expired = makeSelfSignedCert({ commonName: 'expired', expired: true })
})
afterAll(removeTempDirs)

const withKey = (cert: SelfSignedCert): string => `${cert.certPem}${cert.keyPem}`

describe('inputs as the runner hands them over', () => {
  it('are trimmed before they are read', () => {
    expect(operation({ operation: ' get-active-key ', keyset: '  Signing \n' })).toEqual({ name: 'get-active-key', keysetId: 'B2C_1A_Signing' })
  })

  it('operation is required, and the refusal lists every operation', () => {
    expect(refusal({ ...secretAuth })).toBe(
      "Input 'operation': is required: one of 'create-keyset', 'upload-secret', 'generate-key', 'upload-certificate', 'upload-pkcs12', " +
        "'get-active-key', 'add-key', 'remove-key', 'audit', 'sync-key-vault-certificate', 'apply'",
    )
    expect(refusal({ ...secretAuth, operation: 'rotate' })).toMatch(/^Input 'operation': 'rotate' is not accepted: one of 'create-keyset', /)
  })

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('a boolean %s is %s', (value, expected) => {
    // create-if-missing defaults to true and dry-run to false: each value must move one of them.
    const result = settings({ ...secretAuth, operation: 'generate-key', keyset: 'x', 'create-if-missing': value, 'dry-run': value })
    expect(result.dryRun).toBe(expected)
    expect(result.operation).toMatchObject({ keyset: { createIfMissing: expected } })
  })

  it('a boolean that is not YAML 1.2 true or false is refused', () => {
    expect(refusal({ ...secretAuth, operation: 'get-active-key', keyset: 'x', 'dry-run': 'yes' })).toBe("Input 'dry-run': 'yes' is not a boolean: 'true' or 'false'")
  })
})

describe('sign-in inputs', () => {
  it('an explicit client-secret or client-certificate auth requires its input', () => {
    const base = { operation: 'get-active-key', keyset: 'x', 'tenant-id': TENANT, 'client-id': CLIENT }
    expect(refusal({ ...base, auth: 'client-secret' })).toBe("Input 'client-secret': is required with auth 'client-secret'")
    expect(refusal({ ...base, auth: 'client-certificate' })).toBe("Input 'client-certificate': is required with auth 'client-certificate'")
  })

  it('tenant-id and client-id are required, each with its own message', () => {
    expect(refusal({ operation: 'get-active-key', keyset: 'x', 'client-secret': 's', 'client-id': CLIENT })).toBe(
      "Input 'tenant-id': a tenant GUID or domain is required with auth 'client-secret'",
    )
    expect(refusal({ operation: 'get-active-key', keyset: 'x', 'client-secret': 's', 'tenant-id': TENANT })).toBe(
      "Input 'client-id': the client (app) id is required with auth 'client-secret'",
    )
    expect(refusal({ operation: 'get-active-key', keyset: 'x', 'client-secret': 's', 'tenant-id': TENANT, 'client-id': 'my-app' })).toBe(
      "Input 'client-id': 'my-app' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
    )
  })

  it('oidc without an ID token says how to get one, and where there is none', () => {
    expect(refusal({ operation: 'get-active-key', keyset: 'x', auth: 'oidc', 'tenant-id': TENANT, 'client-id': CLIENT })).toBe(
      "Input 'auth': 'oidc' needs a GitHub ID token, but this job cannot request one: add `permissions: id-token: write` to the workflow or job" +
        ' (pull requests from forks never get one; use another auth there)',
    )
  })

  it('the Azure CLI takes a tenant-id too, checked like any other', () => {
    expect(settings({ operation: 'get-active-key', keyset: 'x', auth: 'azure-cli', 'tenant-id': TENANT }).connection.auth).toEqual({
      method: 'azure-cli',
      tenantId: TENANT,
      fallback: false,
    })
    expect(refusal({ operation: 'get-active-key', keyset: 'x', auth: 'azure-cli', 'tenant-id': 'not a tenant' })).toBe(
      "Input 'tenant-id': 'not a tenant' is neither a tenant GUID nor a domain such as 'contoso.onmicrosoft.com'",
    )
  })

  it('an endpoint that is not an origin is told what the action adds itself', () => {
    const base = { ...secretAuth, operation: 'get-active-key', keyset: 'x' }
    expect(refusal({ ...base, 'graph-endpoint': 'https://graph.example.test/beta' })).toBe(
      "Input 'graph-endpoint': 'https://graph.example.test/beta' must be an origin only, such as 'https://graph.example.test' (the action adds /beta or /v1.0 itself)",
    )
    expect(refusal({ ...base, 'authority-host': 'https://login.example.test/tenant' })).toBe(
      "Input 'authority-host': 'https://login.example.test/tenant' must be an origin only, such as 'https://login.example.test' (the action adds /<tenant-id> itself)",
    )
  })

  it('a loopback host is plain http only: another scheme is refused even there', () => {
    expect(refusal({ ...secretAuth, operation: 'get-active-key', keyset: 'x', 'graph-endpoint': 'ftp://localhost:9' })).toBe(
      "Input 'graph-endpoint': 'ftp://localhost:9' must use https:// (plain http:// only for loopback hosts)",
    )
  })
})

describe('keyset operations', () => {
  it('a keyset id is required, and says the prefix is optional', () => {
    expect(refusal({ ...secretAuth, operation: 'create-keyset' })).toBe("Input 'keyset': the keyset id is required, with or without the 'B2C_1A_' prefix")
  })

  it('rotate-if-expiring-within is read as a duration, or refused', () => {
    expect(operation({ operation: 'generate-key', keyset: 'x', 'rotate-if-expiring-within': '30d' })).toMatchObject({ keyset: { rotateWithin: { days: 30 } } })
    expect(refusal({ ...secretAuth, operation: 'generate-key', keyset: 'x', 'rotate-if-expiring-within': 'soon' })).toMatch(
      /^Input 'rotate-if-expiring-within': 'soon' is not a duration: give /,
    )
  })

  it('expires at this very second is already in the past', () => {
    const inputs = { ...secretAuth, operation: 'upload-secret', keyset: 'x', secret: 'sss', 'not-before': '2027-01-30T10:00:00Z', expires: '2027-01-31T10:00:00Z' }
    expect(refusal(inputs)).toBe("Input 'expires': 2027-01-31T10:00:00Z is in the past: the key would never be usable")
    expect(settings(inputs, new Date(now.getTime() - 1000)).operation).toMatchObject({ validity: { expires: now } })
  })

  it('upload-certificate requires its certificate', () => {
    expect(refusal({ ...secretAuth, operation: 'upload-certificate', keyset: 'x' })).toBe(
      "Input 'certificate': a PEM or base64 DER certificate is required by upload-certificate",
    )
  })

  it('upload-certificate and upload-pkcs12 take a Key Vault certificate instead', () => {
    const vault = { 'key-vault': 'contoso-kv', 'key-vault-certificate': 'saml-idp' }
    for (const name of ['upload-certificate', 'upload-pkcs12'] as const) {
      expect(operation({ operation: name, keyset: 'Saml', ...vault })).toEqual({
        name,
        keyset: { keysetId: 'B2C_1A_Saml', createIfMissing: true, rotateWithin: undefined },
        keyVaultCertificate: { from: 'key-vault', vault: VAULT, name: 'saml-idp', version: undefined, input: 'key-vault-certificate' },
      })
    }
  })

  it('upload-pkcs12 requires its file', () => {
    expect(refusal({ ...secretAuth, operation: 'upload-pkcs12', keyset: 'x' })).toBe("Input 'pkcs12': a base64 PKCS#12 (.pfx) is required by upload-pkcs12")
  })

  it('upload-pkcs12 keeps the file without whitespace, its password and encryption, and masks the decrypted key', () => {
    const pfx = makePfx(signer.certPem, signer.keyPem, 'pfx-pass', { legacy: true })
    const result = settings({ ...secretAuth, operation: 'upload-pkcs12', keyset: 'Pfx', pkcs12: pfx.replace(/(.{64})/g, '$1\n'), 'pkcs12-password': 'pfx-pass' })
    expect(result.operation).toMatchObject({ name: 'upload-pkcs12', pkcs12: pfx, password: 'pfx-pass', encryption: 'legacy-3des' })
    expect(result.derivedSecrets).toEqual([expect.stringContaining('-----BEGIN PRIVATE KEY-----')])
    expect(result.derivedSecrets[0]).toContain(signer.keyPem.split('\n')[1])
  })

  it('the manifest input belongs to apply alone', () => {
    expect(refusal({ ...secretAuth, operation: 'upload-secret', keyset: 'x', secret: 'sss', manifest: 'tenant.yml' })).toBe(
      "Input 'manifest': is not used by upload-secret; remove it, or set operation: apply",
    )
  })

  it('a Key Vault input the operation does not read is refused', () => {
    expect(refusal({ ...secretAuth, operation: 'get-active-key', keyset: 'x', 'key-vault': 'contoso-kv' })).toBe("Input 'key-vault': is not used by get-active-key; remove it")
  })
})

describe('application operations', () => {
  it('add-key: target defaults to the client-id, proof to the client certificate, given once as a notice', () => {
    const chain = `${signer.certPem}${other.certPem}${signer.keyPem}`
    const result = settings({ operation: 'add-key', 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': chain, 'new-certificate': other.certPem })
    expect(result.operation).toMatchObject({ name: 'add-key', target: { kind: 'application', id: CLIENT }, displayName: undefined, rotateWithin: undefined })
    expect(result.notices).toEqual([expect.stringMatching(/^Input 'client-certificate' holds 2 certificates \(a chain\): using the one the private key belongs to, /)])
  })

  it('a client certificate with its chain gives its notice whatever the operation', () => {
    const result = settings({ operation: 'get-active-key', keyset: 'x', 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': `${other.certPem}${withKey(signer)}` })
    expect(result.notices).toEqual([expect.stringMatching(/^Input 'client-certificate' holds 2 certificates \(a chain\): using the one the private key belongs to, [0-9A-F]{40} \(CN=signer\)/)])
    expect(settings({ operation: 'get-active-key', keyset: 'x', 'tenant-id': TENANT, 'client-id': CLIENT, 'client-certificate': withKey(signer) }).notices).toEqual([])
  })

  it('add-key: a notice for each input that holds a chain', () => {
    const result = settings({
      ...secretAuth,
      operation: 'add-key',
      application: APP.toUpperCase(),
      'proof-certificate': `${other.certPem}${signer.certPem}${signer.keyPem}`,
      'new-certificate': `${other.certPem}${signer.certPem}`,
    })
    expect(result.operation).toMatchObject({ target: { kind: 'application', id: APP } })
    expect(result.notices).toEqual([
      expect.stringMatching(/^Input 'new-certificate' holds 2 certificates \(a chain\): using the first, /),
      expect.stringMatching(/^Input 'proof-certificate' holds 2 certificates \(a chain\): using the one the private key belongs to, /),
    ])
  })

  it('upload-certificate: a chain gives its notice, a single certificate none', () => {
    expect(settings({ ...secretAuth, operation: 'upload-certificate', keyset: 'x', certificate: `${signer.certPem}${other.certPem}` }).notices).toEqual([
      expect.stringMatching(/^Input 'certificate' holds 2 certificates \(a chain\): using the first, .*; the other one is ignored\.$/),
    ])
    expect(settings({ ...secretAuth, operation: 'upload-certificate', keyset: 'x', certificate: signer.certPem }).notices).toEqual([])
  })

  it('add-key requires the new certificate, still valid at this second', () => {
    const base = { ...secretAuth, operation: 'add-key', 'proof-certificate': withKey(signer) }
    expect(refusal(base)).toBe("Input 'new-certificate': the public certificate to add (PEM or base64 DER) is required by add-key")
    expect(refusal({ ...base, 'new-certificate': expired.certPem })).toMatch(/^Input 'new-certificate': certificate [0-9A-F]{40} expired on \S+Z; add a certificate that is still valid$/)
    // notAfter itself: the certificate is no longer valid then.
    const atNotAfter = inputError(() => settings({ ...base, 'new-certificate': other.certPem }, other.notAfter))
    expect(atNotAfter.input).toBe('new-certificate')
    expect(settings({ ...base, 'new-certificate': other.certPem }, new Date(other.notAfter.getTime() - 1000)).operation).toMatchObject({ name: 'add-key' })
  })

  it('without client-id, the application must be named', () => {
    expect(refusal({ operation: 'add-key', auth: 'azure-cli', 'proof-certificate': withKey(signer), 'new-certificate': other.certPem })).toBe(
      "Input 'application': the object id or appId of the application is required (it defaults to client-id, which is not set)",
    )
    expect(refusal({ operation: 'remove-key', auth: 'azure-cli', target: 'service-principal', 'key-id': KEY_ID, 'proof-certificate': withKey(signer) })).toBe(
      "Input 'application': the object id or appId of the service-principal is required (it defaults to client-id, which is not set)",
    )
  })

  it('remove-key: the key id is required, and unsafe removal is off unless asked for', () => {
    const base = { ...secretAuth, operation: 'remove-key', 'proof-certificate': withKey(signer) }
    expect(refusal(base)).toBe("Input 'key-id': the keyId (GUID) of the certificate to remove is required by remove-key")
    expect(operation({ ...base, 'key-id': KEY_ID.toUpperCase() })).toMatchObject({ name: 'remove-key', keyId: KEY_ID, allowUnsafeRemoval: false })
    expect(operation({ ...base, 'key-id': KEY_ID, 'allow-unsafe-removal': 'true' })).toMatchObject({ allowUnsafeRemoval: true })
  })

  describe('sync-key-vault-certificate', () => {
    const base = { ...secretAuth, operation: 'sync-key-vault-certificate', application: APP, 'key-vault': 'contoso-kv', 'key-vault-certificate': 'app-cert' }
    const certificate = { from: 'key-vault', vault: VAULT, name: 'app-cert', version: undefined, input: 'key-vault-certificate' }

    it('without a proof input, the certificate signs its own proof', () => {
      expect(operation(base)).toEqual({ name: 'sync-key-vault-certificate', target: { kind: 'application', id: APP }, certificate, proof: undefined, removeSupersededAfter: undefined })
    })

    it('proof-certificate signs on the runner, proof-key-vault-certificate in the vault', () => {
      const onRunner = settings({ ...base, 'proof-certificate': withKey(signer) })
      expect(onRunner.operation).toMatchObject({ proof: { certificate: { subject: 'CN=signer' } } })
      expect(onRunner.derivedSecrets).toHaveLength(1)
      expect(operation({ ...base, 'proof-key-vault-certificate': 'old-cert' })).toMatchObject({
        proof: { from: 'key-vault', name: 'old-cert', input: 'proof-key-vault-certificate' },
      })
    })

    it('refuses validity inputs: the certificate carries its own', () => {
      expect(refusal({ ...base, expires: '30d' })).toBe("Input 'expires': is not accepted by sync-key-vault-certificate: the key takes its validity from the certificate")
    })
  })
})

describe('audit', () => {
  const base = { ...secretAuth, operation: 'audit' }

  it('scopes: any separators, any case, in a fixed order, each once', () => {
    expect(operation({ ...base, 'audit-scope': ' Service-Principals,,keysets  applications, keysets ' })).toMatchObject({
      audit: { scopes: ['keysets', 'applications', 'service-principals'] },
    })
    expect(refusal({ ...base, 'audit-scope': 'keysets, apps' })).toBe(
      "Input 'audit-scope': 'apps' is not a scope: give one or more of 'keysets', 'applications', 'service-principals', separated by commas or spaces",
    )
  })

  it('github-token is checked when an issue is wanted, and never quoted', () => {
    expect(operation({ ...base, 'issue-on': 'critical', 'github-token': 'ghs_abc123' })).toMatchObject({ audit: { issueOn: 'critical', githubToken: 'ghs_abc123' } })
    for (const token of ['Bearer ghs_abc123', 'ghs_abc\n123', 'ghs_äbc']) {
      expect(refusal({ ...base, 'issue-on': 'expiring', 'github-token': token })).toBe(
        "Input 'github-token': is not a token: a token is one word of printable ASCII, without spaces, line breaks or a \"Bearer\" prefix; leave its default `${{ github.token }}`",
      )
    }
    // Without an issue, the token is not read, whatever it holds.
    expect(operation({ ...base, 'github-token': 'not a token' })).toMatchObject({ audit: { issueOn: 'never', githubToken: undefined } })
  })
})

describe('apply', () => {
  it('requires the manifest path and carries the tenant and vault of the sign-in', () => {
    expect(refusal({ ...secretAuth, operation: 'apply' })).toBe("Input 'manifest': the path of the YAML manifest (relative to the workspace) is required by apply")
    expect(operation({ operation: 'apply', manifest: 'b2c/tenant.yml', 'key-vault': 'contoso-kv' })).toEqual({ name: 'apply', manifest: 'b2c/tenant.yml', tenant: TENANT, keyVault: VAULT })
    expect(operation({ operation: 'apply', manifest: 'b2c/tenant.yml' })).toEqual({ name: 'apply', manifest: 'b2c/tenant.yml', tenant: TENANT, keyVault: undefined })
  })
})
