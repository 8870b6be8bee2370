/**
 * Graph collections: reads every page of a list by following `@odata.nextLink`. A next link is
 * only followed on the Graph origin the run was configured with (a token is attached to it), and
 * a link seen before ends the run with an error instead of looping forever.
 */
import type { GraphClient } from './client.js'

interface Page<T> {
  value?: T[]
  '@odata.nextLink'?: string
}

/** A service answer the pager refuses to follow. */
export class PagingError extends Error {
  override readonly name = 'PagingError'
}

/** Calls `onPage` with each page's items, in order; returns how many pages were read. */
export async function forEachPage<T>(graph: GraphClient, firstPath: string, onPage: (items: T[]) => void): Promise<number> {
  const seen = new Set<string>([firstPath])
  let path: string | undefined = firstPath
  let pages = 0
  while (path !== undefined) {
    const page: Page<T> = await graph.get<Page<T>>(path)
    pages++
    if (!Array.isArray(page?.value)) throw new PagingError(`GET ${path}: the answer has no 'value' list`)
    onPage(page.value)
    path = nextPath(graph.endpoint, page['@odata.nextLink'], path)
    if (path !== undefined && seen.has(path)) throw new PagingError(`GET ${path}: the service sent a next page link that was already read; stopping instead of looping`)
    if (path !== undefined) seen.add(path)
  }
  return pages
}

/** All items of a collection, every page. */
export async function readAllPages<T>(graph: GraphClient, firstPath: string): Promise<T[]> {
  const items: T[] = []
  await forEachPage<T>(graph, firstPath, (page) => {
    for (const item of page) items.push(item)
  })
  return items
}

/** The path (and query) of the next page, or undefined at the end; refuses another origin. */
function nextPath(endpoint: string, nextLink: unknown, current: string): string | undefined {
  if (nextLink === undefined || nextLink === null) return undefined
  if (typeof nextLink !== 'string') throw new PagingError(`GET ${current}: '@odata.nextLink' is not a string`)
  let url: URL
  try {
    url = new URL(nextLink, endpoint)
  } catch {
    throw new PagingError(`GET ${current}: '@odata.nextLink' is not a URL`)
  }
  const origin = new URL(endpoint).origin
  if (url.origin !== origin) throw new PagingError(`GET ${current}: '@odata.nextLink' points to ${url.origin}, not to the Graph endpoint ${origin}; not sending the token there`)
  return url.pathname + url.search
}
