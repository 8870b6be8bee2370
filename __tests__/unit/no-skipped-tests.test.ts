/**
 * Skip nothing silently: a skipped or focused test (`.skip`, `.only`, `.todo`, `xit`) passes the
 * suite while checking less. A check that only applies in some places belongs to the place that
 * has what it needs (as the contract check runs in .ci/run), not behind a skip.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'

const TESTS = join(REPO_ROOT, '__tests__')
const SKIPS = new RegExp(['\\b(?:describe|it|test)(?:\\.each\\([^)]*\\))?\\.(?:skip|only|todo)\\b', '\\bx(?:describe|it|test)\\b', '\\bf(?:describe|it)\\('].join('|'))

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path)
    return /\.ts$/.test(entry.name) ? [path] : []
  })
}

/** `file:line: text` of every skipping or focusing call in the given text. */
function skipsIn(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (SKIPS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
}

describe('the test suites', () => {
  it('skip and focus nothing', () => {
    // This file names the patterns it looks for, so it is left out.
    const files = testFiles(TESTS).filter((file) => !file.endsWith('no-skipped-tests.test.ts'))
    expect(files.length).toBeGreaterThan(20)
    const found = files.flatMap((file) => skipsIn(relative(REPO_ROOT, file), readFileSync(file, 'utf8')))
    expect(found).toEqual([])
  })

  it('would see a skipped block, a focused test and a todo', () => {
    const samples = ['const d = x ? describe.skip : describe', "it.only('a', () => {})", "it.todo('b')", "xit('c', () => {})", "it.each([1])('d %s', () => {})"]
    expect(samples.map((sample) => skipsIn('f', sample).length)).toEqual([1, 1, 1, 1, 0])
  })
})
