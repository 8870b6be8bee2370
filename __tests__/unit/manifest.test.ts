/**
 * The manifest reader: every refusal names file:line:col, secrets only by variable name, and
 * it agrees with schema/manifest.schema.json (the file editors check against) on every case
 * the schema can express.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { InputError } from '../../src/errors.js'
import { readManifest } from '../../src/manifest/read-manifest.js'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'

const NOW = new Date('2027-01-01T00:00:00Z')
const schema = JSON.parse(readFileSync(`${REPO_ROOT}schema/manifest.schema.json`, 'utf8')) as object
const schemaAccepts = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema)

function problemOf(text: string): string {
  try {
    readManifest(text, 'tenant.yml', NOW)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).message
  }
  throw new Error('the manifest was accepted')
}

const FULL = `# yaml-language-server: $schema=../schema/manifest.schema.json
keysets:
  - id: TokenSigningKeyContainer
    generate: { key-type: RSA, use: sig }
    expires: P1Y
    rotate-if-expiring-within: 30d
  - id: B2C_1A_FacebookSecret
    secret: { env: FACEBOOK_APP_SECRET }
    use: enc
    key-type: oct
    not-before: PT3H
    upload-again: 90d
  - id: SamlIdpCert
    key-vault-certificate: saml-idp
  - id: SamlPfx
    pkcs12: { env: SAML_PFX, password-env: SAML_PFX_PASSWORD }
    create-if-missing: false
  - id: Public
    certificate: { env: PUBLIC_CERT }
    key-type: RSA
applications:
  - application: 00000000-0000-0000-0000-00000000000A
    target: service-principal
    key-vault-certificate: app-cert/0123456789abcdef0123456789abcdef
    remove-superseded-after: 14d
`

describe('readManifest', () => {
  it('reads every kind of entry, with one B2C_1A_ prefix and its place', () => {
    const manifest = readManifest(FULL, 'tenant.yml', NOW)
    expect(manifest.keysets.map((entry) => [entry.keysetId, entry.source.kind, entry.place.line])).toEqual([
      ['B2C_1A_TokenSigningKeyContainer', 'generate', 3],
      ['B2C_1A_FacebookSecret', 'secret', 7],
      ['B2C_1A_SamlIdpCert', 'key-vault-certificate', 13],
      ['B2C_1A_SamlPfx', 'pkcs12', 15],
      ['B2C_1A_Public', 'certificate', 18],
    ])
    const [signing, facebook, , pfx] = manifest.keysets
    expect(signing?.source).toEqual({ kind: 'generate', keyType: 'RSA', use: 'sig' })
    expect(signing?.expires?.toISOString()).toBe('2028-01-01T00:00:00.000Z')
    expect(signing?.rotateWithin?.days).toBe(30)
    expect(facebook?.source).toEqual({ kind: 'secret', env: 'FACEBOOK_APP_SECRET', use: 'enc' })
    expect(facebook?.notBefore.toISOString()).toBe('2027-01-01T03:00:00.000Z')
    expect(facebook?.uploadAgain).toMatchObject({ kind: 'every', period: { days: 90 } })
    expect(pfx).toMatchObject({ source: { kind: 'pkcs12', env: 'SAML_PFX', passwordEnv: 'SAML_PFX_PASSWORD' }, createIfMissing: false })
    expect(manifest.applications).toEqual([
      {
        place: { file: 'tenant.yml', line: 22, col: 5 },
        target: { kind: 'service-principal', id: '00000000-0000-0000-0000-00000000000a' },
        keyVaultCertificate: 'app-cert/0123456789abcdef0123456789abcdef',
        proofKeyVaultCertificate: undefined,
        removeSupersededAfter: expect.objectContaining({ days: 14 }),
      },
    ])
  })

  it.each([
    ['keysets:\n  - id: A\n    generate: {}\n    colour: red\n', /tenant\.yml:4:5: unknown key 'colour' in a keyset entry/],
    ['keysets:\n  - id: A\n    secret: literal-value\n', /tenant\.yml:3:13: 'secret' must name an environment variable, as \{ env: NAME \}: a literal secret is refused/],
    ['keysets:\n  - id: A\n    pkcs12: { env: P, password: hunter2 }\n', /tenant\.yml:3:23: a literal password is refused/],
    ['keysets:\n  - id: A\n    value: hunter2\n    generate: {}\n', /tenant\.yml:3:5: a literal secret \('value'\) is refused/],
    ['keysets:\n  - id: A\n    secret: { env: S }\n    key-type: RSA\n', /tenant\.yml:4:5: a secret is an oct key, and this keyset is declared 'key-type: RSA'/],
    ['keysets:\n  - id: A\n    certificate: { env: C }\n    key-type: oct\n', /tenant\.yml:4:5: a certificate is an RSA key/],
    ['keysets:\n  - id: A\n    certificate: { env: C }\n    expires: P1Y\n', /tenant\.yml:4:5: 'expires' does not go with 'certificate'/],
    ['keysets:\n  - id: A\n    generate: {}\n    use: enc\n', /tenant\.yml:4:5: give 'use' inside 'generate'/],
    ['keysets:\n  - id: A\n    generate: {}\n    upload-again: always\n', /tenant\.yml:4:5: 'upload-again' is for secrets only/],
    ['keysets:\n  - id: A\n    generate: {}\n    secret: { env: S }\n', /tenant\.yml:2:5: a keyset entry takes one key source, not generate and secret/],
    ['keysets:\n  - id: A\n', /tenant\.yml:2:5: a keyset entry needs one key source/],
    ['keysets:\n  - generate: {}\n', /tenant\.yml:2:5: a keyset entry needs 'id'/],
    ['keysets:\n  - id: A\n    generate: {}\n  - id: b2c_1a_a\n    generate: {}\n', /tenant\.yml:4:5: keyset B2C_1A_a is declared twice \(first at line 2\)/],
    ['keysets:\n  - id: A\n    generate: { key-type: EC }\n', /tenant\.yml:3:27: 'generate\.key-type' 'EC' is not accepted: one of 'RSA', 'oct'/],
    ['keysets:\n  - id: A\n    generate: {}\n    rotate-if-expiring-within: soon\n', /tenant\.yml:4:32: 'rotate-if-expiring-within' 'soon' is not a duration/],
    ['keysets:\n  - id: A\n    generate: {}\n    not-before: 2025-01-01T00:00:00Z\n    expires: 2026-01-01T00:00:00Z\n', /tenant\.yml:5:14: 'expires' \(2026-01-01T00:00:00\.000Z\) is in the past/],
    ['keysets:\n  - id: A\n    generate: {}\n    not-before: tomorrow\n', /tenant\.yml:4:17: 'not-before': 'tomorrow' is not an ISO-8601/],
    ['keysets:\n  - id: A\n    generate: {}\n    create-if-missing: "yes"\n', /tenant\.yml:4:24: 'create-if-missing' must be true or false/],
    ['keysets:\n  - id: A b\n    generate: {}\n', /tenant\.yml:2:9: 'id' 'A b' is not a keyset id/],
    ['keysets:\n  - id: A\n    generate: {}\n    id: B\n', /tenant\.yml:4:5: Map keys must be unique/],
    ['keysets: [\n', /tenant\.yml:2:1: /],
    ['keysets:\n  - &x { id: A, generate: {} }\n  - *x\n', /tenant\.yml:3:5: /],
    ['keysets: []\n', /tenant\.yml:1:10: 'keysets' must be a non-empty list/],
    ['{}\n', /tenant\.yml:1:1: the manifest declares nothing/],
    ['', /tenant\.yml:1:1: the manifest is empty/],
    ['keyset:\n  - id: A\n', /tenant\.yml:1:1: unknown key 'keyset' in the manifest; accepted: keysets, applications/],
    ['applications:\n  - application: not-a-guid\n    key-vault-certificate: c\n', /tenant\.yml:2:18: 'application' 'not-a-guid' is not an object id or appId/],
    ['applications:\n  - application: 00000000-0000-0000-0000-000000000001\n', /tenant\.yml:2:5: an application entry needs 'key-vault-certificate'/],
    [
      'applications:\n  - application: 00000000-0000-0000-0000-000000000001\n    key-vault-certificate: c\n  - application: 00000000-0000-0000-0000-000000000001\n    key-vault-certificate: d\n',
      /tenant\.yml:4:5: application 00000000-0000-0000-0000-000000000001 is declared twice/,
    ],
  ])('refuses %j with its place', (text, expected) => {
    const message = problemOf(text)
    expect(message).toMatch(/^Input 'manifest': /)
    expect(message).toMatch(expected)
  })

  it('never repeats a literal secret in its message', () => {
    expect(problemOf('keysets:\n  - id: A\n    secret: hunter2-literal\n')).not.toContain('hunter2')
    expect(problemOf('keysets:\n  - id: A\n    pkcs12: { env: P, password: hunter2 }\n')).not.toContain('hunter2')
  })

  it('lists every problem of the file in one message, capped at ten', () => {
    const entries = Array.from({ length: 12 }, (_, i) => `  - id: K${i}\n    colour: red\n    generate: {}\n`).join('')
    const message = problemOf(`keysets:\n${entries}`)
    expect(message.match(/unknown key 'colour'/g)).toHaveLength(10)
    expect(message).toMatch(/; and 2 more$/)
  })
})

describe('schema/manifest.schema.json and the reader agree', () => {
  // Cases the schema cannot express (dates, uniqueness, YAML syntax): only the reader refuses them.
  const READER_ONLY = [/is in the past/, /is not an ISO-8601/, /declared twice/, /Map keys must be unique/, /anchors and aliases/, /is not after not-before/]
  const cases: string[] = [
    FULL,
    'keysets:\n  - id: A\n    generate: {}\n',
    'keysets:\n  - id: A\n    secret: { env: S }\n    upload-again: always\n',
    'keysets:\n  - id: A\n    secret: { env: S }\n    upload-again: 2w\n    expires: 1900000000\n',
    'keysets:\n  - id: A\n    secret: { env: S }\n    upload-again: sometimes\n',
    'keysets:\n  - id: A\n    secret: { env: 1S }\n',
    'keysets:\n  - id: A\n    key-vault-certificate: "bad name"\n',
    'keysets:\n  - id: A\n    key-vault-pkcs12: saml-signing\n',
    'keysets:\n  - id: A\n    key-vault-pkcs12: saml-signing\n    key-vault-certificate: saml-signing\n',
    'keysets:\n  - id: B2C_1A_\n    generate: {}\n',
    'keysets:\n  - id: A\n    generate: {}\n    rotate-if-expiring-within: P1Y2M3W4DT5H6M7S\n',
    'keysets:\n  - id: A\n    generate: {}\n    rotate-if-expiring-within: 1y 6mo\n',
    'keysets:\n  - id: A\n    generate: {}\n    rotate-if-expiring-within: P\n',
    'keysets:\n  - id: A\n    generate: {}\n    expires: 2026-01-01T00:00:00Z\n',
    'keysets:\n  - id: A\n    generate: {}\n  - id: a\n    generate: {}\n',
    'applications:\n  - application: 00000000-0000-0000-0000-000000000001\n    key-vault-certificate: c\n    target: app\n',
    'applications:\n  - application: 00000000-0000-0000-0000-000000000001\n    key-vault-certificate: c\n    proof-key-vault-certificate: p/abc\n',
    'applications:\n  - application: 00000000-0000-0000-0000-000000000001\n    key-vault-certificate: c/0123456789ABCDEF0123456789abcdef\n',
  ]
  it.each(cases)('on %j', (text) => {
    let readerProblem: string | undefined
    try {
      readManifest(text, 'tenant.yml', NOW)
    } catch (error) {
      readerProblem = (error as Error).message
    }
    const schemaOk = schemaAccepts(parse(text))
    if (schemaOk && readerProblem !== undefined) expect(READER_ONLY.some((pattern) => pattern.test(readerProblem!))).toBe(true)
    else expect({ schemaOk, readerOk: readerProblem === undefined }).toEqual({ schemaOk, readerOk: schemaOk })
  })

  it('refuses in the schema what the reader refuses in a keyset entry', () => {
    const refusedByBoth = [
      'keysets:\n  - id: A\n    generate: {}\n    colour: red\n',
      'keysets:\n  - id: A\n    secret: literal\n',
      'keysets:\n  - id: A\n    secret: { env: S }\n    key-type: RSA\n',
      'keysets:\n  - id: A\n    certificate: { env: C }\n    key-type: oct\n',
      'keysets:\n  - id: A\n    certificate: { env: C }\n    use: sig\n',
      'keysets:\n  - id: A\n    pkcs12: { env: C }\n    not-before: PT1H\n',
      'keysets:\n  - id: A\n    key-vault-pkcs12: c\n    use: sig\n',
      'keysets:\n  - id: A\n    generate: {}\n    use: enc\n',
      'keysets:\n  - id: A\n    generate: {}\n    secret: { env: S }\n',
      'keysets:\n  - id: A\n    generate: {}\n    upload-again: always\n',
      'keysets: []\n',
      '{}\n',
    ]
    for (const text of refusedByBoth) {
      expect({ text, schema: schemaAccepts(parse(text)) }).toEqual({ text, schema: false })
      expect(() => readManifest(text, 'tenant.yml', NOW)).toThrow(InputError)
    }
  })
})

describe('the example manifests', () => {
  it.each(['b2c-dev.yml', 'b2c-prod.yml'])('%s is accepted by the reader and the schema', (name) => {
    const text = readFileSync(`${REPO_ROOT}examples/b2c/${name}`, 'utf8')
    expect(readManifest(text, name, NOW).keysets).toHaveLength(4)
    expect(schemaAccepts(parse(text))).toBe(true)
  })
})
