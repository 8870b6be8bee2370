import { describe, expect, it } from '@jest/globals'
import { GraphClient } from '../../src/graph/client.js'
import type { Transport, TransportRequest } from '../../src/net/https-transport.js'
import { KeysetsApi } from '../../src/graph/keysets.js'
import { PagingError, readAllPages } from '../../src/graph/paging.js'

/** A Graph that answers each URL from a table and records the URLs asked for. */
function pagedGraph(pages: Record<string, unknown>) {
  const asked: string[] = []
  const transport = async (url: string, _init?: TransportRequest): Promise<Response> => {
    asked.push(url)
    const body = pages[url]
    if (body === undefined) return new Response(JSON.stringify({ error: { code: 'NotFound', message: url } }), { status: 404 })
    return new Response(JSON.stringify(body), { status: 200 })
  }
  const client = new GraphClient({ endpoint: 'https://graph.test', getToken: async () => 't', transport: transport as Transport, sleep: async () => undefined })
  return { client, asked }
}

describe('readAllPages', () => {
  it('follows @odata.nextLink on the Graph origin until the last page, keeping the order', async () => {
    const { client, asked } = pagedGraph({
      'https://graph.test/v1.0/things?$top=2': { value: [1, 2], '@odata.nextLink': 'https://graph.test/v1.0/things?$top=2&$skiptoken=a' },
      'https://graph.test/v1.0/things?$top=2&$skiptoken=a': { value: [3, 4], '@odata.nextLink': 'https://graph.test/v1.0/things?$top=2&$skiptoken=b' },
      'https://graph.test/v1.0/things?$top=2&$skiptoken=b': { value: [5] },
    })
    await expect(readAllPages<number>(client, '/v1.0/things?$top=2')).resolves.toEqual([1, 2, 3, 4, 5])
    expect(asked).toHaveLength(3)
  })

  it('refuses a next link to another origin, so the token never leaves Graph', async () => {
    const { client, asked } = pagedGraph({
      'https://graph.test/v1.0/things': { value: [1], '@odata.nextLink': 'https://evil.test/v1.0/things?$skiptoken=a' },
    })
    await expect(readAllPages(client, '/v1.0/things')).rejects.toThrow(/points to https:\/\/evil\.test, not to the Graph endpoint https:\/\/graph\.test/)
    expect(asked).toEqual(['https://graph.test/v1.0/things'])
  })

  it('stops with an error when a next link repeats a page already read', async () => {
    const { client, asked } = pagedGraph({
      'https://graph.test/v1.0/things': { value: [1], '@odata.nextLink': 'https://graph.test/v1.0/things?$skiptoken=a' },
      'https://graph.test/v1.0/things?$skiptoken=a': { value: [2], '@odata.nextLink': 'https://graph.test/v1.0/things' },
    })
    await expect(readAllPages(client, '/v1.0/things')).rejects.toThrow(PagingError)
    expect(asked).toHaveLength(2)
  })

  it('refuses an answer without a value list', async () => {
    const { client } = pagedGraph({ 'https://graph.test/v1.0/things': { id: 'x' } })
    await expect(readAllPages(client, '/v1.0/things')).rejects.toThrow("the answer has no 'value' list")
  })
})

describe('KeysetsApi.listKeysets', () => {
  it('reads every keyset with one request when the service does not page', async () => {
    const keysets = [{ id: 'B2C_1A_A', keys: [] }, { id: 'B2C_1A_B', keys: [{ kid: 'k' }] }]
    const { client, asked } = pagedGraph({ 'https://graph.test/beta/trustFramework/keySets': { value: keysets } })
    await expect(new KeysetsApi(client).listKeysets()).resolves.toEqual(keysets)
    expect(asked).toEqual(['https://graph.test/beta/trustFramework/keySets'])
  })
})
