/** Settings → an @azure/identity credential, one per auth method; never DefaultAzureCredential, which probes many sources. */
import {
  AzureCliCredential,
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  type ClientSecretCredentialOptions,
  type TokenCredential,
} from '@azure/identity'
import type { Connection } from '../settings.js'

export interface CredentialDependencies {
  /** Returns a GitHub ID token for the audience, already masked. */
  getIdToken(audience: string): Promise<string>
  /** Sign-in requests go through the action's own bounded transport (sign-in-http-client.ts). */
  httpClient: NonNullable<ClientSecretCredentialOptions['httpClient']>
}

export function createCredential(connection: Connection, dependencies: CredentialDependencies): TokenCredential {
  const { auth } = connection
  const options = {
    authorityHost: connection.authorityHost,
    // Discovery asks the public cloud about the authority: wrong for a private or test authority.
    disableInstanceDiscovery: connection.authorityOverridden,
    httpClient: dependencies.httpClient,
  }
  switch (auth.method) {
    case 'oidc':
      // The callback runs whenever MSAL needs a new assertion, so a long job never presents an expired GitHub token.
      return new ClientAssertionCredential(auth.tenantId, auth.clientId, () => dependencies.getIdToken(auth.audience), options)
    case 'client-secret':
      return new ClientSecretCredential(auth.tenantId, auth.clientId, auth.clientSecret, options)
    case 'client-certificate':
      return new ClientCertificateCredential(auth.tenantId, auth.clientId, { certificate: auth.certificate.pem }, options)
    case 'azure-cli':
      return new AzureCliCredential(auth.tenantId === undefined ? {} : { tenantId: auth.tenantId })
  }
}
