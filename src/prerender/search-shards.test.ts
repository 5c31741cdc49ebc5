import { describe, expect, test } from 'vitest'
import { searchShards } from './search-shards.ts'

const sizes = (count: number, unit: number) => searchShards(count, unit).map((shard) => shard.size)

describe('searchShards', () => {
  test('a binary counter of units, largest and oldest first, then the newest posts', () => {
    expect(searchShards(10_000, 512, 16).map((shard) => shard.size)).toEqual([8192, 1024, 512, 272])
    expect(sizes(11, 4)).toEqual([8, 3])
    expect(sizes(3, 4)).toEqual([3])
    expect(sizes(0, 4)).toEqual([])
    expect(searchShards(10_000, 512, 16).map((shard) => shard.start)).toEqual([0, 8192, 9216, 9728])
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

  test('no shard larger than the cap: past it, shards of the cap follow one another', () => {
    expect(sizes(10_000, 512)).toEqual([4096, 4096, 1024, 512, 272])
    const large = sizes(100_000, 512)
    expect(large.filter((size) => size === 4096)).toHaveLength(24)
    expect(large.slice(24)).toEqual([1024, 512, 160])
    expect(Math.max(...sizes(1_000_000, 512))).toBe(4096)
  })

  test('past the cap too, a new post changes only the newest shard, unless it completes a unit', () => {
    const unit = 4
    for (let count = 1; count < 300; count++) {
      const before = searchShards(count, unit, 4)
      const after = searchShards(count + 1, unit, 4)
      const kept = before.filter((shard) =>
        after.some((other) => other.start === shard.start && other.size === shard.size),
      )
      if ((count + 1) % unit !== 0)
        expect(kept).toEqual(before.filter((shard) => shard.size % unit === 0 && shard.size >= unit))
      // A carry never reaches a shard of the cap's size.
      else expect(kept).toEqual(expect.arrayContaining(before.filter((shard) => shard.size === 4 * unit)))
    }
  })
})
