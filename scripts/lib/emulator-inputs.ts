/** Inputs and environment that point a step at a running emulator: shared by the tests and the bench. */
import type { Emulator } from '../../emulator/index.js'

export function connectionInputs(emulator: Emulator): Record<string, string> {
  return {
    'tenant-id': emulator.tenantId,
    'client-id': emulator.client.clientId,
    'graph-endpoint': emulator.url,
    'authority-host': emulator.url,
  }
}

export function secretAuthInputs(emulator: Emulator): Record<string, string> {
  return { ...connectionInputs(emulator), auth: 'client-secret', 'client-secret': emulator.client.clientSecret }
}

/** Environment a step needs to trust the emulator; OIDC variables only when asked. */
export function emulatorEnv(emulator: Emulator, options: { oidc?: boolean } = {}): Record<string, string> {
  return {
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    ...(options.oidc
      ? { ACTIONS_ID_TOKEN_REQUEST_URL: emulator.github.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.github.requestToken }
      : {}),
  }
}
