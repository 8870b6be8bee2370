/**
 * An export of src/ is there for the action. One that no module of the action reads, its own
 * file included, is code the action carries for nobody, even when a test calls it: delete it
 * (and its test). Values only (functions, constants, classes): exported types document a
 * module's shape and cost nothing at run time. Re-exports (`export { x } from`) count as reads.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'
import { isTypeScript, sourceFiles } from '../helpers/source-files.js'

/** Names a file declares as exported values: `export function f`, `export async function f`, `export const C`, `export class K`. */
function exportedValues(text: string): string[] {
  return [...text.matchAll(/^export (?:async )?(?:function\*?|const|let|class) ([A-Za-z_$][\w$]*)/gm)].map((match) => match[1]!)
}

/** Code without its comment lines: a name mentioned in a comment is not a use. */
function code(text: string): string {
  return text.replace(/^\s*(?:\/\/|\/\*|\*).*$/gm, '')
}

/** `file: name` for each value export that neither another file of `files` nor its own file (beyond the declaration) reads. */
function unread(files: Map<string, string>): string[] {
  return [...files].flatMap(([file, text]) =>
    exportedValues(text)
      .filter((name) => {
        const word = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g')
        const uses = (source: string): number => code(source).match(word)?.length ?? 0
        return uses(text) <= 1 && [...files].every(([other, otherText]) => other === file || uses(otherText) === 0)
      })
      .map((name) => `${file}: ${name}`),
  )
}

describe('exports of src/', () => {
  it('are all read by another module of the action, not only by tests', () => {
    const files = new Map(sourceFiles('src', isTypeScript).map((file) => [file, readFileSync(join(REPO_ROOT, file), 'utf8')]))
    expect(files.size).toBeGreaterThan(50)
    expect(unread(files)).toEqual([])
  })

  it('finds an export only its declaration names, and counts re-exports and uses in its own file', () => {
    const files = new Map([
      ['a.ts', 'export function used() {}\nexport const lonely = 1\n// lonely, in a comment\nexport const internal = 2\nconst twice = internal * 2\nexport type T = string\n'],
      ['b.ts', "import { used } from './a.js'\nexport { helper } from './c.js'\n"],
      ['c.ts', 'export class helper {}\nexport async function tested() {}\n'],
    ])
    expect(unread(files)).toEqual(['a.ts: lonely', 'c.ts: tested'])
  })
})
