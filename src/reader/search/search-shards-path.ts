/**
 * Where the build lists the search index's shards (src/prerender/search-shards.ts), under the site's root:
 * `{ "shards": ["0/", "8192/", …] }`, each a folder of `pagefind/` holding one Pagefind index.
 */
export const SEARCH_SHARDS_PATH = 'pagefind/shards.json'
