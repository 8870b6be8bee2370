/** Every sign-in method, through the real @azure/identity, against the emulated Entra ID. */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { connectionInputs, emulatorEnv, useEmulator } from '../helpers/emulated-step.js'
import { encryptPkcs8, makePfx, makeSelfSignedCert } from '../helpers/openssl.js'
import { REPO_ROOT, runStep, type StepRun } from '../../scripts/lib/run-step.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const CERT_CLIENT = '5e0c7a41-2b3d-4e5f-8a9b-0c1d2e3f4a01'
const GOV_CLIENT = '5e0c7a41-2b3d-4e5f-8a9b-0c1d2e3f4a02'
const MISMATCH_CLIENT = '5e0c7a41-2b3d-4e5f-8a9b-0c1d2e3f4a03'
const WRITE_ROLE = ['TrustFrameworkKeySet.ReadWrite.All']
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

function expectKeysetCreated(run: StepRun, keyset: string): void {
  expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
  expect(run.outputs['keyset-id']).toBe(keyset)
  expect(emulator.keysets.has(keyset)).toBe(true)
}

describe('oidc', () => {
  it('exchanges the GitHub ID token (auth: auto) and logs its claims, never the token', async () => {
    const run = await runStep({ ...connectionInputs(emulator), operation: 'create-keyset', keyset: 'Oidc' }, { env: emulatorEnv(emulator, { oidc: true }) })
    expectKeysetCreated(run, 'B2C_1A_Oidc')
    expect(run.stdout).toContain(`GitHub ID token: iss=${GITHUB_ISSUER} sub=${emulator.github.subject} aud=api://AzureADTokenExchange`)
    const idTokenRequest = emulator.requests.find((request) => request.service === 'oidc')
    expect(idTokenRequest?.query).toMatchObject({ audience: 'api://AzureADTokenExchange' })
    const assertion = emulator.requests.find((request) => request.service === 'token')?.body as Record<string, string>
    expect(assertion['client_assertion_type']).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
    expect(run.masked).toContain(assertion['client_assertion'])
  })

  it('uses the national cloud audience by default', async () => {
    emulator.registerClient({ clientId: GOV_CLIENT, roles: WRITE_ROLE, federated: [{ issuer: GITHUB_ISSUER, subject: emulator.github.subject, audience: 'api://AzureADTokenExchangeUSGov' }] })
    const run = await runStep(
      { ...connectionInputs(emulator), 'client-id': GOV_CLIENT, cloud: 'AzureUSGovernment', operation: 'create-keyset', keyset: 'Gov' },
      { env: emulatorEnv(emulator, { oidc: true }) },
    )
    expectKeysetCreated(run, 'B2C_1A_Gov')
    expect(emulator.requests.find((request) => request.service === 'oidc')?.query).toMatchObject({ audience: 'api://AzureADTokenExchangeUSGov' })
  })

  it('explains a federated credential that does not match, with the subject to compare', async () => {
    emulator.registerClient({ clientId: MISMATCH_CLIENT, roles: WRITE_ROLE, federated: [{ issuer: GITHUB_ISSUER, subject: 'repo:octo-org/other:ref:refs/heads/main', audience: 'api://AzureADTokenExchange' }] })
    const run = await runStep(
      { ...connectionInputs(emulator), 'client-id': MISMATCH_CLIENT, auth: 'oidc', operation: 'create-keyset', keyset: 'x' },
      { env: emulatorEnv(emulator, { oidc: true }) },
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/no federated credential of the app matches.*AADSTS70021/)])
    expect(run.stdout).toContain(`sub=${emulator.github.subject}`)
    expect(emulator.requests.filter((request) => request.service === 'graph')).toHaveLength(0)
  })
})

describe('client-certificate', () => {
  it('signs in with a PEM certificate and encrypted key', async () => {
    const cert = makeSelfSignedCert({ days: 30 })
    emulator.registerClient({ clientId: CERT_CLIENT, certificatePem: cert.certPem, roles: WRITE_ROLE })
    const run = await runStep(
      {
        ...connectionInputs(emulator),
        'client-id': CERT_CLIENT,
        'client-certificate': `${cert.certPem}\n${encryptPkcs8(cert.keyPem, 'key-pass')}`,
        'client-certificate-password': 'key-pass',
        operation: 'create-keyset',
        keyset: 'CertPem',
      },
      { env: emulatorEnv(emulator) },
    )
    expectKeysetCreated(run, 'B2C_1A_CertPem')
  })

  it('signs in with a base64 PKCS#12 (auth: auto picks the certificate)', async () => {
    const cert = makeSelfSignedCert({ days: 30 })
    emulator.registerClient({ clientId: CERT_CLIENT, certificatePem: cert.certPem, roles: WRITE_ROLE })
    const run = await runStep(
      {
        ...connectionInputs(emulator),
        'client-id': CERT_CLIENT,
        'client-certificate': makePfx(cert.certPem, cert.keyPem, 'pfx-pass'),
        'client-certificate-password': 'pfx-pass',
        operation: 'create-keyset',
        keyset: 'CertPfx',
      },
      { env: emulatorEnv(emulator) },
    )
    expectKeysetCreated(run, 'B2C_1A_CertPfx')
  })
})

describe('azure-cli', () => {
  const standIn = join(REPO_ROOT, '__tests__', 'fixtures', 'az')

  // 2.45 gives the expiry only as local time (expiresOn), 2.54 also as expires_on: both must work.
  it.each([
    ['2.45', standIn],
    ['2.54', join(REPO_ROOT, '__tests__', 'fixtures', 'az-2.54')],
  ])('reuses the session of an earlier azure/login step (Azure CLI %s); tenant-id and client-id are optional', async (_, azDir) => {
    const run = await runStep(
      { operation: 'create-keyset', keyset: 'Cli', 'graph-endpoint': emulator.url },
      { env: { ...emulatorEnv(emulator), PATH: `${azDir}:${process.env['PATH']}`, AZ_STANDIN_ACCESS_TOKEN: emulator.issueAccessToken() } },
    )
    expectKeysetCreated(run, 'B2C_1A_Cli')
    expect(emulator.requests.filter((request) => request.service === 'token')).toHaveLength(0)
  })

  it('says to sign in first when there is no session', async () => {
    const run = await runStep(
      { operation: 'create-keyset', keyset: 'Cli', 'graph-endpoint': emulator.url },
      { env: { ...emulatorEnv(emulator), PATH: `${standIn}:${process.env['PATH']}` } },
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/azure\/login.*auth: auto chose azure-cli.*id-token: write/)])
  })

  it('does not blame OIDC when azure-cli was asked for', async () => {
    const run = await runStep(
      { operation: 'create-keyset', keyset: 'Cli', auth: 'azure-cli', 'graph-endpoint': emulator.url },
      { env: { ...emulatorEnv(emulator), PATH: `${standIn}:${process.env['PATH']}` } },
    )
    expect(run.errors).toEqual([expect.stringMatching(/azure\/login/)])
    expect(run.errors[0]).not.toMatch(/id-token/)
  })
})
