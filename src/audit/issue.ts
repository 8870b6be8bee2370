/**
 * The audit issue: exactly one open issue labelled `b2c-keys-audit` in the workflow's repository,
 * listing what is at `issue-on` or worse. Created when something is, its body replaced on every
 * run, closed with a comment when nothing is left. Loaded by import() only when issue-on is not
 * `never`, so other runs never load Octokit.
 */
import { getOctokit } from '@actions/github'
import { ActionableError } from '../errors.js'
import { NETWORK_HINT } from '../explain.js'
import { TransportFailure } from '../net/https-transport.js'
import { transportFetch } from '../net/transport-fetch.js'
import { issueRepository } from './repository.js'

const AUDIT_LABEL = 'b2c-keys-audit'

export interface IssueUpdate {
  token: string
  title: string
  body: string
  /** Whether anything is at the threshold: keep or open the issue; otherwise close it. */
  open: boolean
  closingComment: string
}

export type IssueOutcome = { action: 'created' | 'updated' | 'closed'; number: number; url: string } | { action: 'none' }

export async function syncAuditIssue(update: IssueUpdate, environment: NodeJS.ProcessEnv = process.env): Promise<IssueOutcome> {
  const { owner, repo, name: repository } = issueRepository(environment)
  // Every GitHub request on the action's transport: a stalled or oversized answer must not hold the nightly job.
  const octokit = getOctokit(update.token, { request: { fetch: transportFetch() } })
  try {
    const listed = await octokit.rest.issues.listForRepo({ owner, repo, labels: AUDIT_LABEL, state: 'open', per_page: 100 })
    // The list also holds pull requests; the oldest issue is the one kept.
    const open = listed.data.filter((issue) => !issue.pull_request).sort((a, b) => a.number - b.number)
    const [kept, ...extra] = open
    for (const duplicate of extra) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: duplicate.number, body: `Superseded by #${kept?.number}: the audit keeps one open issue.` })
      await octokit.rest.issues.update({ owner, repo, issue_number: duplicate.number, state: 'closed', state_reason: 'not_planned' })
    }
    if (!update.open) {
      if (!kept) return { action: 'none' }
      await octokit.rest.issues.createComment({ owner, repo, issue_number: kept.number, body: update.closingComment })
      const closed = await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: update.title, body: update.body, state: 'closed', state_reason: 'completed' })
      return { action: 'closed', number: closed.data.number, url: closed.data.html_url }
    }
    if (kept) {
      const updated = await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: update.title, body: update.body })
      return { action: 'updated', number: updated.data.number, url: updated.data.html_url }
    }
    const created = await octokit.rest.issues.create({ owner, repo, title: update.title, body: update.body, labels: [AUDIT_LABEL] })
    return { action: 'created', number: created.data.number, url: created.data.html_url }
  } catch (error) {
    throw explainGitHubFailure(error, repository)
  }
}

function explainGitHubFailure(error: unknown, repository: string): Error {
  if (error instanceof ActionableError) return error
  const failure = error as { status?: unknown; message?: unknown; name?: unknown }
  const said = typeof failure.message === 'string' ? failure.message.split('\n')[0] : String(error)
  switch (failure.status) {
    case 401:
      return new ActionableError(`GitHub refused github-token (401 ${said}): leave github-token at its default \`\${{ github.token }}\` or give a token that is still valid`)
    case 403:
      return new ActionableError(`GitHub refused to write the audit issue in ${repository} (403 ${said}): add \`permissions: issues: write\` to the workflow or job (the job token cannot write issues without it)`)
    case 404:
      return new ActionableError(`GitHub does not show ${repository} to github-token (404): the token must belong to the workflow's repository, with \`permissions: issues: write\``)
    case 410:
      return new ActionableError(`Issues are turned off in ${repository} (410): turn them on in the repository settings, or set issue-on: never`)
  }
  // Octokit wraps what its fetch throws in a RequestError (status 500) and keeps it as the cause.
  const cause = (error as { cause?: unknown }).cause
  if (cause instanceof TransportFailure) {
    return new ActionableError(`GitHub gave no usable answer while updating the audit issue in ${repository}: ${cause.message}; the audit itself is complete.${NETWORK_HINT}`)
  }
  return new ActionableError(`Could not update the audit issue in ${repository}: ${said}`)
}
