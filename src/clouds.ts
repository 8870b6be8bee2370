/** The national clouds Graph and Entra ID run in (REFERENCE §3). */

export const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureUSGovernmentDoD', 'AzureChinaCloud'] as const
export type CloudName = (typeof CLOUD_NAMES)[number]

export interface CloudEndpoints {
  graphEndpoint: string
  authorityHost: string
  oidcAudience: string
}

export const CLOUDS: Record<CloudName, CloudEndpoints> = {
  AzureCloud: {
    graphEndpoint: 'https://graph.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
    oidcAudience: 'api://AzureADTokenExchange',
  },
  AzureUSGovernment: {
    graphEndpoint: 'https://graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
    oidcAudience: 'api://AzureADTokenExchangeUSGov',
  },
  AzureUSGovernmentDoD: {
    graphEndpoint: 'https://dod-graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
    oidcAudience: 'api://AzureADTokenExchangeUSGov',
  },
  AzureChinaCloud: {
    graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    oidcAudience: 'api://AzureADTokenExchangeChina',
  },
}
