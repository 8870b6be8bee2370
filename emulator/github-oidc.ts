/**
 * GitHub Actions' ID-token endpoint (what ACTIONS_ID_TOKEN_REQUEST_URL points at). A client (the
 * action, like @actions/core's getIDToken) appends `&audience=…` to the URL and sends
 * `Authorization: Bearer <request token>`.
 * The tokens are signed with the emulator's GitHub key, which only the emulated Entra trusts.
 */
import { randomUUID } from 'node:crypto'
import { headerValue, json, reject, type Reply, type RequestContext } from './http.js'
import { signJwt } from './jwt.js'
import { DEFAULT_OIDC_AUDIENCE, GITHUB_ISSUER, nowSeconds, type EmulatorState } from './state.js'

export const OIDC_TOKEN_PATH = '/github/oidc/token'
export const OIDC_JWKS_PATH = '/github/oidc/.well-known/jwks'
const LIFETIME_SECONDS = 300

/** Claims derivable from a subject like `repo:owner/name:ref:refs/heads/main`. */
function subjectParts(subject: string): { repository: string; ref: string } {
  const m = /^repo:([^:]+):ref:(.+)$/.exec(subject)
  if (m) return { repository: m[1] as string, ref: m[2] as string }
  const repo = /^repo:([^:]+):/.exec(subject)
  return { repository: repo ? (repo[1] as string) : 'octo-org/octo-repo', ref: 'refs/heads/main' }
}

export function githubIdToken(state: EmulatorState, ctx: RequestContext): Reply {
  if (ctx.method !== 'GET') return json(405, { message: 'Method not allowed' })
  const auth = headerValue(ctx.headers, 'authorization') ?? ''
  const m = /^Bearer (.+)$/i.exec(auth)
  if (!m || m[1] !== state.github.requestToken) {
    return reject(ctx, m ? 'wrong request token' : 'missing bearer request token', json(401, { message: 'Unauthorized' }))
  }
  const audience = ctx.url.searchParams.get('audience') ?? DEFAULT_OIDC_AUDIENCE
  const now = nowSeconds(state)
  const subject = state.github.subject
  const { repository, ref } = subjectParts(subject)
  const owner = repository.split('/')[0] ?? 'octo-org'
  const payload = {
    jti: randomUUID(),
    sub: subject,
    aud: audience,
    ref,
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository,
    repository_owner: owner,
    repository_owner_id: '1000001',
    repository_id: '2000002',
    repository_visibility: 'private',
    run_id: '3000003',
    run_number: '1',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '4000004',
    workflow: 'keys',
    workflow_ref: `${repository}/.github/workflows/keys.yml@${ref}`,
    job_workflow_ref: `${repository}/.github/workflows/keys.yml@${ref}`,
    event_name: 'workflow_dispatch',
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    runner_environment: 'github-hosted',
    iss: GITHUB_ISSUER,
    nbf: now - 5,
    iat: now - 5,
    exp: now + LIFETIME_SECONDS,
  }
  const token = signJwt({ typ: 'JWT', kid: state.githubKey.kid, x5t: state.githubKey.kid }, payload, state.githubKey.privateKey)
  return json(200, { value: token })
}

export function githubJwks(state: EmulatorState): Reply {
  return json(200, { keys: [{ kty: 'RSA', use: 'sig', alg: 'RS256', kid: state.githubKey.kid, ...state.githubKey.publicKey.export({ format: 'jwk' }) }] })
}
