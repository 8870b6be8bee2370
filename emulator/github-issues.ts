/**
 * The few GitHub REST endpoints the audit's issue needs, under GITHUB_API_URL (`<url>/github/api`):
 * list a repository's issues by label, create one, update it, comment on it. The token is checked
 * as GitHub does: a wrong one is 401 "Bad credentials"; a job token without `issues: write` may
 * read but any write is 403 "Resource not accessible by integration".
 */
import { randomBytes } from 'node:crypto'
import { headerValue, json, reject, type Reply, type RequestContext } from './http.js'
import type { EmulatorState } from './state.js'
import type { EmulatedIssue, GitHubApiState } from './types.js'

export const GITHUB_API_PREFIX = '/github/api'

export function newGitHubApiState(): GitHubApiState {
  return { token: `ghs_${randomBytes(18).toString('base64url')}`, repository: 'octo-org/octo-repo', issuesWritable: true, issues: [] }
}

const DOCS = 'https://docs.github.com/rest'

function message(status: number, text: string, ctx: RequestContext, reason?: string): Reply {
  return reject(ctx, reason ?? text, json(status, { message: text, documentation_url: DOCS, status: String(status) }))
}

export function githubApiRoute(state: EmulatorState, ctx: RequestContext): Reply {
  const api = state.githubApi
  const auth = headerValue(ctx.headers, 'authorization') ?? ''
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1]
  if (token !== api.token) return message(401, 'Bad credentials', ctx, token ? 'wrong token' : 'no token')
  const m = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(\d+)(\/comments)?)?$/.exec(ctx.path.slice(GITHUB_API_PREFIX.length))
  if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== api.repository.toLowerCase()) return message(404, 'Not Found', ctx)
  const number = m[3] === undefined ? undefined : Number(m[3])
  const isWrite = ctx.method !== 'GET'
  if (isWrite && !api.issuesWritable) return message(403, 'Resource not accessible by integration', ctx, 'token lacks issues: write')
  const body = readBody(ctx)
  if (typeof body === 'string') return message(400, body, ctx)

  if (number === undefined) {
    if (ctx.method === 'GET') return json(200, listIssues(state, ctx))
    if (ctx.method === 'POST') return createIssue(state, ctx, body)
    return message(404, 'Not Found', ctx)
  }
  const issue = api.issues.find((i) => i.number === number)
  if (!issue) return message(404, 'Not Found', ctx)
  if (m[4] !== undefined) {
    if (ctx.method !== 'POST') return message(404, 'Not Found', ctx)
    if (typeof body['body'] !== 'string' || body['body'] === '') return message(422, 'Validation Failed: body is missing', ctx)
    issue.comments.push(body['body'])
    issue.updatedAt = new Date().toISOString()
    return json(201, { id: issue.comments.length, body: body['body'], html_url: `${issueUrl(state, issue)}#issuecomment-${issue.comments.length}` })
  }
  if (ctx.method === 'GET') return json(200, render(state, issue))
  if (ctx.method !== 'PATCH') return message(404, 'Not Found', ctx)
  if (body['title'] !== undefined) issue.title = String(body['title'])
  if (body['body'] !== undefined) issue.body = String(body['body'])
  if (body['state'] === 'open' || body['state'] === 'closed') {
    issue.state = body['state']
    issue.stateReason = body['state'] === 'closed' ? (body['state_reason'] === 'not_planned' ? 'not_planned' : 'completed') : 'reopened'
  } else if (body['state'] !== undefined) return message(422, 'Validation Failed: state must be open or closed', ctx)
  issue.updatedAt = new Date().toISOString()
  return json(200, render(state, issue))
}

function readBody(ctx: RequestContext): Record<string, unknown> | string {
  if (ctx.rawBody.length === 0) return {}
  try {
    const value: unknown = JSON.parse(ctx.rawBody.toString('utf8'))
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // answered below
  }
  return 'Problems parsing JSON'
}

function listIssues(state: EmulatorState, ctx: RequestContext): Record<string, unknown>[] {
  const wantedState = ctx.url.searchParams.get('state') ?? 'open'
  const labels = (ctx.url.searchParams.get('labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean)
  const perPage = Math.min(100, Number(ctx.url.searchParams.get('per_page') ?? 30) || 30)
  return state.githubApi.issues
    .filter((i) => wantedState === 'all' || i.state === wantedState)
    .filter((i) => labels.every((l) => i.labels.includes(l)))
    .sort((a, b) => b.number - a.number)
    .slice(0, perPage)
    .map((i) => render(state, i))
}

function createIssue(state: EmulatorState, ctx: RequestContext, body: Record<string, unknown>): Reply {
  if (typeof body['title'] !== 'string' || body['title'] === '') return message(422, 'Validation Failed: title is missing', ctx)
  const labels = Array.isArray(body['labels']) ? body['labels'].filter((l): l is string => typeof l === 'string') : []
  const now = new Date().toISOString()
  const issue: EmulatedIssue = {
    number: state.githubApi.issues.length + 1,
    title: body['title'],
    body: typeof body['body'] === 'string' ? body['body'] : '',
    state: 'open',
    stateReason: null,
    labels,
    comments: [],
    createdAt: now,
    updatedAt: now,
  }
  state.githubApi.issues.push(issue)
  return json(201, render(state, issue))
}

function issueUrl(state: EmulatorState, issue: EmulatedIssue): string {
  return `${state.url}/${state.githubApi.repository}/issues/${issue.number}`
}

function render(state: EmulatorState, issue: EmulatedIssue): Record<string, unknown> {
  return {
    id: 100000 + issue.number,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason,
    labels: issue.labels.map((name, i) => ({ id: i + 1, name })),
    comments: issue.comments.length,
    html_url: issueUrl(state, issue),
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
  }
}
