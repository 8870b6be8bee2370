/**
 * CI-only: action.yml against ../shared/ACTION-CONTRACT.md. The contract lives beside the
 * repository, so a plain clone has no contract to check against; .ci/run runs this file (it is
 * not a *.test.ts, so `npm test` does not) only when ../shared exists, and fails when it is
 * asked to run without it rather than skipping.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readActionMetadata } from '../../scripts/lib/action-metadata.js'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'
import { contractProblems } from '../docs/contract.js'

const contractPath = path.resolve(REPO_ROOT, '../shared/ACTION-CONTRACT.md')
const contractText = readFileSync(contractPath, 'utf8')
const actionText = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')

describe(`action.yml against ${contractPath}`, () => {
  it('has every contract input and exactly the contract outputs, operations and defaults', () => {
    expect(contractProblems(readActionMetadata(actionText), contractText)).toEqual([])
  })

  it('catches a contract input missing from action.yml', () => {
    const dropped = actionText.replace(/^ {2}key-display-name:\n(?: {4}.*\n|\n)*/m, '')
    expect(dropped).not.toBe(actionText)
    expect(contractProblems(readActionMetadata(dropped), contractText).join('\n')).toMatch(/'key-display-name' is missing from action.yml/)
  })
})
