/**
 * The proof-of-possession JWT that Graph's addKey / removeKey demand (REFERENCE §2). Every field
 * is fixed by Graph and any mistake comes back as the same opaque 401, so the header and claims
 * are returned too: the caller can then explain a 401 against what was actually sent.
 */
import { sign } from 'node:crypto'
import type { Certificate, CertificateWithKey } from './certificates.js'

/** The legacy Azure AD Graph application id. Not Microsoft Graph's 00000003-…: Graph checks this. */
export const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000'
/** Graph refuses a proof that lives longer than ten minutes. */
export const PROOF_LIFETIME_SECONDS = 600

export interface ProofClaims {
  aud: string
  /** The object id (not the appId) of the application or service principal being changed. */
  iss: string
  nbf: number
  exp: number
}

export interface ProofHeader {
  alg: 'RS256'
  typ: 'JWT'
  /** base64url SHA-1 of the signing certificate's DER. */
  x5t: string
  /** Hex SHA-1 thumbprint, as Microsoft's own sample sends it. */
  kid: string
}

/** Whoever holds the proof certificate's private key: the runner, or Key Vault. */
export interface ProofSigner {
  certificate: Certificate
  /** RS256 (RSASSA-PKCS1-v1_5 over SHA-256) of the JWT's signing input. */
  sign(signingInput: Buffer): Promise<Buffer>
}

/** A signer whose key is on the runner. */
export function localSigner(signer: CertificateWithKey): ProofSigner {
  return { certificate: signer.certificate, sign: async (input) => sign('sha256', input, signer.privateKey) }
}

export interface SignedProof {
  jwt: string
  header: ProofHeader
  claims: ProofClaims
}

/**
 * Signs the proof with `signer`, which must hold a certificate currently valid on the target:
 * checking that is the caller's business, since only it knows the target's key credentials.
 */
export async function signProof(signer: ProofSigner, targetObjectId: string, now: Date): Promise<SignedProof> {
  const nbf = Math.floor(now.getTime() / 1000)
  const claims: ProofClaims = { aud: PROOF_AUDIENCE, iss: targetObjectId, nbf, exp: nbf + PROOF_LIFETIME_SECONDS }
  const header: ProofHeader = { alg: 'RS256', typ: 'JWT', x5t: signer.certificate.x5t, kid: signer.certificate.thumbprint }
  // base64url without padding, which Graph requires; no claims beyond Graph's four.
  const signingInput = `${base64url(header)}.${base64url(claims)}`
  // Buffer.from encodes as UTF-8, which is the signing input's ASCII byte for byte.
  const signature = await signer.sign(Buffer.from(signingInput))
  return { jwt: `${signingInput}.${signature.toString('base64url')}`, header, claims }
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}
