/**
 * The repository the audit issue lives in, from GITHUB_REPOSITORY. Checked before the audit
 * reads anything, so a job without it fails before any request instead of after the whole audit.
 */
import { ActionableError } from '../errors.js'

export interface IssueRepository {
  owner: string
  repo: string
  /** `owner/repo`, for messages. */
  name: string
}

export function issueRepository(environment: NodeJS.ProcessEnv): IssueRepository {
  const name = environment['GITHUB_REPOSITORY'] ?? ''
  const [owner, repo, ...rest] = name.split('/')
  if (!owner || !repo || rest.length > 0) throw new ActionableError(`issue-on needs the workflow's repository in GITHUB_REPOSITORY (the runner sets it), but it is '${name}'`)
  return { owner, repo, name }
}
