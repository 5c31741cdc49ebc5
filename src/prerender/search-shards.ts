/**
 * The search index in shards, so that a new post re-indexes a few hundred posts rather than the archive:
 * Pagefind cannot add a page to an index it wrote, and writing the index of 10,000 posts takes it 20 s. The
 * posts, oldest first, are cut like a binary counter of SEARCH_SHARD_UNIT-post units: 10,000 posts are shards
 * of 4,096, 4,096, 1,024 and 512 posts, then the 272 newest. A new post changes only the newest shard, until
 * it fills a unit and units carry into a larger shard (the larger, the rarer: a shard of 4,096 is rebuilt once
 * every 4,096 posts).
 *
 * Two bounds set the sizes. The unit: each post added re-indexes the newest shard, up to a unit of posts
 * (Pagefind indexes and writes 1,024 posts in 2.5 s, 4,096 in 10 s; a new post is to be built in seconds).
 * The largest shard, SEARCH_SHARD_MAX_UNITS units: Pagefind holds a shard in memory while it writes it,
 * about 300 MB per 1,000 posts (measured: 310 MB at 1,024, 1,236 MB at 4,096), so an uncapped counter would
 * need 19 GB for the 65,536-post shard of a 100,000-post archive. Past the cap, shards of the cap's size follow
 * one another: 100,000 posts are 24 of them and 3 smaller. The search page merges the shards in the browser
 * (src/reader/search/pagefind.ts); each costs a query a little (a later query at 10,000 posts, CPU 4× slower:
 * 300 ms in 3 shards, 317 ms in 4).
 */

/** Posts per unit; an environment variable sets another, so a journey can search across shards of 11 posts. */
export const SEARCH_SHARD_UNIT = Number(process.env.VERBATIM_SEARCH_SHARD_UNIT ?? 512)

/** Posts in the largest shard, in units: a power of two, so that the counter's carries end in it. */
export const SEARCH_SHARD_MAX_UNITS = 8

export interface SearchShard {
  /** The index of its oldest post in the archive, oldest first: also its folder, `pagefind/<start>/`. */
  start: number
  size: number
}

/**
 * The shards of an archive of `count` posts: shards of the largest size, oldest first, then a binary counter of
 * the units left (its largest and oldest first), then the rest.
 */
export function searchShards(
  count: number,
  unit = SEARCH_SHARD_UNIT,
  maxUnits = SEARCH_SHARD_MAX_UNITS,
): SearchShard[] {
  if (!Number.isInteger(unit) || unit < 1)
    throw new Error(`search shards: a unit of ${unit} posts is no unit`)
  const shards: SearchShard[] = []
  let start = 0
  const units = Math.floor(count / unit)
  for (let full = 0; full < Math.floor(units / maxUnits); full++) {
    shards.push({ start, size: maxUnits * unit })
    start += maxUnits * unit
  }
  const left = units % maxUnits
  for (let bit = Math.floor(Math.log2(maxUnits)); bit >= 0; bit--) {
    const size = 2 ** bit * unit
    if (left & (2 ** bit)) {
      shards.push({ start, size })
      start += size
    }
  }
  if (start < count) shards.push({ start, size: count - start })
  return shards
}
