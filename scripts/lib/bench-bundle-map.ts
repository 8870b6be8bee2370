/**
 * Source maps of the bundle, for the bench only. The committed dist/ carries no maps: a map is one
 * multi-megabyte line that changes with every build, and the runtime never reads it. The bench
 * builds the same sources once more into a temporary folder with maps and without the
 * source-map-register import, so the generated code is byte for byte dist/'s (checked below).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from './run-step.js'

let built: string | undefined

/** Folder holding index.js(.map) and its chunks' maps, built on first use, removed at exit. */
function mappedBundleDir(): string {
  if (built) return built
  const dir = mkdtempSync(join(tmpdir(), 'b2c-bench-map-'))
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  const ncc = join(REPO_ROOT, 'node_modules', '.bin', 'ncc')
  execFileSync(ncc, ['build', 'src/index.ts', '-o', dir, '--source-map', '--no-source-map-register', '-q'], { cwd: REPO_ROOT, stdio: 'ignore' })
  const mapped = readFileSync(join(dir, 'index.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=index\.js\.map\s*$/, '')
  if (mapped.trimEnd() !== readFileSync(join(REPO_ROOT, 'dist', 'index.js'), 'utf8').trimEnd()) {
    throw new Error('dist/index.js is not what the sources build: run npm run build before the bench')
  }
  built = dir
  return dir
}

/** Path of the map of a dist/ file, e.g. mapOf('index.js'). */
export function mapOf(file: string): string {
  return join(mappedBundleDir(), `${file}.map`)
}
