import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createPublicKey } from 'node:crypto'
import { jwtVerify } from 'jose'
import { loadCertificateWithKey } from '../../src/crypto/certificates.js'
import { PROOF_AUDIENCE, PROOF_LIFETIME_SECONDS, localSigner, signProof, type ProofSigner } from '../../src/crypto/proof.js'
import { type SelfSignedCert, makePfx, makeSelfSignedCert, removeTempDirs, sha1Fingerprint, verifyRs256 } from '../helpers/openssl.js'

const TARGET = '3f2c8e4b-6a1d-4c7e-9b0a-5d2e1f7a8c9b'
// Not on a second boundary: nbf must be rounded down.
const NOW = new Date('2026-11-23T10:20:30.999Z')
const NOW_SECONDS = Date.UTC(2026, 10, 23, 10, 20, 30) / 1000

let signerCert: SelfSignedCert
let signer: ProofSigner

beforeAll(() => {
  signerCert = makeSelfSignedCert({ commonName: 'proof signer' })
  signer = localSigner(loadCertificateWithKey(`${signerCert.certPem}${signerCert.keyPem}`, undefined, 'proof-certificate'))
})

afterAll(removeTempDirs)

function decodePart(part: string | undefined): unknown {
  return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'))
}

describe('signProof', () => {
  it('uses the audience and lifetime Graph demands', () => {
    expect(PROOF_AUDIENCE).toBe('00000002-0000-0000-c000-000000000000')
    expect(PROOF_LIFETIME_SECONDS).toBe(600)
  })

  it('sends header {alg, typ, x5t, kid} and exactly the claims aud, iss, nbf, exp', async () => {
    const { jwt, header, claims } = await signProof(signer, TARGET, NOW)
    const fingerprint = sha1Fingerprint(signerCert.certPem)
    expect(header).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      x5t: Buffer.from(fingerprint, 'hex').toString('base64url'),
      kid: fingerprint,
    })
    expect(claims).toEqual({ aud: PROOF_AUDIENCE, iss: TARGET, nbf: NOW_SECONDS, exp: NOW_SECONDS + 600 })

    // What goes over the wire, not only what we say we sent.
    const [headerPart, payloadPart, signaturePart] = jwt.split('.')
    expect(jwt.split('.')).toHaveLength(3)
    expect(decodePart(headerPart)).toEqual(header)
    expect(decodePart(payloadPart)).toEqual(claims)
    expect(Object.keys(decodePart(payloadPart) as object).sort()).toEqual(['aud', 'exp', 'iss', 'nbf'])
    expect(signaturePart).toBeDefined()
  })

  it('is base64url without padding', async () => {
    // Vary the target so that some part would need padding under plain base64.
    for (const target of [TARGET, 'a', 'ab', 'abc']) {
      const { jwt } = await signProof(signer, target, NOW)
      expect(jwt).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
      for (const part of jwt.split('.')) {
        expect(Buffer.from(part, 'base64url').toString('base64url')).toBe(part)
      }
    }
  })

  it('carries a signature that openssl verifies with the certificate', async () => {
    const { jwt } = await signProof(signer, TARGET, NOW)
    const signingInput = jwt.slice(0, jwt.lastIndexOf('.'))
    const signature = Buffer.from(jwt.slice(jwt.lastIndexOf('.') + 1), 'base64url')
    expect(signature).toHaveLength(256)
    expect(verifyRs256(signerCert.certPem, signingInput, signature)).toBe(true)
    // The witness must be able to say no.
    const other = makeSelfSignedCert()
    expect(verifyRs256(other.certPem, signingInput, signature)).toBe(false)
    expect(verifyRs256(signerCert.certPem, `${signingInput}x`, signature)).toBe(false)
  })

  it('verifies with jose against the certificate key, within its ten minutes', async () => {
    const { jwt } = await signProof(signer, TARGET, NOW)
    const { payload, protectedHeader } = await jwtVerify(jwt, createPublicKey(signerCert.certPem), {
      audience: PROOF_AUDIENCE,
      issuer: TARGET,
      algorithms: ['RS256'],
      currentDate: new Date(NOW.getTime() + 599_000),
    })
    expect(payload.exp).toBe(NOW_SECONDS + 600)
    expect(protectedHeader.kid).toBe(signer.certificate.thumbprint)
  })

  it('signs with a key loaded from PKCS#12', async () => {
    const pfx = makePfx(signerCert.certPem, signerCert.keyPem, 'pfx-password', { legacy: true })
    const fromPfx = loadCertificateWithKey(pfx, 'pfx-password', 'proof-certificate')
    const { jwt, header } = await signProof(localSigner(fromPfx), TARGET, NOW)
    expect(header.kid).toBe(sha1Fingerprint(signerCert.certPem))
    const signature = Buffer.from(jwt.slice(jwt.lastIndexOf('.') + 1), 'base64url')
    expect(verifyRs256(signerCert.certPem, jwt.slice(0, jwt.lastIndexOf('.')), signature)).toBe(true)
  })
})
