/**
 * Pagefind's browser API, loaded from the index the build wrote (dist/pagefind/, in shards), only on the search
 * page. It fetches the index chunks a query needs and nothing more. Only the parts used here are typed.
 */
import { SEARCH_SHARDS_PATH } from './search-shards-path.ts'
import type { WithTrustedTypes } from '../shared/trusted-types.ts'

export interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
}

export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  /** The parts of the page the words were found in: the post's text, and each quotation under its heading. */
  sub_results: PagefindSubResult[]
}

interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>
}

let loading: Promise<Pagefind | null> | undefined

/**
 * Pagefind starts its search in a Web Worker from a URL string, which the page's Trusted Types rule refuses
 * unless a policy vouches for it. The policy vouches for Pagefind's own files on this origin and nothing else.
 */
function trustPagefindWorker(base: string): void {
  const factory = (window as WithTrustedTypes).trustedTypes
  if (!factory || factory.defaultPolicy) return
  const allowed = new URL(base, window.location.href).href
  factory.createPolicy('default', {
    createScriptURL: (url) => {
      const resolved = new URL(url, window.location.href).href
      if (!resolved.startsWith(allowed)) throw new TypeError(`Not a search script: ${url}`)
      return resolved
    },
  })
}

/** The folders of the index's shards, from the list the build writes beside them. */
async function shardFolders(base: string): Promise<string[]> {
  const response = await fetch(`${import.meta.env.BASE_URL}${SEARCH_SHARDS_PATH}`)
  if (!response.ok) throw new Error(`The search index is missing (${response.status})`)
  const { shards } = (await response.json()) as { shards?: unknown }
  if (!Array.isArray(shards) || !shards.every((shard) => typeof shard === 'string' && /^\d+\/$/.test(shard)))
    throw new Error('The list of the search index is not one')
  return shards.map((shard: string) => `${base}${shard}`)
}

/**
 * Pagefind's script from the oldest shard, with every other shard merged into it: one search across all,
 * results ranked together. (An archive with no posts has no shard, and finds nothing.)
 */
function loadPagefind(): Promise<Pagefind | null> {
  loading ??= (async () => {
    const base = `${import.meta.env.BASE_URL}pagefind/`
    trustPagefindWorker(base)
    const [first, ...others] = await shardFolders(base)
    if (!first) return null
    const pagefind = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pagefind
    await pagefind.options({ excerptLength: 24 })
    await Promise.all(others.map((folder) => pagefind.mergeIndex(folder)))
    return pagefind
  })().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

/** Results a page of search shows; more arrive on request. Each costs a request for its post's fragment. */
export const RESULTS_PER_PAGE = 10

export interface SearchAnswer {
  total: number
  results: PagefindResultData[]
}

/** The first `count` results for the words, narrowed to one speaker's quotations and posts if given. */
export async function searchArchive(
  query: string,
  speaker: string | null,
  count: number,
): Promise<SearchAnswer> {
  const pagefind = await loadPagefind()
  const found = pagefind ? await pagefind.search(query, speaker ? { filters: { speaker } } : {}) : null
  const results = found?.results ?? []
  return {
    total: results.length,
    results: await Promise.all(results.slice(0, count).map((result) => result.data())),
  }
}
