import * as v from 'valibot'
import { PostSummarySchema } from './schema.ts'

/**
 * The archive's data, beside the article contract (which it does not change). The archive is kept by month,
 * as newsrooms keep theirs: a post that arrives changes its own month's page, the home page and the list of
 * months, and no other page. (Pages counted from the newest would all shift by one post each time.)
 *
 * - `/data/latest.json`: the home page, the newest LATEST_SIZE posts.
 * - `/data/archive/<YYYY-MM>.json` (or `undated.json`): every post of a month, newest first.
 * - `/data/archive/index.json`: the months, newest first, with how many posts each holds.
 */

/** Posts on the home page. */
export const LATEST_SIZE = 20

/** Posts without a date: taken to be older than the archive's dates, so they come last, in their own month. */
export const UNDATED = 'undated'

/** A year and month, "2026-11": the archive's months and the speaker pages' chart. */
export const MONTH_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])$/
export const MonthSchema = v.pipe(v.string(), v.regex(MONTH_PATTERN, 'must be YYYY-MM'))

export const MonthKeySchema = v.union([MonthSchema, v.literal(UNDATED)])
export type MonthKey = v.InferOutput<typeof MonthKeySchema>

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0))

export const LatestSchema = v.object({
  total: CountSchema,
  /** Newest first. */
  posts: v.array(PostSummarySchema),
  /** The month of the oldest post shown, where the reader goes on to older posts; null in an empty archive. */
  continues: v.nullable(MonthKeySchema),
})
export type Latest = v.InferOutput<typeof LatestSchema>

export const MonthPageSchema = v.object({
  month: MonthKeySchema,
  /** Newest first. */
  posts: v.array(PostSummarySchema),
  /** The nearest months either side that have posts. */
  newer: v.nullable(MonthKeySchema),
  older: v.nullable(MonthKeySchema),
})
export type MonthPage = v.InferOutput<typeof MonthPageSchema>

export const ArchiveIndexSchema = v.object({
  total: CountSchema,
  /** Newest first, only months with posts. */
  months: v.array(v.object({ month: MonthKeySchema, count: CountSchema })),
})
export type ArchiveIndex = v.InferOutput<typeof ArchiveIndexSchema>

/** The month a post is kept under: its date's year and month, or UNDATED. */
export function monthOf(published: string | undefined): MonthKey {
  const month = published?.slice(0, 7)
  return month && MONTH_PATTERN.test(month) ? month : UNDATED
}
