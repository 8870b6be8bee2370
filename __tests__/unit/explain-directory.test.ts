import { afterAll, describe, expect, it } from '@jest/globals'
import { explainFailure } from '../../src/explain.js'
import { GraphError } from '../../src/graph/errors.js'
import type { InputName } from '../../src/inputs.js'
import { buildSettings } from '../../src/settings.js'
import { makeSelfSignedCert, removeTempDirs } from '../helpers/openssl.js'

const CLIENT_ID = '3f1d2a9c-8b7e-4c5d-9a0b-1c2d3e4f5a6b'
const TARGET = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'

afterAll(removeTempDirs)

function addKeySettings() {
  const cert = makeSelfSignedCert({ days: 30 })
  const inputs: Partial<Record<InputName, string>> = {
    'tenant-id': 'contoso.onmicrosoft.com',
    'client-id': CLIENT_ID,
    'client-secret': 'x',
    operation: 'add-key',
    application: TARGET,
    'proof-certificate': `${cert.certPem}${cert.keyPem}`,
    'new-certificate': cert.certPem,
  }
  return buildSettings((name) => inputs[name] ?? '', { idTokenAvailable: false }, new Date())
}

const denied = (method: string, path: string) => new GraphError(method, path, 403, 'Authorization_RequestDenied', 'Insufficient privileges', 'req-7')

describe('explainFailure: 403 on applications and service principals', () => {
  const settings = addKeySettings()

  it('names Application.Read.All for a read, and that an application may read itself', () => {
    expect(explainFailure(denied('GET', `/v1.0/applications(appId='${TARGET}')?$select=id`), settings)).toBe(
      `Reading application with appId ${TARGET} failed: "Insufficient privileges". ` +
        `The identity ${CLIENT_ID} may not read it: grant it the Microsoft Graph application permission Application.Read.All and have an administrator consent to it, ` +
        'or let the application roll its own certificate by signing in as that application (client-id = application), which may read itself and change its own keys without any permission. ' +
        '[Graph 403 Authorization_RequestDenied, request-id req-7]',
    )
  })

  it('names the write permissions for addKey and removeKey', () => {
    expect(explainFailure(denied('POST', `/v1.0/applications/${TARGET}/addKey`), settings)).toMatch(
      new RegExp(`^Adding a certificate to application ${TARGET} failed: "Insufficient privileges"\\. The identity ${CLIENT_ID} may not change its certificates: .*Application\\.ReadWrite\\.All \\(or Application\\.ReadWrite\\.OwnedBy, as an owner of it\\)`),
    )
  })
})
