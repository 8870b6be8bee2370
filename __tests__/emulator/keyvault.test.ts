/**
 * The emulated Key Vault as a client without the SDK sees it: the 401 challenge, vault-scope
 * tokens from the emulated Entra, RBAC per client, the firewall, disabled versions, and signatures
 * that openssl verifies with the certificate's public key.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { VAULT_ROLES, type Emulator } from '../../emulator/index.js'
import { makeSelfSignedCert, openssl, removeTempDirs, verifyRs256, type SelfSignedCert } from '../helpers/openssl.js'
import { call, startTrusted } from './helpers.js'

let emu: Emulator
let cert: SelfSignedCert
const API = '?api-version=2025-07-01'

beforeAll(async () => {
  emu = await startTrusted()
  cert = makeSelfSignedCert({ days: 30, commonName: 'vault cert' })
})
beforeEach(() => emu.reset())
afterAll(async () => {
  await emu.close()
  removeTempDirs()
})

async function vaultToken(scope = 'https://vault.azure.net/.default'): Promise<string> {
  const answer = await call(emu, 'POST', `/${emu.tenantId}/oauth2/v2.0/token`, {
    token: null,
    form: { grant_type: 'client_credentials', client_id: emu.client.clientId, client_secret: emu.client.clientSecret, scope },
  })
  expect(answer.status).toBe(200)
  return answer.body.access_token as string
}

describe('emulated Key Vault', () => {
  it('answers an unauthenticated request with the challenge the SDKs expect', async () => {
    const answer = await call(emu, 'GET', `/certificates/app-cert/versions${API}`, { token: null })
    expect(answer.status).toBe(401)
    expect(answer.headers.get('www-authenticate')).toBe(`Bearer authorization="${emu.url}/${emu.tenantId}", resource="https://vault.azure.net"`)
  })

  it('issues vault-scope tokens, and refuses Graph tokens', async () => {
    const token = await vaultToken()
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>
    expect(payload['aud']).toBe('https://vault.azure.net')
    expect(payload['roles']).toBeUndefined()
    expect((await call(emu, 'GET', `/certificates/app-cert/versions${API}`)).status).toBe(401)
    expect((await call(emu, 'GET', `/certificates/app-cert/versions${API}`, { token })).status).toBe(404)
  })

  it('lists versions, reads one, and signs a digest that openssl verifies', async () => {
    const version = emu.keyVault.addCertificateVersion('app-cert', { certificatePem: cert.certPem, keyPem: cert.keyPem })
    const token = await vaultToken()
    const list = await call(emu, 'GET', `/certificates/app-cert/versions${API}`, { token })
    expect(list.body.value).toEqual([expect.objectContaining({ id: `${emu.url}/certificates/app-cert/${version}`, attributes: expect.objectContaining({ enabled: true }) })])
    const bundle = await call(emu, 'GET', `/certificates/app-cert/${version}${API}`, { token })
    expect(bundle.body.kid).toBe(`${emu.url}/keys/app-cert/${version}`)
    const data = 'header.claims'
    const digest = createHash('sha256').update(data).digest('base64url')
    const signed = await call(emu, 'POST', `/keys/app-cert/${version}/sign${API}`, { token, json: { alg: 'RS256', value: digest } })
    expect(signed.status).toBe(200)
    expect(verifyRs256(cert.certPem, data, Buffer.from(signed.body.value as string, 'base64url'))).toBe(true)
  })

  it('refuses by role, by firewall, for a disabled version and for a key without sign', async () => {
    const enabled = emu.keyVault.addCertificateVersion('app-cert', { certificatePem: cert.certPem, keyPem: cert.keyPem, keyOps: ['verify'] })
    const disabled = emu.keyVault.addCertificateVersion('app-cert', { certificatePem: cert.certPem, keyPem: cert.keyPem, enabled: false })
    const token = await vaultToken()
    const sign = (version: string) => call(emu, 'POST', `/keys/app-cert/${version}/sign${API}`, { token, json: { alg: 'RS256', value: createHash('sha256').update('x').digest('base64url') } })
    expect((await sign(enabled)).body.error.innererror.code).toBe('KeyOperationForbidden')
    expect((await sign(disabled)).body.error.innererror.code).toBe('KeyDisabled')
    emu.keyVault.setRoles(emu.client.clientId, [VAULT_ROLES.certificateUser])
    expect((await sign(enabled)).body.error).toMatchObject({ code: 'Forbidden', innererror: { code: 'ForbiddenByRbac' } })
    expect((await call(emu, 'GET', `/secrets/app-cert/${enabled}${API}`, { token })).status).toBe(403)
    emu.keyVault.vault.firewall = true
    expect((await call(emu, 'GET', `/certificates/app-cert/versions${API}`, { token })).body.error.innererror.code).toBe('ForbiddenByFirewall')
  })

  it('serves the PFX with a blank password, without the key when it is not exportable', async () => {
    const exportable = emu.keyVault.addCertificateVersion('app-cert', { certificatePem: cert.certPem, keyPem: cert.keyPem })
    const locked = emu.keyVault.addCertificateVersion('app-cert', { certificatePem: cert.certPem, keyPem: cert.keyPem, exportable: false })
    const token = await vaultToken()
    const secret = await call(emu, 'GET', `/secrets/app-cert/${exportable}${API}`, { token })
    expect(secret.body.contentType).toBe('application/x-pkcs12')
    const info = (pfx: string) => openssl(['pkcs12', '-info', '-nodes', '-passin', 'pass:'], { input: Buffer.from(pfx, 'base64'), withStderr: true }).toString()
    expect(info(secret.body.value as string)).toContain('PRIVATE KEY')
    const lockedSecret = await call(emu, 'GET', `/secrets/app-cert/${locked}${API}`, { token })
    expect(info(lockedSecret.body.value as string)).not.toContain('PRIVATE KEY')
  })

  it('requires api-version', async () => {
    expect((await call(emu, 'GET', '/certificates/app-cert/versions', { token: await vaultToken() })).status).toBe(400)
  })
})
