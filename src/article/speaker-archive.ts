import * as v from 'valibot'
import { SlugSchema } from './schema.ts'

/**
 * The speaker pages' data, beside the article contract (which it does not change): one file per page of a
 * speaker's quotations, `/data/speakers/<id>/<n>.json`, each carrying the speaker's header, so opening any page
 * costs one request; and the pages of everyone quoted, `/data/speakers/<order>/<n>.json`.
 */

/** Quotations on one page of a speaker's; a speaker with thousands of them is paged. */
export const SPEAKER_QUOTES_PER_PAGE = 50
/** Speakers on one page of `/speakers`. */
export const SPEAKERS_PER_PAGE = 100

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0))
const PageNumberSchema = v.pipe(v.number(), v.integer(), v.minValue(1))
const SpeakerIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug'))
const MonthSchema = v.pipe(v.string(), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'must be YYYY-MM'))

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
  page: PageNumberSchema,
  pageCount: PageNumberSchema,
  /** Newest first. */
  quotes: v.array(SpeakerQuoteSchema),
})
export type SpeakerPage = v.InferOutput<typeof SpeakerPageSchema>

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
