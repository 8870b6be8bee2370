/**
 * Every explanation reads as plain sentences: no double periods, and no id (GUID, thumbprint,
 * keyset id, request-id) said twice in one sentence. Checked over every Graph path and code the
 * explanations know, the sign-in hints, and refused inputs.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { loadCertificate } from '../../src/crypto/certificates.js'
import { PROOF_AUDIENCE } from '../../src/crypto/proof.js'
import { ActionableError } from '../../src/errors.js'
import { explainFailure } from '../../src/explain.js'
import type { DirectoryTarget } from '../../src/graph/applications.js'
import { explainRejectedProof, requireSigner, type SentProof } from '../../src/operations/certificate-roll.js'
import { GraphError } from '../../src/graph/errors.js'
import type { InputName } from '../../src/inputs.js'
import { buildSettings, type Settings } from '../../src/settings.js'
import { inputError } from '../helpers/input-error.js'
import { makeSelfSignedCert, removeTempDirs } from '../helpers/openssl.js'

afterAll(removeTempDirs)

const CLIENT = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'
const TARGET = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
const cert = makeSelfSignedCert()
const withKey = `${cert.certPem}${cert.keyPem}`

function settingsFor(inputs: Partial<Record<InputName, string>>): Settings {
  const all: Partial<Record<InputName, string>> = { 'tenant-id': 'contoso.onmicrosoft.com', 'client-id': CLIENT, ...inputs }
  return buildSettings((name) => all[name] ?? '', { idTokenAvailable: false }, new Date())
}

const SETTINGS: Record<string, Settings> = {
  'upload-secret': settingsFor({ 'client-secret': 'x', operation: 'upload-secret', keyset: 'Facebook', secret: 's' }),
  'get-active-key': settingsFor({ 'client-secret': 'x', operation: 'get-active-key', keyset: 'Facebook' }),
  'add-key': settingsFor({ 'client-secret': 'x', operation: 'add-key', application: TARGET, 'proof-certificate': withKey, 'new-certificate': cert.certPem }),
  'remove-key': settingsFor({ auth: 'client-certificate', 'client-certificate': withKey, operation: 'remove-key', 'key-id': TARGET }),
}

const PATHS: [string, string][] = [
  ['GET', '/beta/trustFramework/keySets/B2C_1A_Facebook'],
  ['POST', '/beta/trustFramework/keySets'],
  ['POST', '/beta/trustFramework/keySets/B2C_1A_Facebook/uploadSecret'],
  ['GET', '/beta/trustFramework/keySets/B2C_1A_Facebook/getActiveKey'],
  ['GET', `/v1.0/applications(appId='${TARGET}')?$select=id,appId,displayName,keyCredentials`],
  ['GET', `/v1.0/servicePrincipals/${TARGET}?$select=id`],
  ['POST', `/v1.0/applications/${TARGET}/addKey`],
  ['POST', `/v1.0/servicePrincipals/${TARGET}/removeKey`],
]

const ANSWERS: [number, string, string][] = [
  [403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  [401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'],
  [400, 'AADB2C90213', 'The PKCS#12 password is invalid.'],
  [429, 'TooManyRequests', 'Too many requests..'],
  [409, 'AADB2C95053', 'Conflict.'],
  [404, 'AADB2C95052', `The key set with ID 'B2C_1A_Facebook' cannot be found.`],
  [404, 'Request_ResourceNotFound', `Resource '${TARGET}' does not exist.`],
  [503, 'HTTP503', '(no message)'],
  [400, 'Request_BadRequest', 'Something else'],
]

const AADSTS = ['70021', '7000215', '7000222', '700016', '90002', '700027', '700024', '500011', '12345']

function messages(): string[] {
  const all: string[] = []
  for (const settings of Object.values(SETTINGS)) {
    for (const [method, path] of PATHS) {
      for (const [status, code, text] of ANSWERS) all.push(explainFailure(new GraphError(method, path, status, code, text, 'req-4711'), settings))
    }
    for (const code of AADSTS) {
      all.push(explainFailure(Object.assign(new Error(`invalid_client: AADSTS${code}: Something. Trace ID: x`), { name: 'AuthenticationError' }), settings))
    }
    all.push(explainFailure(Object.assign(new Error('endpoints_resolution_error: See https://aka.ms/msal.js.errors'), { name: 'CredentialUnavailableError' }), settings))
  }
  const refused: Partial<Record<InputName, string>>[] = [
    { operation: 'upload-certificate', keyset: 'x', certificate: './saml.cer' },
    { operation: 'upload-certificate', keyset: 'x', certificate: withKey },
    { operation: 'upload-pkcs12', keyset: 'x', pkcs12: 'saml.pfx' },
    { operation: 'create-keyset', keyset: 'x', 'authority-host': 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
    { operation: 'create-keyset', keyset: 'x', 'graph-endpoint': 'https://graph.microsoft.com/beta' },
  ]
  for (const inputs of refused) all.push(inputError(() => settingsFor({ 'client-secret': 'x', ...inputs })).message)
  return [...all, ...proofMessages()]
}

/** The proof's explanations, for a signer on the target (valid or expired), a stranger, and a target with nothing valid. */
function proofMessages(): string[] {
  const signer = loadCertificate(cert.certPem, 'proof-certificate')
  const now = new Date()
  const credential = (thumbprint: string, end: string) => ({ keyId: 'b1a2c3d4-0000-4000-8000-000000000001', customKeyIdentifier: thumbprint, startDateTime: '2026-01-01T00:00:00Z', endDateTime: end })
  const targets: DirectoryTarget[] = [
    [credential(signer.thumbprint, '2099-01-01T00:00:00Z')],
    [credential(signer.thumbprint, '2026-02-01T00:00:00Z')],
    [credential('00112233445566778899AABBCCDDEEFF00112233', '2099-01-01T00:00:00Z')],
    [credential('00112233445566778899AABBCCDDEEFF00112233', '2026-02-01T00:00:00Z')],
  ].map((keyCredentials) => ({ kind: 'application', id: TARGET, appId: CLIENT, displayName: 'Contoso web', keyCredentials }))
  const nbf = Math.floor(now.getTime() / 1000)
  const claims = [
    { aud: PROOF_AUDIENCE, iss: TARGET, nbf, exp: nbf + 600 },
    { aud: '00000003-0000-0000-c000-000000000000', iss: CLIENT, nbf, exp: nbf + 3600 },
  ]
  const messages: string[] = []
  for (const target of targets) {
    try {
      requireSigner(target, signer, now, 'do it another way')
    } catch (error) {
      if (error instanceof ActionableError) messages.push(error.message)
    }
    for (const claim of claims) {
      const sent: SentProof = { header: { alg: 'RS256', typ: 'JWT', x5t: signer.x5t, kid: signer.thumbprint }, claims: claim }
      messages.push(explainRejectedProof('addKey', sent, target, now, 'req-1'), explainRejectedProof('removeKey', sent, target, now, undefined))
    }
  }
  return messages
}

const ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9A-F]{40}\b|\bB2C_1A_\w+|\breq-\w+/gi

/** Sentences end at a period, question or exclamation mark followed by a space, or at a bracketed reference. */
function sentences(message: string): string[] {
  return message.split(/(?<=[.!?])\s+|\s+(?=\[)/)
}

describe('explanations', () => {
  const all = messages()

  it('cover every combination (sanity)', () => {
    expect(all.length).toBeGreaterThan(300)
  })

  it('have no double periods', () => {
    expect(all.filter((message) => /(?<!\.)\.\s*\.(?!\.)|\s\./.test(message.replace(/\.\.\./g, '…')))).toEqual([])
  })

  it('say no id twice in one sentence', () => {
    const repeated = all.flatMap((message) =>
      sentences(message).filter((sentence) => {
        const ids = (sentence.match(ID) ?? []).map((id) => id.toLowerCase())
        return new Set(ids).size !== ids.length
      }),
    )
    expect(repeated).toEqual([])
  })

  it('the checks can fail', () => {
    expect(sentences('Keyset B2C_1A_x is B2C_1A_x. Fine B2C_1A_x.').filter((s) => (s.match(ID) ?? []).length > 1)).toHaveLength(1)
    expect(/(?<!\.)\.\s*\.(?!\.)/.test('done..')).toBe(true)
  })
})
