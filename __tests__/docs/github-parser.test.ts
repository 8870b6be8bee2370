/**
 * action.yml, every workflow and every example, read by GitHub's own parser
 * (@actions/workflow-parser, the one behind the Actions language server): what it reports is what
 * GitHub or the Marketplace would refuse. Files added later to examples/ or .github/workflows/ are
 * picked up by the glob.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadGithubParser, type GithubParser } from '../../scripts/lib/github-parser.js'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'

const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8')
const yamlFiles = (dir: string): string[] =>
  readdirSync(path.join(REPO_ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${dir}/${name}`)

const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('examples')]

let parser: GithubParser
beforeAll(async () => {
  parser = await loadGithubParser()
}, 60_000)

describe("GitHub's parser", () => {
  it('accepts action.yml', async () => {
    expect(await parser.problems('action', 'action.yml', read('action.yml'))).toEqual([])
  })

  it('finds the workflows and the examples', () => {
    expect(workflows.filter((file) => file.startsWith('examples/')).length).toBeGreaterThanOrEqual(3)
    expect(workflows).toContain('.github/workflows/ci.yml')
  })

  it.each(workflows)('accepts %s', async (file) => {
    expect(await parser.problems('workflow', file, read(file))).toEqual([])
  })
})

describe("GitHub's parser catches what GitHub refuses", () => {
  it('an icon GitHub leaves out of its Feather set (key)', async () => {
    const text = read('action.yml').replace(/^( {2}icon:).*$/m, '$1 key')
    expect(await parser.problems('action', 'action.yml', text)).toEqual([expect.stringMatching(/Unexpected value 'key'/)])
  })

  it('a misspelt step key in a workflow', async () => {
    const text = read('.github/workflows/ci.yml').replace(/^( +)uses:/m, '$1usse:')
    expect(await parser.problems('workflow', 'ci.yml', text)).toContainEqual(expect.stringMatching(/usse/))
  })
})
