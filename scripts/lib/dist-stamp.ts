/**
 * dist/sources.sha256: a digest of what the bundle is built from (every file under src/ and
 * package-lock.json), written by `npm run build` after ncc. Whatever runs dist/index.js for us
 * (e2e tests, demo, bench, through run-step.ts) checks it first, so a src/ edit without a rebuild
 * fails loudly instead of testing the old bundle. Run as a script, it writes the stamp.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const STAMP_FILE = join('dist', 'sources.sha256')
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/** sha256 over the sorted relative paths and contents of src/** and package-lock.json. */
export function sourcesDigest(root: string): string {
  const files = [...filesUnder(join(root, 'src')), join(root, 'package-lock.json')]
  const names = files.map((file) => relative(root, file).split(sep).join('/')).sort()
  const hash = createHash('sha256')
  for (const name of names) {
    const content = readFileSync(join(root, name))
    hash.update(`${name}\0${content.length}\0`).update(content)
  }
  return hash.digest('hex')
}

export function writeStamp(root = REPO_ROOT): void {
  writeFileSync(join(root, STAMP_FILE), `${sourcesDigest(root)}\n`)
}

/** Throws, saying what to run, unless dist/ was built from the sources as they are now. */
export function assertFreshBundle(root = REPO_ROOT): void {
  const stampPath = join(root, STAMP_FILE)
  const stamp = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : undefined
  if (stamp === undefined) throw new Error(`${STAMP_FILE} is missing: run 'npm run build' before running dist/index.js`)
  if (stamp !== sourcesDigest(root)) {
    throw new Error(`dist/ is stale: it was built from other sources than src/ and package-lock.json hold now; run 'npm run build'`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeStamp()
}
