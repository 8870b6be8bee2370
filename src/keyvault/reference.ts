/**
 * Key Vault as the settings name it: which vault (URL, token scope) and which certificate
 * (name, optional version). Pure: no SDK is imported here, so settings stay cheap to load.
 */
import type { CloudName } from '../clouds.js'
import { InputError } from '../errors.js'
import type { InputName } from '../inputs.js'

export interface KeyVault {
  /** Origin of the vault, no trailing slash. */
  url: string
  /** The cloud's vault resource with `/.default`: the Graph sign-in asks for this scope. */
  scope: string
  /** A loopback emulator: the SDK may not check the challenge's resource against the host. */
  loopback: boolean
}

export interface KeyVaultCertificateRef {
  from: 'key-vault'
  vault: KeyVault
  name: string
  /** Undefined: the version is chosen at run time (see choose-version.ts). */
  version: string | undefined
  /** The input that named it, for messages. */
  input: InputName
}

/** The vault data-plane resource and DNS suffix of each cloud (REFERENCE §7). */
const VAULT_CLOUDS: Record<CloudName, { resource: string; suffix: string }> = {
  AzureCloud: { resource: 'https://vault.azure.net', suffix: '.vault.azure.net' },
  AzureUSGovernment: { resource: 'https://vault.usgovcloudapi.net', suffix: '.vault.usgovcloudapi.net' },
  AzureUSGovernmentDoD: { resource: 'https://vault.usgovcloudapi.net', suffix: '.vault.usgovcloudapi.net' },
  AzureChinaCloud: { resource: 'https://vault.azure.cn', suffix: '.vault.azure.cn' },
}

// Vault names: 3-24 characters, letters, digits and dashes, starting with a letter.
const VAULT_NAME = /^[a-z][a-z0-9-]{1,22}[a-z0-9]$/i
const CERTIFICATE_NAME = /^[A-Za-z0-9-]{1,127}$/
const VERSION = /^[0-9a-f]{32}$/i
const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/** `contoso-kv` or `https://contoso-kv.vault.azure.net`; loopback https URLs for emulators. */
export function readKeyVault(value: string, cloud: CloudName, input: InputName): KeyVault {
  const { resource, suffix } = VAULT_CLOUDS[cloud]
  const scope = `${resource}/.default`
  if (VAULT_NAME.test(value)) return { url: `https://${value.toLowerCase()}${suffix}`, scope, loopback: false }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(input, `'${value}' is neither a vault name (3-24 letters, digits or dashes) nor a vault URL such as 'https://contoso-kv${suffix}'`)
  }
  if (url.protocol !== 'https:') throw new InputError(input, `'${value}' must use https://`)
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new InputError(input, `'${value}' must be the vault's origin only, such as '${url.origin}'`)
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname)
  if (!loopback && !url.hostname.toLowerCase().endsWith(suffix)) {
    throw new InputError(input, `'${value}' is not a vault of the ${cloud} cloud: its host must end with '${suffix}' (or set the cloud input)`)
  }
  return { url: url.origin, scope, loopback }
}

/** `name` or `name/version` of a certificate in `vault`. */
export function readCertificateRef(value: string, vault: KeyVault, input: InputName): KeyVaultCertificateRef {
  const [name = '', version, ...rest] = value.split('/')
  if (!CERTIFICATE_NAME.test(name) || rest.length > 0 || (version !== undefined && !VERSION.test(version))) {
    throw new InputError(input, `'${value}' is not 'name' or 'name/version' of a Key Vault certificate (a name of letters, digits and dashes; a version of 32 hex digits)`)
  }
  return { from: 'key-vault', vault, name, version: version?.toLowerCase(), input }
}

export function describeRef(ref: { name: string; version?: string | undefined }, vault: KeyVault): string {
  return `Key Vault certificate '${ref.name}${ref.version ? `/${ref.version}` : ''}' in ${vault.url}`
}
