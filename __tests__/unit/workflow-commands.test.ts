/**
 * The tests print the workflow commands (::add-mask::, ::error::, ::debug::) of the actions they
 * run, and jest shows them again in failure messages. In CI they must not act: .ci/run runs the
 * tests through .ci/without-workflow-commands, and ci.yml runs .ci/run.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'

const wrapper = join(REPO_ROOT, '.ci', 'without-workflow-commands')

function wrapped(script: string): { status: number | null; lines: string[] } {
  const run = spawnSync(wrapper, ['sh', '-c', script], { encoding: 'utf8' })
  return { status: run.status, lines: run.stdout.trimEnd().split('\n') }
}

describe('.ci/without-workflow-commands', () => {
  it('stops workflow commands with a random token around the command, and resumes them after', () => {
    const { status, lines } = wrapped('echo "::add-mask::secret"; echo "  ::error::indented"')
    expect(status).toBe(0)
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0]!)?.[1]
    expect(token).toBeDefined()
    expect(lines.slice(1)).toEqual(['::add-mask::secret', '  ::error::indented', `::${token}::`])
    expect(wrapped('true').lines[0]).not.toBe(lines[0])
  })

  it('resumes them and keeps the exit status when the command fails', () => {
    const { status, lines } = wrapped('exit 3')
    expect(status).toBe(3)
    expect(lines.at(-1)).toBe(lines[0]!.replace('::stop-commands::', '::').concat('::'))
  })
})

describe('CI runs the tests with workflow commands off', () => {
  it('.ci/run starts npm test and jest only through the wrapper', () => {
    const commands = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*#/.test(line) && /\bnpm test\b|\bjest\b/.test(line))
    expect(commands.length).toBeGreaterThanOrEqual(1)
    for (const line of commands) expect(line).toMatch(/\.ci\/without-workflow-commands (npm test|npx jest)/)
  })

  it('ci.yml runs .ci/run, not npm test itself', () => {
    const text = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')
    const steps = Object.values((parse(text) as { jobs: Record<string, { steps: { run?: string }[] }> }).jobs).flatMap((job) => job.steps)
    const runs = steps.flatMap((step) => (step.run === undefined ? [] : [step.run]))
    expect(runs).toContain('bash .ci/run')
    expect(runs.filter((run) => /\bnpm test\b|\bjest\b/.test(run))).toEqual([])
  })
})
