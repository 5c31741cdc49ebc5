import { describe, expect, test } from 'vitest'
import { searchShards } from './search-shards.ts'

const sizes = (count: number, unit: number) => searchShards(count, unit).map((shard) => shard.size)

describe('searchShards', () => {
  test('a binary counter of units, largest and oldest first, then the newest posts', () => {
    expect(sizes(10_000, 512)).toEqual([8192, 1024, 512, 272])
    expect(sizes(11, 4)).toEqual([8, 3])
    expect(sizes(3, 4)).toEqual([3])
    expect(sizes(0, 4)).toEqual([])
    expect(searchShards(10_000, 512).map((shard) => shard.start)).toEqual([0, 8192, 9216, 9728])
  })

  test('every post is in exactly one shard, in order', () => {
    for (const count of [1, 7, 8, 9, 100, 1023, 1024, 1025]) {
      const shards = searchShards(count, 8)
      let next = 0
      for (const shard of shards) {
        expect(shard.start).toBe(next)
        next += shard.size
      }
      expect(next).toBe(count)
    }
  })

  test('a new post changes only the newest shard, unless it completes a unit', () => {
    const unit = 8
    let carries = 0
    for (let count = 1; count < 500; count++) {
      const before = searchShards(count, unit)
      const after = searchShards(count + 1, unit)
      const kept = before.filter((shard) =>
        after.some((other) => other.start === shard.start && other.size === shard.size),
      )
      if ((count + 1) % unit === 0) carries++
      // All shards but the newest are kept, except when a unit fills and carries into larger shards.
      else expect(kept).toEqual(before.filter((shard) => shard.size % unit === 0 && shard.size >= unit))
    }
    expect(carries).toBe(62)
  })

  test('few shards for a large archive: one per bit of the unit count, and the rest', () => {
    expect(sizes(10_000, 1024)).toEqual([8192, 1024, 784])
    expect(sizes(100_000, 1024)).toEqual([65_536, 32_768, 1024, 672])
  })
})
