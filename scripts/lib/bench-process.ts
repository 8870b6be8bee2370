/**
 * Spawns one command and measures what a runner pays for it: wall time from spawn to exit, and
 * the peak resident set size (RSS) of the process.
 *
 * Peak RSS, most reliable first, with nothing to install:
 *  - GNU time (`/usr/bin/time -f %M`, Debian package `time`): the kernel's ru_maxrss of the
 *    waited-for child, exact, including descendants it waited for. Costs ~1 ms of fork/exec,
 *    the same for every command compared.
 *  - /proc/<pid>/status VmHWM, polled every few milliseconds while the child runs: the kernel's
 *    high-water mark, so a poll between peaks still sees the peak; only growth in the last
 *    poll interval before exit is missed (a lower bound). Node cannot read RUSAGE_CHILDREN
 *    (process.resourceUsage() is the process itself, spawnSync returns no rusage).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type RssMethod = 'gnu-time' | 'proc-vmhwm' | 'none'

const GNU_TIME = '/usr/bin/time'
const POLL_MS = 2

export function detectRssMethod(): RssMethod {
  if (existsSync(GNU_TIME)) {
    const probe = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' })
    if (probe.status === 0 && /GNU/.test(`${probe.stdout}${probe.stderr}`)) return 'gnu-time'
  }
  return existsSync('/proc/self/status') ? 'proc-vmhwm' : 'none'
}

export function describeRssMethod(method: RssMethod): string {
  switch (method) {
    case 'gnu-time':
      return 'GNU time `%M` (ru_maxrss of the child, from the kernel)'
    case 'proc-vmhwm':
      return `VmHWM of /proc/<pid>/status polled every ${POLL_MS} ms (GNU time absent: \`apt-get install time\` for the exact figure)`
    case 'none':
      return 'not measured (neither GNU time nor /proc here)'
  }
}

export interface ProcessRun {
  wallMs: number
  /** Peak RSS in KiB; undefined when the method is 'none'. */
  peakRssKiB: number | undefined
  exitCode: number | null
  stdout: string
  stderr: string
  /** Date.now() just before spawn, to compare with the emulator's request times. */
  spawnedAt: number
}

export interface MeasureOptions {
  env: Record<string, string>
  rss: RssMethod
  timeoutMs?: number
}

export async function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<ProcessRun> {
  const dir = options.rss === 'gnu-time' ? mkdtempSync(join(tmpdir(), 'b2c-keys-bench-time-')) : undefined
  const timeFile = dir && join(dir, 'rss')
  const [file, argv] = timeFile ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]]
  try {
    const spawnedAt = Date.now()
    const started = performance.now()
    const child = spawn(file, argv, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    const poller = options.rss === 'proc-vmhwm' && child.pid !== undefined ? pollHighWaterMark(child.pid) : undefined
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Both listeners from the start: 'close' (all output read) can follow 'exit' within a tick.
    const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
    const exited = new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('exit', (code) => resolve(code))
    })
    const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    const exitCode = await exited
    const wallMs = performance.now() - started
    clearTimeout(timeout)
    const polled = poller?.stop()
    await closed
    const peakRssKiB = timeFile ? readGnuTimeRss(timeFile) : polled
    return { wallMs, peakRssKiB, exitCode, stdout, stderr, spawnedAt }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true })
  }
}

/** GNU time writes "Command exited with non-zero status N" before the figure when the command fails. */
function readGnuTimeRss(file: string): number | undefined {
  const last = readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? ''
  return /^\d+$/.test(last) ? Number(last) : undefined
}

function pollHighWaterMark(pid: number): { stop(): number | undefined } {
  let peak: number | undefined
  const read = (): void => {
    try {
      const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match?.[1]) peak = Math.max(peak ?? 0, Number(match[1]))
    } catch {
      // The process has exited (or is a zombie without memory): keep the last reading.
    }
  }
  read()
  const timer = setInterval(read, POLL_MS)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
