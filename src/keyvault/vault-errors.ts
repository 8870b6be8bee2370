/**
 * Key Vault failures as messages a person can act on: the role to assign and on which vault,
 * the firewall, a disabled or expired version, a key that may not sign, a vault that does not
 * exist. The SDK's RestError is read by shape (statusCode, code, details), not by class.
 */
import { ActionableError } from '../errors.js'
import { NETWORK_HINT } from '../explain.js'
import { TransportFailure } from '../net/https-transport.js'
import { serviceText } from '../log-safety.js'
import type { OperationContext } from '../operations/context.js'
import type { KeyVault } from './reference.js'

export const ROLES = {
  sign: 'Key Vault Crypto User',
  certificate: 'Key Vault Certificate User',
  secret: 'Key Vault Secrets User',
} as const

export interface VaultAction {
  /** 'read the versions of certificate app-cert' */
  what: string
  role: keyof typeof ROLES
}

interface RestErrorShape {
  statusCode?: number
  code?: string
  message: string
}

/** What the vault answered to the last refused request, read from its body. */
export interface VaultRefusal {
  status: number
  code: string | undefined
  inner: string | undefined
  /** The service's own words: the SDK's pager replaces them with 'Pagination failed with unexpected statusCode'. */
  message: string | undefined
}

export function readRefusal(status: number, body: string | null | undefined): VaultRefusal {
  try {
    const error = (JSON.parse(body ?? '') as { error?: { code?: unknown; message?: unknown; innererror?: { code?: unknown } } }).error
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
    return { status, code: text(error?.code), inner: text(error?.innererror?.code), message: text(error?.message) }
  } catch {
    return { status, code: undefined, inner: undefined, message: undefined }
  }
}

export function explainVaultFailure(error: unknown, action: VaultAction, vault: KeyVault, context: OperationContext, refusal: VaultRefusal | undefined): Error {
  if (!(error instanceof Error)) return new ActionableError(`Key Vault ${vault.url}: could not ${action.what}: ${String(error)}`)
  const rest = error as RestErrorShape
  const sameAnswer = refusal !== undefined && refusal.status === rest.statusCode ? refusal : undefined
  const inner = sameAnswer?.inner
  const reference = ` [Key Vault${rest.statusCode ? ` ${rest.statusCode}` : ''}${rest.code ? ` ${rest.code}` : ''}${inner ? `/${inner}` : ''}]`
  const tried = `Could not ${action.what} in Key Vault ${vault.url}`
  context.log.debug(`Key Vault failure: ${error.name}: ${firstLine(error.message)}`)
  if (error instanceof TransportFailure) {
    return new ActionableError(`${tried}: ${error.message}.${NETWORK_HINT}`)
  }
  if (rest.code === 'ENOTFOUND' || rest.code === 'EAI_AGAIN' || /ENOTFOUND|EAI_AGAIN/.test(error.message)) {
    return new ActionableError(`${tried}: the host ${new URL(vault.url).host} does not resolve, so the vault does not exist (or not in this cloud). Check the key-vault input and the cloud.${reference}`)
  }
  if (rest.statusCode === 403 && (inner === 'ForbiddenByFirewall' || /firewall|not authorized.*network|client address/i.test(error.message))) {
    return new ActionableError(
      `${tried}: the vault's firewall refused this runner's network (ForbiddenByFirewall). Allow the runner's address in the vault's networking settings, ` +
        `or run the job on a runner inside a network the vault allows (a self-hosted runner with a private endpoint).${reference}`,
    )
  }
  if (/disabled/i.test(error.message) || inner === 'KeyDisabled' || inner === 'SecretDisabled' || inner === 'CertificateDisabled') {
    return new ActionableError(`${tried}: that version is disabled. Enable it in the vault, or name another version (or none, to let the action choose the newest enabled one).${reference}`)
  }
  if (rest.statusCode === 403) {
    const role = ROLES[action.role]
    return new ActionableError(
      `${tried}: the identity${clientIdOf(context)} lacks the role ${role} on the vault. Assign it, e.g. ` +
        `\`az role assignment create --role "${role}" --assignee <client-id> --scope $(az keyvault show --name ${vaultName(vault)} --query id -o tsv)\` ` +
        `(a vault using access policies instead of Azure RBAC needs the matching ${accessPolicyOf(action.role)} permission). A new assignment can take a few minutes to apply.${reference}`,
    )
  }
  if (rest.statusCode === 404) {
    return new ActionableError(`${tried}: it does not exist (check the name and version; a deleted certificate stays in the vault's recycle bin until purged).${reference}`)
  }
  if (rest.statusCode === 401) {
    return new ActionableError(`${tried}: the vault refused the access token. The sign-in and the vault must be in the same tenant and cloud (check tenant-id, cloud and key-vault).${reference}`)
  }
  const expired = /expired at|can't be used before/.exec(error.message)
  if (expired) return new ActionableError(`${tried}: the key version is outside its validity (${firstLine(error.message)}). Renew the certificate in the vault.`)
  const noSign = /Operation sign is not supported/.exec(error.message)
  if (noSign) {
    return new ActionableError(`${tried}: the certificate's key does not allow the 'sign' operation. Give its key policy the key operation 'sign' (the default for certificates) and renew it.`)
  }
  return new ActionableError(`${tried}: ${firstLine(sameAnswer?.message ?? error.message)}${reference}`)
}

/** The SDK's message can carry the service's whole answer: its first line, bounded and redacted. */
function firstLine(text: string): string {
  return serviceText(text.split(/\r?\n/)[0] ?? '')
}

function vaultName(vault: KeyVault): string {
  return vault.loopback ? '<vault-name>' : (new URL(vault.url).hostname.split('.')[0] ?? '<vault-name>')
}

function accessPolicyOf(role: VaultAction['role']): string {
  return role === 'sign' ? 'keys: get, sign' : role === 'certificate' ? 'certificates: get, list' : 'secrets: get'
}

function clientIdOf(context: OperationContext): string {
  return context.clientId ? ` ${context.clientId}` : ''
}
