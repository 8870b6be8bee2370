/**
 * Equivalent mutants (a change with no observable effect) are marked beside their code with
 * `// Stryker disable next-line <Mutator>: <reason>` (CONTRIBUTING, Mutation testing). Each mark
 * covers one line and names one mutator and why: a blanket `disable all` or a mark without a
 * reason would hide real survivors.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'
import { isTypeScript, sourceFiles } from '../helpers/source-files.js'

const marks = sourceFiles('src', isTypeScript).flatMap((file) =>
  readFileSync(join(REPO_ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (/\bStryker\b/.test(line) ? [{ place: `${file}:${index + 1}`, text: line.trim() }] : [])),
)

describe('equivalent-mutant marks in src/', () => {
  it.each(marks.map((mark) => [mark.place, mark.text]))('%s disables one mutator on one line, with a reason', (_place, text) => {
    expect(text).toMatch(/^\/\/ Stryker disable next-line [A-Z][A-Za-z]+: \S.{20,}$/)
  })
})
