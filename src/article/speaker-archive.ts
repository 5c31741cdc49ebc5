import * as v from 'valibot'
import { MonthSchema } from './post-archive.ts'
import { SlugSchema } from './schema.ts'

/**
 * The speaker pages' data, beside the article contract (which it does not change):
 * - `/data/speakers/<id>/latest.json`: the speaker's page, with their header (counts, roles, the chart) and
 *   their newest quotations;
 * - `/data/speakers/<id>/<n>.json`: their older quotations, SPEAKER_QUOTES_PER_PAGE a page, numbered from the
 *   first: page n holds quotations (n - 1) × 25 + 1 to n × 25, whatever is said later, so a new quotation
 *   changes the speaker's page and at most two of these (pages counted from the newest would all shift);
 * - `/data/speaker-lists/<order>/<n>.json`: the pages of everyone quoted.
 */

/** Quotations on one page of a speaker's older ones; the speaker's own page shows one to two pages' worth. */
export const SPEAKER_QUOTES_PER_PAGE = 25
/** Speakers on one page of `/speakers`. */
export const SPEAKERS_PER_PAGE = 100

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0))
const PageNumberSchema = v.pipe(v.number(), v.integer(), v.minValue(1))
const SpeakerIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug'))

/** A quotation as a speaker page shows it: its words, the sentence around them, and where it stands. */
export const SpeakerQuoteSchema = v.object({
  post: v.object({ slug: SlugSchema, title: v.string(), published: v.optional(v.string()) }),
  /** The quotation's id in its post: the link is `/posts/<slug>#<quoteId>`. */
  quoteId: v.pipe(v.string(), v.regex(/^q[1-9]\d*$/)),
  kind: v.picklist(['direct', 'indirect', 'mixed']),
  /** One excerpt per paragraph the quotation covers: its words, and the rest of their sentence either side. */
  excerpts: v.array(v.object({ before: v.string(), quoted: v.string(), after: v.string() })),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
})
export type SpeakerQuote = v.InferOutput<typeof SpeakerQuoteSchema>

/** A role a post gave the speaker, with the dates it was first and last used. */
export const SpeakerRoleSchema = v.object({
  role: v.string(),
  first: v.optional(v.string()),
  last: v.optional(v.string()),
})

export const SpeakerSummarySchema = v.object({
  id: SpeakerIdSchema,
  name: v.pipe(v.string(), v.nonEmpty()),
  kind: v.picklist(['person', 'organization']),
  /** The role most recently given, for lists. */
  role: v.optional(v.string()),
  quoteCount: CountSchema,
  postCount: CountSchema,
  first: v.optional(v.string()),
  last: v.optional(v.string()),
})
export type SpeakerSummary = v.InferOutput<typeof SpeakerSummarySchema>

export const SpeakerPageSchema = v.object({
  ...SpeakerSummarySchema.entries,
  roles: v.array(SpeakerRoleSchema),
  /** Quotations per month, oldest first, months with none included, for the chart. */
  months: v.array(v.object({ month: MonthSchema, count: CountSchema })),
  /** The newest quotations, newest first: those past the last full page of older ones. */
  quotes: v.array(SpeakerQuoteSchema),
  /** The newest page of older quotations, or null when the speaker's page shows them all. */
  olderPage: v.nullable(PageNumberSchema),
})
export type SpeakerPage = v.InferOutput<typeof SpeakerPageSchema>

/** A page of a speaker's older quotations. */
export const SpeakerQuotesPageSchema = v.object({
  id: SpeakerIdSchema,
  name: v.pipe(v.string(), v.nonEmpty()),
  page: PageNumberSchema,
  /** Newest first. */
  quotes: v.array(SpeakerQuoteSchema),
  /** The next page of newer quotations, or null when they are on the speaker's page. */
  newerPage: v.nullable(PageNumberSchema),
})
export type SpeakerQuotesPage = v.InferOutput<typeof SpeakerQuotesPageSchema>

/** Which quotations page `page` of older ones holds, counted from the first: 1–25 on page 1. */
export function quotationRange(page: number): { from: number; to: number } {
  return { from: (page - 1) * SPEAKER_QUOTES_PER_PAGE + 1, to: page * SPEAKER_QUOTES_PER_PAGE }
}

/** The two orders `/speakers` offers: most quoted first, and A–Z. */
export const SPEAKER_ORDERS = ['quoted', 'az'] as const
export type SpeakerOrder = (typeof SPEAKER_ORDERS)[number]

export const SpeakerIndexSchema = v.object({
  order: v.picklist(SPEAKER_ORDERS),
  page: PageNumberSchema,
  pageCount: PageNumberSchema,
  total: CountSchema,
  speakers: v.array(SpeakerSummarySchema),
})
export type SpeakerIndex = v.InferOutput<typeof SpeakerIndexSchema>
