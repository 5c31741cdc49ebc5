import * as v from 'valibot'
import type { Quote } from '../quotes/types.ts'
import { Occupied } from './occupied.ts'
import { wellFormedDeep } from './well-formed.ts'
import {
  PostLinkSchema,
  QuoteSchema,
  READABLE_SCHEMA_VERSIONS,
  SCHEMA_VERSION,
  SlugSchema,
  SpeakerSchema,
  ArticleWithoutQuotesSchema,
  describeIssues,
  spanInBounds,
  type ArticleSpeaker,
  type ArticleWithoutQuotes,
} from './schema.ts'

/**
 * Article JSON from anywhere, read as far as it can be trusted. The parts a page cannot exist without (the
 * schema version, slug, title and paragraphs) must be right, or the whole is refused with the reasons; every
 * other part that breaks the contract is dropped and named in `dropped`, so one bad quotation costs a
 * highlight, never the article. Spans are rechecked against the text, since a shape can be right and still
 * point outside its paragraph.
 */
export type Salvaged =
  { ok: true; article: ArticleWithoutQuotes; dropped: string[] } | { ok: false; problems: string[] }

const entries = ArticleWithoutQuotesSchema.entries
const TitleSchema = entries.title
const ParagraphsSchema = v.pipe(v.array(v.unknown()), v.minLength(1, 'must hold at least one paragraph'))

/** What is wrong with one part, in one line. */
const describe = (issues: readonly v.BaseIssue<unknown>[]) => describeIssues(issues).join('; ')

function salvageSpeakers(raw: unknown[], paragraphs: readonly string[], dropped: string[]): ArticleSpeaker[] {
  const speakers: ArticleSpeaker[] = []
  const seen = new Set<string>()
  raw.forEach((item, index) => {
    const result = v.safeParse(SpeakerSchema, item)
    if (!result.success) return dropped.push(`speakers[${index}]: ${describe(result.issues)}`)
    const speaker = result.output
    if (seen.has(speaker.id)) return dropped.push(`speakers[${index}]: duplicate id "${speaker.id}"`)
    seen.add(speaker.id)
    const mentions = speaker.mentions.filter((span) => spanInBounds(paragraphs, span))
    if (mentions.length < speaker.mentions.length)
      dropped.push(
        `speakers[${index}].mentions: ${speaker.mentions.length - mentions.length} outside the text`,
      )
    speakers.push({ ...speaker, mentions })
  })
  return speakers
}

function salvageQuotes(
  raw: unknown[],
  paragraphs: readonly string[],
  speakerIds: ReadonlySet<string>,
  dropped: string[],
): Quote[] {
  const quotes: Quote[] = []
  const ids = new Set<string>()
  const occupied = new Occupied()
  raw.forEach((item, index) => {
    const result = v.safeParse(QuoteSchema, item)
    if (!result.success) return dropped.push(`quotes[${index}]: ${describe(result.issues)}`)
    const quote: Quote = { ...result.output }
    if (ids.has(quote.id)) return dropped.push(`quotes[${index}]: duplicate id "${quote.id}"`)
    if (!quote.spans.every((span) => spanInBounds(paragraphs, span)))
      return dropped.push(`quotes[${index}].spans: a span lies outside its paragraph`)
    if (quote.spans.some((span) => occupied.overlaps(span)))
      return dropped.push(`quotes[${index}].spans: overlaps an earlier quotation`)
    if (quote.speakerId !== null && !speakerIds.has(quote.speakerId)) {
      dropped.push(`quotes[${index}].speakerId: unknown speaker "${quote.speakerId}", shown unattributed`)
      quote.speakerId = null
    }
    if (quote.cue && !spanInBounds(paragraphs, quote.cue)) {
      dropped.push(`quotes[${index}].cue: the span lies outside its paragraph`)
      delete quote.cue
    }
    ids.add(quote.id)
    quote.spans.forEach((span) => occupied.take(span))
    quotes.push(quote)
  })
  return quotes
}

/** An optional field: kept when it fits the contract, else dropped with the reason. */
function optional<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  field: string,
  dropped: string[],
): v.InferOutput<TSchema> | undefined {
  if (value === undefined) return undefined
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  dropped.push(`${field}: ${describe(result.issues)}`)
  return undefined
}

/** A source with a bad address keeps its name, shown as text; only the link is lost. */
function salvageSource(value: unknown, dropped: string[]): ArticleWithoutQuotes['source'] {
  if (value === undefined) return undefined
  const whole = v.safeParse(entries.source, value)
  if (whole.success) return whole.output
  const named = v.safeParse(entries.source, { name: (value as { name?: unknown } | null)?.name })
  dropped.push(`source: ${describe(whole.issues)}`)
  return named.success ? named.output : undefined
}

export function salvageArticle(data: unknown): Salvaged {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, problems: ['the data is not an article object'] }
  const raw = wellFormedDeep(data) as Record<string, unknown>

  const version = raw.schemaVersion
  const readableVersion = READABLE_SCHEMA_VERSIONS.find((readable) => readable === version)
  if (readableVersion === undefined) {
    const newer = typeof version === 'number' && version > SCHEMA_VERSION
    return {
      ok: false,
      problems: [
        newer
          ? `schemaVersion: ${version} is newer than this reader understands (${SCHEMA_VERSION}); reload the page for the latest Verbatim`
          : `schemaVersion: expected one of ${READABLE_SCHEMA_VERSIONS.join(', ')}, got ${JSON.stringify(version) ?? 'nothing'}`,
      ],
    }
  }

  const problems: string[] = []
  const slug = v.safeParse(SlugSchema, raw.slug)
  if (!slug.success) problems.push(`slug: ${describe(slug.issues)}`)
  const title = v.safeParse(TitleSchema, raw.title)
  if (!title.success) problems.push(`title: ${describe(title.issues)}`)
  const paragraphList = v.safeParse(ParagraphsSchema, raw.paragraphs)
  if (!paragraphList.success) problems.push(`paragraphs: ${describe(paragraphList.issues)}`)
  if (!slug.success || !title.success || !paragraphList.success) return { ok: false, problems }

  const dropped: string[] = []
  // A paragraph that is not text becomes empty rather than vanishing, so the indices spans use stay right.
  const paragraphs = paragraphList.output.map((paragraph, index) => {
    if (typeof paragraph === 'string') return paragraph
    dropped.push(`paragraphs[${index}]: not text`)
    return ''
  })

  const summary = optional(entries.summary, raw.summary ?? '', 'summary', dropped)
  const published = optional(entries.published, raw.published, 'published', dropped)
  const byline = optional(entries.byline, raw.byline, 'byline', dropped)
  const source = salvageSource(raw.source, dropped)
  const article: ArticleWithoutQuotes = {
    schemaVersion: readableVersion,
    slug: slug.output,
    title: title.output,
    ...(published !== undefined && { published }),
    ...(byline !== undefined && { byline }),
    ...(source !== undefined && { source }),
    summary: summary ?? '',
    paragraphs,
    prev: optional(PostLinkSchema, raw.prev ?? undefined, 'prev', dropped) ?? null,
    next: optional(PostLinkSchema, raw.next ?? undefined, 'next', dropped) ?? null,
  }

  // Without both lists the reader finds the quotations itself; half a pair cannot be trusted.
  if (Array.isArray(raw.speakers) && Array.isArray(raw.quotes)) {
    article.speakers = salvageSpeakers(raw.speakers, paragraphs, dropped)
    const speakerIds = new Set(article.speakers.map((speaker) => speaker.id))
    article.quotes = salvageQuotes(raw.quotes, paragraphs, speakerIds, dropped)
  } else if (raw.speakers !== undefined || raw.quotes !== undefined) {
    dropped.push('speakers, quotes: not both lists, so the quotations are found again')
  }
  return { ok: true, article, dropped }
}
