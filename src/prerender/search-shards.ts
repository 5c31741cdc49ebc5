/**
 * The search index in shards, so that a new post re-indexes a few hundred posts rather than the archive:
 * Pagefind cannot add a page to an index it wrote, and writing the index of 10,000 posts takes it 20 s. The
 * posts, oldest first, are cut like a binary counter of SEARCH_SHARD_UNIT-post units: 10,000 posts are shards
 * of 8,192 and 1,024 posts, then the 784 newest. A new post changes only the newest shard, until it fills a
 * unit and units carry into a larger shard (the larger, the rarer: a shard of 8,192 is rebuilt once every
 * 8,192 posts). At most one shard per bit of the unit count, and the rest: 3 at 10,000 posts, 4 at 100,000.
 * The search page merges them in the browser (src/reader/search/pagefind.ts); each shard costs a query a
 * little (a later query at 10,000 posts, CPU 4× slower: 300 ms in 3 shards, 317 ms in 4 of 512-post units),
 * so the unit is as large as a re-index of the newest shard allows (Pagefind writes 1,000 posts in about 2 s).
 */

/** Posts per unit; an environment variable sets another, so a journey can search across shards of 11 posts. */
export const SEARCH_SHARD_UNIT = Number(process.env.VERBATIM_SEARCH_SHARD_UNIT ?? 1024)

export interface SearchShard {
  /** The index of its oldest post in the archive, oldest first: also its folder, `pagefind/<start>/`. */
  start: number
  size: number
}

/** The shards of an archive of `count` posts: whole shards of 2ⁿ units, largest and oldest first, then the rest. */
export function searchShards(count: number, unit = SEARCH_SHARD_UNIT): SearchShard[] {
  if (!Number.isInteger(unit) || unit < 1)
    throw new Error(`search shards: a unit of ${unit} posts is no unit`)
  const shards: SearchShard[] = []
  let start = 0
  const units = Math.floor(count / unit)
  for (let bit = Math.floor(Math.log2(Math.max(units, 1))); bit >= 0; bit--) {
    const size = 2 ** bit * unit
    if (units & (2 ** bit)) {
      shards.push({ start, size })
      start += size
    }
  }
  if (start < count) shards.push({ start, size: count - start })
  return shards
}
