/**
 * Runs the `openssl` CLI. Secrets (PKCS#12 passwords) travel in the child's environment, never in
 * argv, where any local user could read them with `ps`.
 */
import { spawn } from 'node:child_process'

export interface OpensslResult {
  code: number
  stdout: string
  stderr: string
}

export function runOpenssl(args: string[], options: { input?: Buffer; env?: Record<string, string> } = {}): Promise<OpensslResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', args, {
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') })
    })
    // A child that exits before reading stdin would make the write fail with EPIPE: ignore it,
    // the exit code tells what happened.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? Buffer.alloc(0))
  })
}
