import * as v from 'valibot'
import type { Quote, Speaker } from '../quotes/types.ts'

/**
 * The article JSON contract (`../shared/DESIGN.md`, "The contract"). Validated by ingest before anything is
 * written and by the reader when data arrives. valibot: small in the browser and free of `eval`/`new Function`.
 */
export const SCHEMA_VERSION = 2
/**
 * Versions the reader still reads. Version 2 adds `archiveId` to a speaker; a version 1 post reads the same,
 * its speakers simply without links to their pages across the archive.
 */
export const READABLE_SCHEMA_VERSIONS = [1, SCHEMA_VERSION] as const

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SPEAKER_ID_PATTERN = /^[a-z0-9-]+$/
const QUOTE_ID_PATTERN = /^q[1-9]\d*$/
const ISO_8601 =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/
export const SUMMARY_MAX_LENGTH = 300

const isHttpUrl = (value: string) => /^https?:\/\//i.test(value)

export const SlugSchema = v.pipe(
  v.string(),
  v.regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens'),
)
const IndexSchema = v.pipe(v.number(), v.integer(), v.minValue(0))

export const SpanSchema = v.object({ paragraph: IndexSchema, start: IndexSchema, end: IndexSchema })

export const SpeakerSchema = v.object({
  id: v.pipe(v.string(), v.regex(SPEAKER_ID_PATTERN, 'must be [a-z0-9-]+')),
  name: v.pipe(v.string(), v.nonEmpty()),
  kind: v.picklist(['person', 'organization', 'unnamed']),
  role: v.optional(v.pipe(v.string(), v.nonEmpty())),
  /**
   * Since version 2: the speaker's id across the archive, `/speakers/<archiveId>`, the same in every post that
   * names them (src/article/speaker-identity.ts). Absent for those with no page: unnamed sources, a surname alone.
   */
  archiveId: v.optional(SlugSchema),
  mentions: v.array(SpanSchema),
})
/** A speaker as a post carries it: the engine's speaker, with its archive id once ingest has given it one. */
export type ArticleSpeaker = v.InferOutput<typeof SpeakerSchema>

export const QuoteSchema = v.object({
  id: v.pipe(v.string(), v.regex(QUOTE_ID_PATTERN, 'must be q1, q2, …')),
  kind: v.picklist(['direct', 'indirect', 'mixed']),
  speakerId: v.nullable(v.string()),
  spans: v.pipe(v.array(SpanSchema), v.minLength(1)),
  cue: v.optional(SpanSchema),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
})

export const PostLinkSchema = v.object({ slug: SlugSchema, title: v.pipe(v.string(), v.nonEmpty()) })

const ArticleShape = v.object({
  schemaVersion: v.picklist(READABLE_SCHEMA_VERSIONS),
  slug: SlugSchema,
  title: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  published: v.optional(v.pipe(v.string(), v.regex(ISO_8601, 'must be an ISO 8601 date or date-time'))),
  byline: v.optional(v.pipe(v.string(), v.nonEmpty())),
  source: v.optional(
    v.object({
      name: v.pipe(v.string(), v.nonEmpty()),
      url: v.optional(v.pipe(v.string(), v.url(), v.check(isHttpUrl, 'must be an http or https URL'))),
    }),
  ),
  summary: v.pipe(v.string(), v.maxLength(SUMMARY_MAX_LENGTH)),
  paragraphs: v.pipe(v.array(v.string()), v.minLength(1, 'must hold at least one paragraph')),
  speakers: v.array(SpeakerSchema),
  quotes: v.array(QuoteSchema),
  prev: v.nullable(PostLinkSchema),
  next: v.nullable(PostLinkSchema),
})

type ArticleShapeOutput = v.InferOutput<typeof ArticleShape>

/** A span covers at least one character and ends inside its paragraph. */
export function spanInBounds(paragraphs: readonly string[], span: v.InferOutput<typeof SpanSchema>): boolean {
  const text = paragraphs[span.paragraph]
  return text !== undefined && span.start < span.end && span.end <= text.length
}

/** Cross-field rules a shape alone cannot express: references resolve, spans fit, ids are unique. */
function referenceProblems(article: ArticleShapeOutput): string[] {
  const problems: string[] = []
  const speakerIds = new Set<string>()
  for (const speaker of article.speakers) {
    if (speakerIds.has(speaker.id)) problems.push(`speakers: duplicate id "${speaker.id}"`)
    speakerIds.add(speaker.id)
    if (speaker.mentions.some((span) => !spanInBounds(article.paragraphs, span)))
      problems.push(`speakers[${speaker.id}].mentions: a span lies outside its paragraph`)
  }
  article.quotes.forEach((quote, index) => {
    if (quote.id !== `q${index + 1}`)
      problems.push(`quotes[${index}].id: expected "q${index + 1}", got "${quote.id}"`)
    if (quote.speakerId !== null && !speakerIds.has(quote.speakerId))
      problems.push(`quotes[${index}].speakerId: unknown speaker "${quote.speakerId}"`)
    if (quote.spans.some((span) => !spanInBounds(article.paragraphs, span)))
      problems.push(`quotes[${index}].spans: a span lies outside its paragraph`)
    if (quote.cue && !spanInBounds(article.paragraphs, quote.cue))
      problems.push(`quotes[${index}].cue: the span lies outside its paragraph`)
  })
  return problems
}

export const ArticleSchema = v.pipe(
  ArticleShape,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    for (const message of referenceProblems(dataset.value)) addIssue({ message })
  }),
)

export type Article = v.InferOutput<typeof ArticleSchema>

/**
 * An article as it may arrive from elsewhere: the contract without `speakers` and `quotes`, which the reader
 * then finds with the engine. Everything else is checked as strictly as ever.
 */
export const ArticleWithoutQuotesSchema = v.object({
  ...ArticleShape.entries,
  speakers: v.optional(v.array(SpeakerSchema)),
  quotes: v.optional(v.array(QuoteSchema)),
})
export type ArticleWithoutQuotes = v.InferOutput<typeof ArticleWithoutQuotesSchema>
export type PostLink = v.InferOutput<typeof PostLinkSchema>

export const PostSummarySchema = v.object({
  slug: SlugSchema,
  title: v.pipe(v.string(), v.nonEmpty()),
  published: v.optional(v.string()),
  summary: v.string(),
  speakers: v.array(v.string()),
  // Added after DESIGN.md's list: each speaker's page across the archive, beside their name (null for a source
  // without one). Optional, so pages written before it still read; the names then show without links.
  speakerIds: v.optional(v.array(v.nullable(v.string()))),
  // Added after DESIGN.md's list: a sample post, marked as fiction in lists too. Optional, so pages written
  // before it still read.
  fiction: v.optional(v.literal(true)),
})
export type PostSummary = v.InferOutput<typeof PostSummarySchema>

/** One line per problem, each naming the field: `paragraphs: must hold at least one paragraph`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue)
    return path ? `${path}: ${issue.message}` : issue.message
  })
}

// The engine's output must fit the contract exactly; this fails to compile if either drifts.
type Assignable<T extends U, U> = T
export type EngineQuoteFitsContract = Assignable<Quote, v.InferOutput<typeof QuoteSchema>>
export type EngineSpeakerFitsContract = Assignable<Speaker, v.InferOutput<typeof SpeakerSchema>>
