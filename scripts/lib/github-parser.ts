/**
 * GitHub's own parser for action.yml and workflows (@actions/workflow-parser, the one behind the
 * Actions language server), made loadable: it cannot be imported as plain ESM (see
 * github-parser-entry.ts), so this bundles it with esbuild into a temporary CommonJS file and
 * requires that. Dev-only: the action never loads it.
 */
import { build } from 'esbuild'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { problems } from './github-parser-entry.js'

export type { Kind } from './github-parser-entry.js'

export interface GithubParser {
  problems: typeof problems
}

export async function loadGithubParser(): Promise<GithubParser> {
  const dir = mkdtempSync(join(tmpdir(), 'b2c-keys-parser-'))
  try {
    const outfile = join(dir, 'github-parser.cjs')
    await build({
      entryPoints: [fileURLToPath(new URL('./github-parser-entry.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      logLevel: 'error',
    })
    return createRequire(import.meta.url)(outfile) as GithubParser
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
