/** Which Key Vault version the action uses, and how the key-vault input is read: pure rules. */
import { describe, expect, it } from '@jest/globals'
import { readCertificateRef, readKeyVault } from '../../src/keyvault/reference.js'
import { isUsableAt, newestUsable, newestUsableOn, unusableBecause, type VersionFacts } from '../../src/keyvault/versions.js'
import { inputError } from '../helpers/input-error.js'

const NOW = new Date('2027-03-01T00:00:00Z')
const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000)

function version(name: string, created: number, options: Partial<VersionFacts> = {}): VersionFacts {
  return { version: name, enabled: true, notBefore: day(created), expires: day(created + 365), created: day(created), thumbprint: name.toUpperCase(), ...options }
}

describe('version choice', () => {
  const v1 = version('a1', -400)
  const v2 = version('b2', -30)
  const v3 = version('c3', -1, { enabled: false })
  const future = version('d4', 0, { notBefore: day(5) })

  it('the newest enabled version valid now, whatever the list order', () => {
    expect(newestUsable([v2, v3, v1, future], NOW)?.version).toBe('b2')
    expect(newestUsable([v1], NOW)).toBeUndefined() // expired at day -35
  })

  it('a proof signer: the newest usable version that is on the target', () => {
    expect(newestUsableOn([v1, v2, v3], NOW, (thumbprint) => thumbprint === 'B2')?.version).toBe('b2')
    expect(newestUsableOn([version('e5', -10), v2], NOW, (thumbprint) => thumbprint !== 'E5')?.version).toBe('b2')
    expect(newestUsableOn([v2], NOW, () => false)).toBeUndefined()
  })

  it('says why a version may not be used', () => {
    expect(unusableBecause(v3, NOW)).toBe('is disabled')
    expect(unusableBecause(future, NOW)).toMatch(/^is not valid before 2027-03-06/)
    expect(unusableBecause(v1, NOW)).toMatch(/^expired on /)
    expect(unusableBecause(v2, NOW)).toBeUndefined()
    expect(isUsableAt(v2, NOW)).toBe(true)
  })
})

describe('key-vault input', () => {
  it('expands a name with the cloud suffix and picks the cloud scope', () => {
    expect(readKeyVault('Contoso-KV', 'AzureCloud', 'key-vault')).toEqual({ url: 'https://contoso-kv.vault.azure.net', scope: 'https://vault.azure.net/.default', loopback: false })
    expect(readKeyVault('contoso-kv', 'AzureUSGovernment', 'key-vault').url).toBe('https://contoso-kv.vault.usgovcloudapi.net')
    expect(readKeyVault('contoso-kv', 'AzureChinaCloud', 'key-vault').scope).toBe('https://vault.azure.cn/.default')
  })

  it('takes a URL of the cloud, or a loopback one for emulators', () => {
    expect(readKeyVault('https://contoso-kv.vault.azure.net/', 'AzureCloud', 'key-vault').url).toBe('https://contoso-kv.vault.azure.net')
    expect(readKeyVault('https://127.0.0.1:8443', 'AzureCloud', 'key-vault')).toEqual({ url: 'https://127.0.0.1:8443', scope: 'https://vault.azure.net/.default', loopback: true })
  })

  it.each([
    ['http://127.0.0.1:1', /must use https/],
    ['https://contoso-kv.vault.azure.net/keys', /origin only/],
    ['https://evil.example.com', /not a vault of the AzureCloud cloud/],
    ['k', /neither a vault name/],
  ])('refuses %s', (value, pattern) => {
    expect(inputError(() => readKeyVault(value, 'AzureCloud', 'key-vault')).message).toMatch(pattern)
  })

  it('reads name or name/version of a certificate', () => {
    const vault = readKeyVault('contoso-kv', 'AzureCloud', 'key-vault')
    expect(readCertificateRef('app-cert', vault, 'key-vault-certificate')).toMatchObject({ name: 'app-cert', version: undefined })
    expect(readCertificateRef('app-cert/0123456789ABCDEF0123456789abcdef', vault, 'key-vault-certificate').version).toBe('0123456789abcdef0123456789abcdef')
    for (const bad of ['app_cert', 'a/b/c', 'a/123', '']) expect(inputError(() => readCertificateRef(bad, vault, 'key-vault-certificate')).input).toBe('key-vault-certificate')
  })
})
