/** The repository's own files, for tests that read the code itself. */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../scripts/lib/run-step.js'

/** Paths (relative to the repository) of the files under `dir` whose names `accept` takes. */
export function sourceFiles(dir: string, accept: (name: string) => boolean): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(path, accept)
    return accept(entry.name) ? [path] : []
  })
}

/** TypeScript sources, declaration files left out. */
export const isTypeScript = (name: string): boolean => name.endsWith('.ts') && !name.endsWith('.d.ts')
