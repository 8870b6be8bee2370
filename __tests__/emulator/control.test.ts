import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { connect } from 'node:net'
import tls from 'node:tls'
import type { Emulator } from '../../emulator/index.js'
import { call, code, startTrusted, Workdir } from './helpers.js'

let emu: Emulator
let work: Workdir
beforeAll(async () => {
  emu = await startTrusted()
  work = await Workdir.create()
})
afterAll(async () => {
  await emu.close()
  await work.remove()
})
beforeEach(() => {
  emu.reset()
})

const control = (method: string, action: string, json?: unknown) => call(emu, method, `/_emulator/${action}`, { token: null, ...(json !== undefined ? { json } : {}) })

describe('control API', () => {
  it('GET requests lists what the services saw (not the control requests)', async () => {
    await call(emu, 'GET', '/beta/trustFramework/keySets')
    const r = await control('GET', 'requests')
    expect(r.status).toBe(200)
    expect(r.body).toHaveLength(1)
    expect(r.body[0]).toMatchObject({ service: 'graph', method: 'GET', path: '/beta/trustFramework/keySets', status: 200 })
    expect(typeof r.body[0].at).toBe('string')
    expect(emu.count({ service: 'control' })).toBe(1)
  })

  it('GET state shows keysets (with their secret parts, for assertions), applications and the client', async () => {
    await call(emu, 'POST', '/beta/trustFramework/keySets', { json: { id: 'St' } })
    await call(emu, 'POST', '/beta/trustFramework/keySets/B2C_1A_St/uploadSecret', { json: { use: 'sig', k: 'pw' } })
    const r = await control('GET', 'state')
    expect(r.body.tenantId).toBe(emu.tenantId)
    expect(r.body.client.clientId).toBe(emu.client.clientId)
    expect(r.body.keysets[0]).toMatchObject({ id: 'B2C_1A_St', keys: [{ k: Buffer.from('pw').toString('base64url') }] })
    expect(r.body.applications.some((a: { objectId: string }) => a.objectId === emu.client.objectId)).toBe(true)
  })

  it('POST faults injects a fault (pathRegex for a regular expression)', async () => {
    expect((await control('POST', 'faults', { pathRegex: 'keySets$', method: 'GET', status: 429, retryAfter: '3', code: 'AADB2C95043' })).status).toBe(204)
    const r = await call(emu, 'GET', '/beta/trustFramework/keySets')
    expect(r.status).toBe(429)
    expect(code(r)).toBe('AADB2C95043')
    expect(r.headers.get('retry-after')).toBe('3')
    expect((await call(emu, 'GET', '/beta/trustFramework/keySets')).status).toBe(200)
  })

  it('POST faults refuses a fault without status or drop', async () => {
    expect((await control('POST', 'faults', { path: '/x' })).status).toBe(400)
  })

  it('POST reset clears the recorded requests and keysets', async () => {
    await call(emu, 'POST', '/beta/trustFramework/keySets', { json: { id: 'Gone' } })
    expect((await control('POST', 'reset')).status).toBe(204)
    expect(emu.keysets.size).toBe(0)
    expect((await control('GET', 'requests')).body).toEqual([])
  })

  it('POST clients registers a client that can sign in with its secret', async () => {
    const clientId = randomUUID()
    expect((await control('POST', 'clients', { clientId, secret: 's3', roles: ['TrustFrameworkKeySet.Read.All'] })).status).toBe(201)
    const r = await call(emu, 'POST', `/${emu.tenantId}/oauth2/v2.0/token`, { token: null, form: { grant_type: 'client_credentials', client_id: clientId, client_secret: 's3', scope: `${emu.url}/.default` } })
    expect(r.status).toBe(200)
  })

  it('POST applications / service-principals / token', async () => {
    const app = await control('POST', 'applications', { displayName: 'via control' })
    expect(app.status).toBe(201)
    expect(emu.applications.get(app.body.objectId)?.displayName).toBe('via control')
    expect((await control('POST', 'service-principals', {})).status).toBe(201)
    const token = await control('POST', 'token', { roles: ['Application.Read.All'] })
    expect((await call(emu, 'GET', `/v1.0/applications/${app.body.objectId}`, { token: token.body.access_token })).status).toBe(200)
  })

  it('unknown control requests are 404', async () => {
    expect((await control('GET', 'nothing')).status).toBe(404)
  })
})

describe('CLI', () => {
  interface Cli {
    output: () => string
    exited: Promise<number | null>
    kill: () => void
  }

  async function startCli(args: string[]): Promise<Cli> {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'emulator/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)))
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`CLI not ready:\n${out}`)), 20_000)
      child.stdout.on('data', () => {
        if (/^ready https:/m.test(out)) {
          clearTimeout(timer)
          ready()
        }
      })
      child.on('exit', () => fail(new Error(`CLI exited:\n${out}`)))
    })
    return { output: () => out, exited, kill: () => child.kill('SIGTERM') }
  }

  /** The variables the README's `npm run emulator` item says --write-env writes, in its order. */
  const readmeEnvNames = (): string[] => {
    const readme = readFileSync(resolve('README.md'), 'utf8')
    const item = /^- `npm run emulator`[^]*?(?=^- (?!`[A-Z])|^$)/m.exec(readme)?.[0] ?? ''
    return [...item.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!).filter((name) => !name.startsWith('ACTIONS_'))
  }

  const readEnv = async (file: string): Promise<Record<string, string>> =>
    Object.fromEntries((await readFile(file, 'utf8')).trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))

  it('starts, appends to --env-file, serves the control API and stops on SIGTERM', async () => {
    // Like $GITHUB_ENV, the file exists before the step runs (Node refuses a missing --env-file).
    const envFile = join(work.dir, 'github_env')
    await writeFile(envFile, 'EARLIER=line\n')
    const cli = await startCli(['--port', '0', '--latency-ms', '1', '--env-file', envFile])
    try {
      const env = await readEnv(envFile)
      expect(Object.keys(env)[0]).toBe('EARLIER') // appended, not overwritten
      expect(Object.keys(env).slice(1)).toEqual(readmeEnvNames())
      const out = cli.output()
      expect(out).toContain(`graph-endpoint: ${env['EMULATOR_URL']}`)
      expect(out).toContain(`authority-host: ${env['EMULATOR_URL']}`)
      expect(out).toContain(`export NODE_EXTRA_CA_CERTS='${env['NODE_EXTRA_CA_CERTS']}'`)
      expect(out).toContain(`'INPUT_CLIENT-SECRET=${env['EMULATOR_CLIENT_SECRET']}'`)

      tls.setDefaultCACertificates([...tls.getCACertificates('default'), await readFile(env['NODE_EXTRA_CA_CERTS'] ?? '', 'utf8')])
      const state = (await (await fetch(`${env['EMULATOR_URL']}/_emulator/state`)).json()) as { client: { clientId: string } }
      expect(state.client.clientId).toBe(env['EMULATOR_CLIENT_ID'])
    } finally {
      cli.kill()
    }
    expect(await cli.exited).toBe(0)
    expect(cli.output()).toContain('SIGTERM: stopping the emulator')
    expect(existsSync(resolve(cli.output().match(/CA file\s+(\S+)/)?.[1] ?? '/nonexistent', '..'))).toBe(false)
  })

  it('npm run emulator stops its emulator on SIGTERM: stop line printed, port closed', async () => {
    // npm may end by the signal itself before the emulator has stopped, so its exit status says
    // nothing: the output pipe closes only when every process holding it (the emulator too) is gone.
    const npm = spawn('npm', ['run', '--silent', 'emulator', '--', '--port', '0'], { cwd: resolve('.'), stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    npm.stdout.on('data', (d: Buffer) => (out += d.toString()))
    npm.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const closed = new Promise<void>((done) => npm.stdout.on('close', done))
    const port = await new Promise<number>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`npm run emulator not ready:\n${out}`)), 30_000)
      npm.stdout.on('data', () => {
        const match = /^ready https:\/\/127\.0\.0\.1:(\d+)$/m.exec(out)
        if (match) {
          clearTimeout(timer)
          ready(Number(match[1]))
        }
      })
    })
    npm.kill('SIGTERM')
    const stopped = await Promise.race([closed.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 15_000))])
    if (!stopped) process.kill(Number(/^ {2}process +(\d+)/m.exec(out)?.[1]), 'SIGKILL') // leave nothing behind
    expect({ stopped, out }).toEqual({ stopped: true, out: expect.any(String) })
    expect(out).toContain('SIGTERM: stopping the emulator')
    const refused = await new Promise<string>((done) => {
      const socket = connect(port, '127.0.0.1', () => (socket.destroy(), done('connected')))
      socket.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message))
    })
    expect(refused).toBe('ECONNREFUSED')
  })

  it('--write-env creates the file when it does not exist', async () => {
    const envFile = join(work.dir, 'new_env')
    const cli = await startCli(['--write-env', envFile])
    try {
      expect((await readEnv(envFile))['EMULATOR_URL']).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    } finally {
      cli.kill()
    }
    expect(await cli.exited).toBe(0)
  })
})
