/** The machine a run was made on: figures mean little without it. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'

export interface Machine {
  date: string
  cpus: number
  cpuModel: string
  memory: string
  node: string
  /** Azure CLI version, undefined when `az` is not on PATH. */
  az: string | undefined
  /** Which code was measured: the commit, and whether dist/ differs from it. */
  revision: string
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** `az version` answers JSON with an "azure-cli" field; anything else means no usable az. */
function azureCliVersion(): string | undefined {
  const probe = spawnSync('az', ['version', '--output', 'json'], { encoding: 'utf8', timeout: 60_000 })
  if (probe.error || probe.status !== 0) return undefined
  try {
    const version = (JSON.parse(probe.stdout) as Record<string, unknown>)['azure-cli']
    return typeof version === 'string' ? version : undefined
  } catch {
    return undefined
  }
}

/** dist/ is what runs; a bundle rebuilt but not committed is not the commit's bundle, so say so. */
function revision(): string {
  const git = (args: string[]): string | undefined => {
    const result = spawnSync('git', args, { encoding: 'utf8', cwd: fileURLToPath(new URL('../../', import.meta.url)) })
    return result.status === 0 ? result.stdout.trim() : undefined
  }
  const commit = git(['rev-parse', '--short', 'HEAD'])
  if (commit === undefined) return 'not a git checkout'
  const distChanged = (git(['status', '--porcelain', '--', 'dist']) ?? '') !== ''
  return `commit ${commit}${distChanged ? ', dist/ rebuilt since (uncommitted)' : ''}`
}

export function describeMachine(): Machine {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: availableParallelism(),
    cpuModel: cpuModel(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    az: azureCliVersion(),
    revision: revision(),
  }
}
