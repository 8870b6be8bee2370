/** dist/sources.sha256 makes whatever runs dist/index.js for us refuse a bundle older than src/. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertFreshBundle, sourcesDigest, writeStamp } from '../../scripts/lib/dist-stamp.js'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'

const roots: string[] = []
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })))

/** A repository in miniature: src/ with a nested file, a lockfile, an empty dist/. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'b2c-keys-stamp-'))
  roots.push(root)
  mkdirSync(join(root, 'src', 'graph'), { recursive: true })
  mkdirSync(join(root, 'dist'))
  writeFileSync(join(root, 'src', 'main.ts'), 'export const a = 1\n')
  writeFileSync(join(root, 'src', 'graph', 'client.ts'), 'export const b = 2\n')
  writeFileSync(join(root, 'package-lock.json'), '{}\n')
  return root
}

describe('the dist/ stamp', () => {
  it('accepts a bundle built from the sources as they are', () => {
    const root = repository()
    writeStamp(root)
    expect(() => assertFreshBundle(root)).not.toThrow()
  })

  it.each([
    ['a src/ file edited', (root: string) => writeFileSync(join(root, 'src', 'graph', 'client.ts'), 'export const b = 3\n')],
    ['a src/ file added', (root: string) => writeFileSync(join(root, 'src', 'new.ts'), '')],
    ['a src/ file renamed', (root: string) => renameSync(join(root, 'src', 'main.ts'), join(root, 'src', 'index.ts'))],
    ['the lockfile changed', (root: string) => writeFileSync(join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n')],
  ])('refuses the bundle after %s, saying to build', (_, change) => {
    const root = repository()
    writeStamp(root)
    change(root)
    expect(() => assertFreshBundle(root)).toThrow(/dist\/ is stale.*npm run build/)
  })

  it('refuses a dist/ without a stamp', () => {
    expect(() => assertFreshBundle(repository())).toThrow(/sources\.sha256 is missing.*npm run build/)
  })

  it('does not depend on anything outside src/ and the lockfile', () => {
    const root = repository()
    const before = sourcesDigest(root)
    writeFileSync(join(root, 'README.md'), 'changed\n')
    writeFileSync(join(root, 'dist', 'index.js'), 'changed\n')
    expect(sourcesDigest(root)).toBe(before)
  })

  it('holds for the committed dist/ of this repository', () => {
    expect(() => assertFreshBundle(REPO_ROOT)).not.toThrow()
  })
})
