/**
 * Certificate rolling end to end: the bundled action, spawned as a runner would, adds and removes
 * application and service principal certificates against the emulator, which verifies every
 * proof-of-possession JWT with its own code. Certificates and PFX files are made by openssl.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator, type RecordedRequest } from '../../emulator/index.js'
import type { StepRun } from '../../scripts/lib/run-step.js'
import { expectSuccess, isGraphWrite, step, useEmulator } from '../helpers/emulated-step.js'
import { certDerBase64, encryptPkcs8, makePfx, makeSelfSignedCert, sha1Fingerprint, type SelfSignedCert } from '../helpers/openssl.js'

let emulator: Emulator

/** Signs in with a secret and may read and change every application. */
const ADMIN = { clientId: '5b0f8a2e-7c1d-4e3f-9a8b-6c5d4e3f2a1b', secret: 'admin-secret-8Q~roll' }
/** Signs in with a secret and holds no permission. */
const POWERLESS = { clientId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', secret: 'powerless-secret-8Q~x' }
const DEBUG_ENV = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }

useEmulator((started) => {
  emulator = started
  emulator.registerClient({ clientId: ADMIN.clientId, secret: ADMIN.secret, roles: ['Application.ReadWrite.All'] })
  emulator.registerClient({ clientId: POWERLESS.clientId, secret: POWERLESS.secret, roles: [] })
})

// One certificate of each kind, made once: openssl takes a while per certificate.
let current: SelfSignedCert
let next: SelfSignedCert
let stranger: SelfSignedCert
let expired: SelfSignedCert
beforeAll(() => {
  current = makeSelfSignedCert({ days: 30, notBeforeDaysAgo: 1, commonName: 'current' })
  next = makeSelfSignedCert({ days: 365, commonName: 'next' })
  stranger = makeSelfSignedCert({ days: 30, commonName: 'stranger' })
  expired = makeSelfSignedCert({ days: 30, expired: true, commonName: 'expired' })
})

const withKey = (cert: SelfSignedCert) => `${cert.certPem}${cert.keyPem}`
const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000))
const graphRequests = () => emulator.requests.filter((request) => request.service === 'graph')
const graphWrites = () => graphRequests().filter(isGraphWrite)
const describeOne = (request: RecordedRequest) => `${request.method} ${request.path} ${request.status}`
const described = (requests: RecordedRequest[]) =>
  requests.map((request) => (request.batched ? `$batch [${request.batched.map(describeOne).join(', ')}] ${request.status}` : describeOne(request)))
/** The target lookup: both id forms in one JSON batch, with the status of each. */
const lookup = (collection: string, id: string, byAppId: number, byObjectId: number) =>
  `$batch [GET /v1.0/${collection}(appId='${id}') ${byAppId}, GET /v1.0/${collection}/${id} ${byObjectId}] 200`

function addApplication(certificates: SelfSignedCert[]): { objectId: string; appId: string } {
  return emulator.addApplication({ displayName: 'Contoso web', keyCredentials: certificates.map((cert) => ({ certificatePem: cert.certPem })) })
}

function credentialsOf(objectId: string, kind: 'application' | 'servicePrincipal' = 'application') {
  const object = (kind === 'application' ? emulator.applications : emulator.servicePrincipals).get(objectId)
  if (!object) throw new Error(`no ${kind} ${objectId}`)
  return object.keyCredentials
}

function keyIdOf(objectId: string, cert: SelfSignedCert, kind: 'application' | 'servicePrincipal' = 'application'): string {
  const thumbprint = sha1Fingerprint(cert.certPem)
  const credential = credentialsOf(objectId, kind).find((k) => k.customKeyIdentifier === thumbprint)
  if (!credential) throw new Error(`certificate ${thumbprint} is not on ${objectId}`)
  return credential.keyId
}

/** A step signed in as the admin client; `inputs` override anything. */
function roll(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<StepRun> {
  return step(emulator, { 'client-id': ADMIN.clientId, 'client-secret': ADMIN.secret, ...inputs }, { env })
}

function addKeyInputs(application: string, proof: SelfSignedCert, added: SelfSignedCert): Record<string, string> {
  return { operation: 'add-key', application, 'proof-certificate': withKey(proof), 'new-certificate': added.certPem }
}

function expectRefusedWithoutWriting(run: StepRun, pattern: RegExp): void {
  expect(run.exitCode).toBe(1)
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toMatch(pattern)
  expect(graphWrites()).toEqual([])
}

/** The proof the emulator received, decoded. */
function proofClaims(request: RecordedRequest | undefined): Record<string, unknown> {
  const proof = (request?.body as { proof?: string } | undefined)?.proof ?? ''
  return JSON.parse(Buffer.from(proof.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>
}

function expectProofAccepted(request: RecordedRequest | undefined, status: number): void {
  expect({ status: request?.status, rejectReason: request?.rejectReason }).toEqual({ status, rejectReason: undefined })
}

describe('add-key', () => {
  it('adds a certificate to an application named by appId, with a proof the emulator accepts', async () => {
    const app = addApplication([current])
    const run = await roll({ ...addKeyInputs(app.appId, current, next), 'key-display-name': 'rolled by CI' })
    expectSuccess(run)

    expect(described(graphRequests())).toEqual([
      lookup('applications', app.appId, 200, 404),
      `POST /v1.0/applications/${app.objectId}/addKey 200`,
    ])
    const addKey = graphWrites()[0]
    expectProofAccepted(addKey, 200)
    expect(addKey?.body).toEqual({
      keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: certDerBase64(next.certPem), displayName: 'rolled by CI' },
      passwordCredential: null,
      proof: expect.any(String),
    })
    expect(proofClaims(addKey)).toMatchObject({ iss: app.objectId, aud: '00000002-0000-0000-c000-000000000000' })

    expect(credentialsOf(app.objectId)).toHaveLength(2)
    expect(run.outputs).toEqual({
      kid: keyIdOf(app.objectId, next),
      'keyset-id': '',
      'not-before': seconds(next.notBefore),
      expires: seconds(next.notAfter),
      thumbprint: sha1Fingerprint(next.certPem),
      'previous-kid': keyIdOf(app.objectId, current),
      'action-taken': 'added',
    })
    expect(run.summary).toContain(`application Contoso web (object id \`${app.objectId}\`, appId \`${app.appId}\`)`)
    expect(run.summary).toContain(`\`${run.outputs['kid']}\``)
  })

  it('converges on a re-run: skipped, the same keyId, one read, no second credential', async () => {
    const app = addApplication([current])
    const first = await roll(addKeyInputs(app.appId, current, next))
    emulator.reset()
    const again = await roll(addKeyInputs(app.appId, current, next))
    expectSuccess(again)
    expect(again.outputs).toEqual({ ...first.outputs, 'action-taken': 'skipped' })
    expect(described(graphRequests())).toEqual([lookup('applications', app.appId, 200, 404)])
    expect(credentialsOf(app.objectId)).toHaveLength(2)
  })

  it('lets an application roll its own certificate: application and proof-certificate default to client-id and client-certificate', async () => {
    const app = addApplication([current])
    emulator.registerClient({ clientId: app.appId, certificatePem: current.certPem, roles: [] })
    const run = await step(emulator, {
      'client-id': app.appId,
      auth: 'client-certificate',
      'client-certificate': `${current.certPem}${encryptPkcs8(current.keyPem, 'key-pass-4411')}`,
      'client-certificate-password': 'key-pass-4411',
      operation: 'add-key',
      'new-certificate': next.certPem,
    })
    expectSuccess(run)
    expect(described(graphRequests())).toEqual([
      lookup('applications', app.appId, 200, 403),
      `POST /v1.0/applications/${app.objectId}/addKey 200`,
    ])
    expectProofAccepted(graphWrites()[0], 200)
    expect(run.outputs).toMatchObject({ kid: keyIdOf(app.objectId, next), 'previous-kid': keyIdOf(app.objectId, current), 'action-taken': 'added' })
  })

  it('resolves an object id in the same single read as an appId, and signs for that object id', async () => {
    const app = addApplication([current])
    const run = await roll(addKeyInputs(app.objectId, current, next))
    expectSuccess(run)
    expect(described(graphRequests())).toEqual([
      lookup('applications', app.objectId, 404, 200),
      `POST /v1.0/applications/${app.objectId}/addKey 200`,
    ])
    expectProofAccepted(graphWrites()[0], 200)
    expect(run.outputs['kid']).toBe(keyIdOf(app.objectId, next))
  })

  it('adds a certificate to a service principal', async () => {
    const sp = emulator.addServicePrincipal({ displayName: 'Contoso daemon', keyCredentials: [{ certificatePem: current.certPem }] })
    const run = await roll({ ...addKeyInputs(sp.appId, current, next), target: 'service-principal' })
    expectSuccess(run)
    expect(described(graphRequests())).toEqual([
      lookup('servicePrincipals', sp.appId, 200, 404),
      `POST /v1.0/servicePrincipals/${sp.objectId}/addKey 200`,
    ])
    expectProofAccepted(graphWrites()[0], 200)
    expect(run.outputs).toMatchObject({ kid: keyIdOf(sp.objectId, next, 'servicePrincipal'), 'previous-kid': keyIdOf(sp.objectId, current, 'servicePrincipal'), 'action-taken': 'added' })
    expect(run.summary).toContain(`service principal Contoso daemon (object id \`${sp.objectId}\``)
  })

  it('rotate-if-expiring-within: writes nothing while the current certificate lasts, adds once it is due', async () => {
    const app = addApplication([current])
    const notDue = await roll({ ...addKeyInputs(app.appId, current, next), 'rotate-if-expiring-within': '7d' })
    expectSuccess(notDue)
    expect(notDue.outputs).toEqual({
      kid: keyIdOf(app.objectId, current),
      'keyset-id': '',
      'not-before': seconds(current.notBefore),
      expires: seconds(current.notAfter),
      thumbprint: sha1Fingerprint(current.certPem),
      'previous-kid': '',
      'action-taken': 'skipped',
    })
    expect(graphRequests()).toHaveLength(1)

    const due = await roll({ ...addKeyInputs(app.appId, current, next), 'rotate-if-expiring-within': '60d' })
    expectSuccess(due)
    expect(due.outputs['action-taken']).toBe('added')
    expect(credentialsOf(app.objectId)).toHaveLength(2)
  })

  it('dry-run: reads, validates, reports the plan, writes nothing', async () => {
    const app = addApplication([current])
    const run = await roll({ ...addKeyInputs(app.appId, current, next), 'dry-run': 'true' })
    expectSuccess(run)
    expect(graphWrites()).toEqual([])
    expect(run.outputs).toEqual({
      kid: '',
      'keyset-id': '',
      'not-before': seconds(next.notBefore),
      expires: seconds(next.notAfter),
      thumbprint: sha1Fingerprint(next.certPem),
      'previous-kid': keyIdOf(app.objectId, current),
      'action-taken': 'planned',
    })
    expect(run.summary).toContain('Dry run: would add certificate')
  })

  it('adds exactly one credential when the answer to addKey is lost', async () => {
    const app = addApplication([current])
    emulator.injectFault({ method: 'POST', path: /addKey$/, phase: 'after', drop: true })
    const run = await roll(addKeyInputs(app.appId, current, next))
    expectSuccess(run)
    expect(described(graphRequests())).toEqual([
      lookup('applications', app.appId, 200, 404),
      `POST /v1.0/applications/${app.objectId}/addKey 0`,
      `GET /v1.0/applications/${app.objectId} 200`,
    ])
    expect(credentialsOf(app.objectId)).toHaveLength(2)
    expect(run.outputs).toMatchObject({ kid: keyIdOf(app.objectId, next), 'action-taken': 'added' })
  })

  it('masks the proof before anything could print it, with step debug logging on', async () => {
    const app = addApplication([current])
    const run = await roll(addKeyInputs(app.appId, current, next), DEBUG_ENV)
    expectSuccess(run)
    const proof = (graphWrites()[0]?.body as { proof: string }).proof
    expect(run.masked).toContain(proof)
    expect(run.stdout).toContain('::debug::addKey proof:')
    expect(run.stdout.indexOf(`::add-mask::${proof}`)).toBeLessThan(run.stdout.indexOf('::debug::addKey proof:'))
    const readable = [...run.visibleLines, ...Object.values(run.outputs), run.summary]
    expect(readable.filter((text) => text.includes(proof) || text.includes(proof.split('.')[2] ?? proof))).toEqual([])
  })
})

describe('remove-key', () => {
  it('completes a roll: add with the current certificate as proof, then remove it with the new one as proof', async () => {
    const app = addApplication([current])
    const added = await roll(addKeyInputs(app.appId, current, next))
    expectSuccess(added)
    emulator.reset()

    const removed = await roll({ operation: 'remove-key', application: app.appId, 'key-id': added.outputs['previous-kid'] ?? '', 'proof-certificate': withKey(next) })
    expectSuccess(removed)
    expect(described(graphRequests())).toEqual([
      lookup('applications', app.appId, 200, 404),
      `POST /v1.0/applications/${app.objectId}/removeKey 204`,
    ])
    const removeKey = graphWrites()[0]
    expectProofAccepted(removeKey, 204)
    expect(removeKey?.body).toEqual({ keyId: added.outputs['previous-kid'], proof: expect.any(String) })
    expect(credentialsOf(app.objectId).map((k) => k.keyId)).toEqual([added.outputs['kid']])
    expect(removed.outputs).toEqual({
      kid: added.outputs['previous-kid'],
      'keyset-id': '',
      'not-before': seconds(current.notBefore),
      expires: seconds(current.notAfter),
      thumbprint: sha1Fingerprint(current.certPem),
      'previous-kid': '',
      'action-taken': 'removed',
    })
    expect(removed.masked).toContain((removeKey?.body as { proof: string }).proof)

    emulator.reset()
    const again = await roll({ operation: 'remove-key', application: app.appId, 'key-id': added.outputs['previous-kid'] ?? '', 'proof-certificate': withKey(next) })
    expectSuccess(again)
    expect(again.outputs).toMatchObject({ kid: added.outputs['previous-kid'], 'action-taken': 'skipped' })
    expect(graphWrites()).toEqual([])
  })

  it('takes the repeat\'s 404 as done when the answer to removeKey is lost', async () => {
    const app = addApplication([current, next])
    const oldKeyId = keyIdOf(app.objectId, current)
    emulator.injectFault({ method: 'POST', path: /removeKey$/, phase: 'after', drop: true })
    const run = await roll({ operation: 'remove-key', application: app.appId, 'key-id': oldKeyId, 'proof-certificate': withKey(next) })
    expectSuccess(run)
    expect(described(graphWrites())).toEqual([`POST /v1.0/applications/${app.objectId}/removeKey 0`, `POST /v1.0/applications/${app.objectId}/removeKey 404`])
    expect(run.outputs).toMatchObject({ kid: oldKeyId, 'action-taken': 'removed' })
    expect(credentialsOf(app.objectId)).toHaveLength(1)
  })

  it('dry-run: plans the removal and writes nothing', async () => {
    const app = addApplication([current, next])
    const oldKeyId = keyIdOf(app.objectId, current)
    const run = await roll({ operation: 'remove-key', application: app.appId, 'key-id': oldKeyId, 'proof-certificate': withKey(next), 'dry-run': 'true' })
    expectSuccess(run)
    expect(run.outputs).toMatchObject({ kid: oldKeyId, 'action-taken': 'planned' })
    expect(graphWrites()).toEqual([])
  })

  it('removes the signing key when allow-unsafe-removal says so', async () => {
    const app = addApplication([current, next])
    const signing = keyIdOf(app.objectId, current)
    const run = await roll({ operation: 'remove-key', application: app.appId, 'key-id': signing, 'proof-certificate': withKey(current), 'allow-unsafe-removal': 'true' })
    expectSuccess(run)
    expectProofAccepted(graphWrites()[0], 204)
    expect(credentialsOf(app.objectId).map((k) => k.keyId)).toEqual([keyIdOf(app.objectId, next)])
  })
})

describe('refusals: a clear error and no write', () => {
  it('the proof certificate is not on the target', async () => {
    const app = addApplication([current])
    const run = await roll(addKeyInputs(app.appId, stranger, next))
    expectRefusedWithoutWriting(run, new RegExp(`The proof certificate ${sha1Fingerprint(stranger.certPem)} \\(CN=stranger\\) is not among the certificates of application 'Contoso web'.*${keyIdOf(app.objectId, current)}`))
    expect(run.errors[0]).toMatch(/Give as proof-certificate/)
  })

  it('the proof certificate has expired', async () => {
    const app = addApplication([expired, current])
    const run = await roll(addKeyInputs(app.appId, expired, next))
    expectRefusedWithoutWriting(run, new RegExp(`proof certificate ${sha1Fingerprint(expired.certPem)} .* is on the target as keyId ${keyIdOf(app.objectId, expired)} .*which is not valid now`))
  })

  it('the target has no valid certificate at all: the first one needs an update of the application', async () => {
    const app = addApplication([expired])
    const run = await roll(addKeyInputs(app.appId, expired, next))
    expectRefusedWithoutWriting(run, /has no currently valid certificate at all/)
    expect(run.errors[0]).toContain(`\`az ad app credential reset --id ${app.appId} --cert @new.pem --append\``)
  })

  it('the PFX password is wrong: nothing is sent at all', async () => {
    const app = addApplication([current])
    const pfx = makePfx(current.certPem, current.keyPem, 'right-password')
    const run = await roll({ ...addKeyInputs(app.appId, current, next), 'proof-certificate': pfx, 'proof-certificate-password': 'wrong-password' })
    expect(run.errors).toEqual(["Input 'proof-certificate': PKCS#12 password is wrong (or missing): check 'proof-certificate-password'"])
    expect(emulator.requests).toEqual([])
  })

  it('a PFX with the right password signs a proof the emulator accepts', async () => {
    const app = addApplication([current])
    const pfx = makePfx(current.certPem, current.keyPem, 'right-password', { legacy: true })
    const run = await roll({ ...addKeyInputs(app.appId, current, next), 'proof-certificate': pfx, 'proof-certificate-password': 'right-password' })
    expectSuccess(run)
    expectProofAccepted(graphWrites()[0], 200)
  })

  it('garbage PEM: nothing is sent at all', async () => {
    const app = addApplication([current])
    const garbage = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n'
    const run = await roll({ ...addKeyInputs(app.appId, current, next), 'new-certificate': garbage })
    expect(run.errors).toEqual(["Input 'new-certificate': is not a PEM certificate or base64 DER (the certificate does not parse)"])
    const proof = await roll({ ...addKeyInputs(app.appId, current, next), 'proof-certificate': `${garbage}${current.keyPem}` })
    expect(proof.errors).toEqual(["Input 'proof-certificate': is not a PEM certificate or base64 DER (the certificate does not parse)"])
    expect(emulator.requests).toEqual([])
  })

  it('an unknown target', async () => {
    const missing = '0f0e0d0c-0b0a-4909-8807-060504030201'
    const run = await roll(addKeyInputs(missing, current, next))
    expectRefusedWithoutWriting(run, new RegExp(`No application has the appId or object id ${missing} in this tenant`))
  })

  it('removing the key that signs the proof', async () => {
    const app = addApplication([current, next])
    const signing = keyIdOf(app.objectId, current)
    const run = await roll({ operation: 'remove-key', application: app.appId, 'key-id': signing, 'proof-certificate': withKey(current) })
    expectRefusedWithoutWriting(run, new RegExp(`Refusing to remove keyId ${signing}: it is the certificate that signs this step's proof.*sign the proof with another valid certificate of the target \\(${keyIdOf(app.objectId, next)}\\)`))
  })

  it("removing the target's last valid certificate", async () => {
    const app = addApplication([expired, current])
    const last = keyIdOf(app.objectId, current)
    const run = await roll({ operation: 'remove-key', application: app.appId, 'key-id': last, 'proof-certificate': withKey(current) })
    expectRefusedWithoutWriting(run, /it is also the last currently valid certificate of application 'Contoso web'.*Add its successor first/)
    expect(credentialsOf(app.objectId)).toHaveLength(2)
  })

  it('reading the target without permission names Application.Read.All', async () => {
    const app = addApplication([current])
    const run = await roll({ ...addKeyInputs(app.appId, current, next), 'client-id': POWERLESS.clientId, 'client-secret': POWERLESS.secret })
    expectRefusedWithoutWriting(run, new RegExp(`^Reading application with appId ${app.appId} failed: .* ${POWERLESS.clientId} may not read it: grant it .*Application\\.Read\\.All.*signing in as that application`))
  })
})

describe('a proof Graph rejects', () => {
  it('lists every check made against what was sent, and what remains when all pass', async () => {
    const app = addApplication([current])
    emulator.injectFault({ method: 'POST', path: /addKey$/, status: 401, code: 'Authentication_MissingOrMalformed' })
    const run = await roll(addKeyInputs(app.appId, current, next))
    expect(run.exitCode).toBe(1)
    const [message] = run.errors
    expect(message).toMatch(/^Adding a certificate to application 'Contoso web' \(object id [-0-9a-f]+\) failed: Graph refused the proof-of-possession token \(addKey\)\. .* \[Graph 401 Authentication_MissingOrMalformed, request-id [^\]]+\]$/)
    for (const finding of [
      'aud is 00000002-0000-0000-c000-000000000000',
      `iss is the object id ${app.objectId} (not the appId)`,
      `the signer ${sha1Fingerprint(current.certPem)} is on the target as keyId ${keyIdOf(app.objectId, current)}`,
      'it is valid now',
      'lifetime exp − nbf is 600 s',
      'Every check of what was sent passes',
      "the runner's clock running minutes ahead",
      'not yet replicated',
    ]) {
      expect(message).toContain(finding)
    }
    expect(credentialsOf(app.objectId)).toHaveLength(1)
  })
})

describe('a runner clock ahead of Graph', () => {
  let lagging: Emulator
  beforeAll(async () => {
    // Graph's clock an hour behind the runner: the proof's nbf lies in its future.
    lagging = await startEmulator({ now: () => new Date(Date.now() - 3_600_000) })
    lagging.registerClient({ clientId: ADMIN.clientId, secret: ADMIN.secret, roles: ['Application.ReadWrite.All'] })
  })
  afterAll(() => lagging.close())

  it('is rejected by the emulator, and the explanation points at the clock', async () => {
    const app = lagging.addApplication({ keyCredentials: [{ certificatePem: current.certPem }] })
    const run = await step(lagging, { 'client-id': ADMIN.clientId, 'client-secret': ADMIN.secret, ...addKeyInputs(app.appId, current, next) })
    expect(run.exitCode).toBe(1)
    const addKey = lagging.requests.find((request) => request.path.endsWith('/addKey'))
    expect(addKey?.rejectReason).toMatch(/nbf .* is in the future/)
    expect(run.errors[0]).toMatch(/Every check of what was sent passes.*the runner's clock running minutes ahead of Microsoft's/)
  })
})
