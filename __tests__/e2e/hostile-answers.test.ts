/**
 * Hostile and broken answers, as a careful attacker or a flaky proxy would produce them. Only a
 * real answer is success, nothing a service says can start a workflow command, outputs keep the
 * documented shape, and a redirect or an endless body fails with a message, not a crash.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import type { StepRun } from '../../scripts/lib/run-step.js'
import { expectSuccess, step, useEmulator } from '../helpers/emulated-step.js'
import { makeSelfSignedCert, type SelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator
const ADMIN = { clientId: '6e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', secret: 'admin-secret-hostile-0042' }
useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: ADMIN.clientId, secret: ADMIN.secret, roles: ['Application.ReadWrite.All'] })
})

const keysIn = (keyset: string) => emulator.keysets.get(keyset)?.keys ?? []
const INJECTED = /^::(set-output|error|warning|add-mask|stop-commands|notice|debug)::pwned/

/** No line a runner would read as a command came from the service. */
function expectNoInjectedCommand(run: StepRun): void {
  expect(run.visibleLines.filter((line) => INJECTED.test(line) || line.startsWith('::set-output'))).toEqual([])
  expect(run.masked.filter((value) => value.includes('pwned'))).toEqual([])
}

function expectNoOutputs(run: StepRun): void {
  expect(run.outputs).toEqual({})
}

describe('only a real answer is success', () => {
  it.each([
    ['an HTML page from a proxy', '<html><body>Sign in to the proxy</body></html>', 'text/html', /HTTP 200 \(text\/html\) with a body starting '<html><body>Sign in to the proxy/],
    ['invalid JSON', '{"kid": "k1", "use":', 'application/json', /HTTP 200 \(application\/json\) with a body starting '\{"kid": "k1", "use":'/],
    ['null', 'null', 'application/json', /body starting 'null', not the JSON object Graph sends/],
    ['an empty body', '', 'application/json', /with an empty body, not the JSON object Graph sends/],
  ])('a 2xx carrying %s to a read fails, saying what arrived', async (_what, body, contentType, said) => {
    emulator.injectFault({ method: 'GET', path: /getActiveKey$/, status: 200, body, contentType })
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Any' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(said)])
    expect(run.errors[0]).toMatch(/the request was sent once/)
    expectNoOutputs(run)
  })

  it('an HTML 200 to a write that did not land: the keyset is read back, then the step fails saying it may have landed', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'Html' })
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, status: 200, body: '<html>ok</html>', contentType: 'text/html' })
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Html', secret: 'html-secret-value' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/POST .*uploadSecret: HTTP 200 \(text\/html\).*may or may not have taken effect/)])
    expect(emulator.requests.filter((r) => r.service === 'graph').map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual([
      'POST keySets',
      'POST uploadSecret',
      'GET B2C_1A_Html',
    ])
    expect(keysIn('B2C_1A_Html')).toHaveLength(0)
    expectNoOutputs(run)
  })

  it('an HTML 200 to a write that did land: the key found by reading back is reported', async () => {
    await step(emulator, { operation: 'create-keyset', keyset: 'Landed' })
    emulator.injectFault({ method: 'POST', path: /uploadSecret$/, phase: 'after', status: 200, body: '<html>ok</html>', contentType: 'text/html' })
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Landed', secret: 'landed-secret-value' })
    expectSuccess(run)
    expect(keysIn('B2C_1A_Landed')).toHaveLength(1)
    expect(run.outputs['kid']).toBe(keysIn('B2C_1A_Landed')[0]?.kid)
    expect(run.outputs['action-taken']).toBe('uploaded')
  })
})

describe('no command injection', () => {
  const evil = 'k1\r\n::set-output name=kid::pwned\n::error::pwned\u2028::add-mask::pwned\r::stop-commands::pwned'

  it('a kid with line breaks is not passed on: the step fails and no line starts a command', async () => {
    const key = { kid: evil, use: 'sig', kty: 'oct', nbf: 1_800_000_000 }
    emulator.injectFault({ method: 'GET', path: /getActiveKey$/, status: 200, body: JSON.stringify(key), contentType: 'application/json' })
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Evil' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^The service answered with 'k1 +::set-output name=kid::pwned .*' where output 'kid' needs a key id/)])
    expectNoInjectedCommand(run)
    expectNoOutputs(run)
  })

  it('an error message with line breaks stays on its line', async () => {
    emulator.injectFault({ method: 'POST', path: /keySets$/, status: 400, body: JSON.stringify({ error: { code: 'BadRequest', message: evil } }), contentType: 'application/json' })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'EvilError' })
    expect(run.errors).toEqual([expect.stringMatching(/^Creating the keyset failed: "k1 +::set-output name=kid::pwned ::error::pwned .*\[Graph 400 BadRequest/)])
    expectNoInjectedCommand(run)
  })

  describe('a display name with line breaks, printed in the plan and the summary', () => {
    let current: SelfSignedCert
    let next: SelfSignedCert
    beforeAll(() => {
      current = makeSelfSignedCert({ days: 30, notBeforeDaysAgo: 1 })
      next = makeSelfSignedCert({ days: 365 })
    })

    it('cannot start a command or break the summary', async () => {
      const app = emulator.addApplication({ displayName: `Contoso${evil}`, keyCredentials: [{ certificatePem: current.certPem }] })
      const run = await step(emulator, {
        'client-id': ADMIN.clientId,
        'client-secret': ADMIN.secret,
        operation: 'add-key',
        application: app.appId,
        'proof-certificate': `${current.certPem}${current.keyPem}`,
        'new-certificate': next.certPem,
        'dry-run': 'true',
      })
      expectSuccess(run)
      expect(run.stdout).toMatch(/Contosok1 +::set-output name=kid::pwned/)
      expectNoInjectedCommand(run)
      expect(run.summary.split('\n').filter((line) => /^\s*::|^<|^#/.test(line) && !line.startsWith('### '))).toEqual([])
    })
  })
})

describe('bounded answers', () => {
  it('an endless Graph body fails cleanly at the 16 MiB cap', async () => {
    emulator.injectFault({ method: 'GET', path: /getActiveKey$/, oversizeBytes: 17 * 1024 * 1024 })
    const run = await step(emulator, { operation: 'get-active-key', keyset: 'Huge' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/the answer from .* is larger than the 16 MiB the action accepts; it was discarded; the request was sent once/)])
    expect(run.stderr).toBe('')
  })

  it('an endless sign-in body fails cleanly too', async () => {
    emulator.injectFault({ path: /oauth2\/v2\.0\/token$/, oversizeBytes: 17 * 1024 * 1024 })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'HugeToken' })
    expect(run.errors).toEqual([expect.stringMatching(/^Sign-in \(auth: client-secret .*\) got no usable answer from .*: the answer from .* is larger than the 16 MiB/)])
  })

  it('a keyset of 10,000 keys makes a short error: the list is capped', async () => {
    await step(emulator, { operation: 'generate-key', keyset: 'Crowded' })
    const template = keysIn('B2C_1A_Crowded')[0]!
    for (let i = 0; i < 9_999; i++) keysIn('B2C_1A_Crowded').push({ ...template, kid: `kid-${i}` })
    const run = await step(emulator, { operation: 'upload-secret', keyset: 'Crowded', secret: 'crowded-secret' })
    expect(run.errors).toEqual([expect.stringMatching(/ and 9990 more/)])
    expect(run.errors[0]!.length).toBeLessThan(4000)
  })
})

describe('redirects are refused, naming the status and the target host', () => {
  it('from Graph', async () => {
    emulator.injectFault({ method: 'POST', path: /keySets$/, status: 307, location: 'https://graph.evil.test/beta/x' })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'Redirected' })
    expect(run.errors).toEqual([expect.stringMatching(/answered HTTP 307 with a redirect to graph\.evil\.test; the action does not follow redirects/)])
    expect(emulator.count({ service: 'graph' })).toBe(1)
  })

  it('from sign-in', async () => {
    emulator.injectFault({ path: /oauth2\/v2\.0\/token$/, status: 302, location: 'https://login.evil.test/common' })
    const run = await step(emulator, { operation: 'create-keyset', keyset: 'RedirectedSignIn' })
    expect(run.errors).toEqual([expect.stringMatching(/^Sign-in .* answered HTTP 302 with a redirect to login\.evil\.test; the action does not follow redirects/)])
    expect(run.errors[0]).not.toMatch(/object Object|Unexpected failure/)
    expect(emulator.count({ service: 'graph' })).toBe(0)
  })
})
