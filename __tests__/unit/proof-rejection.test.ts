import { describe, expect, it } from '@jest/globals'
import { PROOF_AUDIENCE } from '../../src/crypto/proof.js'
import type { DirectoryTarget } from '../../src/graph/applications.js'
import { checkSentProof, explainRejectedProof, type SentProof } from '../../src/operations/certificate-roll.js'

const OBJECT_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
const APP_ID = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'
const THUMBPRINT = '82A62E00AFC466C665C2364950E71BA8B7E5EABA'
const X5T = Buffer.from(THUMBPRINT, 'hex').toString('base64url')
const SIGNED_AT = new Date('2027-01-31T10:00:00Z')
const NBF = SIGNED_AT.getTime() / 1000
const ANSWERED_AT = new Date(SIGNED_AT.getTime() + 2_000)

const target = (customKeyIdentifier = THUMBPRINT, endDateTime = '2027-06-30T00:00:00Z'): DirectoryTarget => ({
  kind: 'application',
  id: OBJECT_ID,
  appId: APP_ID,
  displayName: 'Contoso web',
  keyCredentials: [{ keyId: 'b1a2c3d4-0000-4000-8000-000000000001', customKeyIdentifier, startDateTime: '2026-12-01T00:00:00Z', endDateTime }],
})

const sent = (claims: Partial<SentProof['claims']> = {}): SentProof => ({
  header: { alg: 'RS256', typ: 'JWT', x5t: X5T, kid: THUMBPRINT },
  claims: { aud: PROOF_AUDIENCE, iss: OBJECT_ID, nbf: NBF, exp: NBF + 600, ...claims },
})

const failures = (proof: SentProof, on = target(), at = ANSWERED_AT) =>
  checkSentProof(proof, on, at).filter((check) => !check.passed).map((check) => check.finding)

describe('checkSentProof', () => {
  it('passes a proof made by the rules, matching the thumbprint case-insensitively', () => {
    expect(failures(sent())).toEqual([])
    expect(failures(sent(), target(THUMBPRINT.toLowerCase()))).toEqual([])
    expect(checkSentProof(sent(), target(), ANSWERED_AT).map((check) => check.finding)).toEqual([
      `aud is ${PROOF_AUDIENCE}`,
      `iss is the object id ${OBJECT_ID} (not the appId)`,
      `the signer ${THUMBPRINT} is on the target as keyId b1a2c3d4-0000-4000-8000-000000000001`,
      'it is valid now (until 2027-06-30T00:00:00Z)',
      'lifetime exp − nbf is 600 s (at most 600)',
      'the proof had not expired when Graph answered (signed 2 s before)',
    ])
  })

  it("names Microsoft Graph's id in aud", () => {
    expect(failures(sent({ aud: '00000003-0000-0000-c000-000000000000' }))).toEqual([
      `aud is 00000003-0000-0000-c000-000000000000, but Graph wants ${PROOF_AUDIENCE} (Azure AD Graph's id, not Microsoft Graph's 00000003-…)`,
    ])
  })

  it('tells the appId in iss from any other wrong iss', () => {
    expect(failures(sent({ iss: APP_ID }))).toEqual([`iss is the appId ${APP_ID}, but Graph wants the object id ${OBJECT_ID}`])
    expect(failures(sent({ iss: 'someone' }))).toEqual([`iss is someone, which is not the object id ${OBJECT_ID} of the target`])
  })

  it('finds a signer that is not on the target, or no longer valid there', () => {
    expect(failures(sent(), target('00'.repeat(20)))).toEqual([
      `the signer ${THUMBPRINT} (x5t ${X5T}) is not on the target, which holds keyId b1a2c3d4-0000-4000-8000-000000000001 (thumbprint ${'00'.repeat(20)}, from 2026-12-01T00:00:00Z, until 2027-06-30T00:00:00Z)`,
    ])
    expect(failures(sent(), target(THUMBPRINT, '2027-01-31T10:00:01Z'))).toEqual([
      "it is not valid now (from 2026-12-01T00:00:00Z, until 2027-01-31T10:00:01Z)",
    ])
  })

  it('refuses a lifetime over ten minutes, and a proof that expired before the answer', () => {
    expect(failures(sent({ exp: NBF + 3600 }))).toEqual(['lifetime exp − nbf is 3600 s, but Graph wants more than 0 and at most 600'])
    expect(failures(sent(), target(), new Date(SIGNED_AT.getTime() + 601_000))).toEqual([
      'the proof had expired when Graph answered (signed 601 s before, retries took too long)',
    ])
  })
})

describe('explainRejectedProof', () => {
  it('leads with the likely causes, then what checked fine, in one paragraph', () => {
    const message = explainRejectedProof('addKey', sent({ iss: APP_ID }), target(), ANSWERED_AT, 'req-9')
    expect(message).toMatch(
      new RegExp(
        `^Adding a certificate to application 'Contoso web' \\(object id ${OBJECT_ID}\\) failed: Graph refused the proof-of-possession token \\(addKey\\)\\. ` +
          `Likely cause: iss is the appId ${APP_ID}, but Graph wants the object id ${OBJECT_ID}\\. ` +
          `Checked and fine: aud is ${PROOF_AUDIENCE}; the signer`,
      ),
    )
    expect(message).toMatch(/\. \[Graph 401 Authentication_MissingOrMalformed, request-id req-9\]$/)
    expect(message).not.toContain('\n')
    expect(message).not.toContain('What remains')
  })

  it('says so when every check passes, and lists what remains', () => {
    const message = explainRejectedProof('removeKey', sent(), target(), ANSWERED_AT, undefined)
    expect(message).toMatch(/^Removing a certificate from .* failed: Graph refused the proof-of-possession token \(removeKey\)\. Every check/)
    expect(message).toMatch(/its write\. \[Graph 401 Authentication_MissingOrMalformed\]$/)
    expect(message).toContain('Every check of what was sent passes: aud is')
    expect(message).toContain("What remains: the runner's clock running minutes ahead of Microsoft's (nbf 2027-01-31T10:00:00Z came from it)")
    expect(message).toContain('not yet replicated to every Graph replica')
    expect(message).toContain('the certificate registered on the target differing from the one whose key signed')
  })
})
