import type { Article } from '../article/schema.ts'
import {
  SPEAKER_QUOTES_PER_PAGE,
  SPEAKERS_PER_PAGE,
  type SpeakerIndex,
  type SpeakerOrder,
  type SpeakerPage,
  type SpeakerQuote,
  type SpeakerQuotesPage,
  type SpeakerSummary,
} from '../article/speaker-archive.ts'
import { typographic } from '../article/typography.ts'

/** One speaker gathered across the archive, before paging. */
interface Gathered {
  id: string
  /** Each name and kind the posts gave them, with how often, for the canonical one. */
  names: Map<string, number>
  kinds: Map<'person' | 'organization', number>
  roles: Map<string, { role: string; first?: string; last?: string }>
  posts: Set<string>
  /** Newest first, as the posts arrive newest first. */
  quotes: SpeakerQuote[]
  /** The role the newest post gave. */
  latestRole?: string
}

/** What one post adds to the speaker pages: who it quotes, and each quotation as a speaker page shows it. */
export interface SpeakerContribution {
  post: SpeakerQuote['post']
  /** Each speaker the post quotes, as the post names them; two may share an id ("the Board", "Board"). */
  speakers: Array<{ id: string; name: string; kind: 'person' | 'organization'; role?: string }>
  /** In the post's order, each with its speaker's id. */
  quotes: Array<{ id: string; quote: SpeakerQuote }>
}

/**
 * A post's part in the speaker pages, small beside the post itself: ingest keeps this of each post, not the
 * post, so the archive is never held whole. Unnamed sources and single-word names have no page.
 */
export function contributionOf(article: Article): SpeakerContribution {
  // One object for the post, shared by its quotations.
  const post = {
    slug: article.slug,
    title: article.title,
    ...(article.published ? { published: article.published } : {}),
  }
  const archiveIds = new Map<string, string>()
  const speakers: SpeakerContribution['speakers'] = []
  for (const speaker of article.speakers) {
    const id = speaker.archiveId
    if (!id || speaker.kind === 'unnamed') continue
    archiveIds.set(speaker.id, id)
    if (!article.quotes.some((quote) => quote.speakerId === speaker.id)) continue
    speakers.push({
      id,
      name: speaker.name,
      kind: speaker.kind,
      ...(speaker.role ? { role: speaker.role } : {}),
    })
  }
  const quotes: SpeakerContribution['quotes'] = []
  for (const quote of article.quotes) {
    const id = quote.speakerId ? archiveIds.get(quote.speakerId) : undefined
    if (!id) continue
    quotes.push({
      id,
      quote: {
        post,
        quoteId: quote.id,
        kind: quote.kind,
        excerpts: quote.spans.map((span) => excerptOf(article.paragraphs[span.paragraph] ?? '', span)),
        confidence: quote.confidence,
      },
    })
  }
  return { post, speakers, quotes }
}

/**
 * Everyone quoted across the archive: their pages of quotations and the pages listing them, from each post's
 * contribution, newest post first (the home page's order).
 */
export function gatherSpeakers(newestFirst: readonly SpeakerContribution[]): {
  speakers: SpeakerPages[]
  index: Record<SpeakerOrder, SpeakerIndex[]>
} {
  const byId = new Map<string, Gathered>()
  const gatheredOf = (id: string) => {
    const gathered = byId.get(id) ?? newGathered(id)
    byId.set(id, gathered)
    return gathered
  }
  for (const { post, speakers, quotes } of newestFirst) {
    for (const speaker of speakers) {
      const gathered = gatheredOf(speaker.id)
      gathered.names.set(speaker.name, (gathered.names.get(speaker.name) ?? 0) + 1)
      gathered.kinds.set(speaker.kind, (gathered.kinds.get(speaker.kind) ?? 0) + 1)
      gathered.posts.add(post.slug)
      if (speaker.role) {
        gathered.latestRole ??= speaker.role
        noteRole(gathered.roles, speaker.role, post.published)
      }
    }
    for (const { id, quote } of quotes) gatheredOf(id).quotes.push(quote)
  }
  const gathered = [...byId.values()].filter((speaker) => speaker.quotes.length > 0)
  const summaries = new Map(gathered.map((speaker) => [speaker.id, summaryOf(speaker)]))
  const speakers = gathered.map((speaker) => pagesOf(speaker, summaries.get(speaker.id) as SpeakerSummary))
  const all = [...summaries.values()]
  const mostQuoted = [...all].sort(
    (a, b) => b.quoteCount - a.quoteCount || sortKey(a).localeCompare(sortKey(b), 'en'),
  )
  const alphabetical = [...all].sort(
    (a, b) => sortKey(a).localeCompare(sortKey(b), 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  )
  return {
    speakers,
    index: { quoted: indexPages('quoted', mostQuoted), az: indexPages('az', alphabetical) },
  }
}

function newGathered(id: string): Gathered {
  return { id, names: new Map(), kinds: new Map(), roles: new Map(), posts: new Set(), quotes: [] }
}

/** Roles that differ only in case or marks are one role; the dates are those of the posts that gave it. */
function noteRole(roles: Gathered['roles'], role: string, published: string | undefined): void {
  const key = typographic(role).toLowerCase()
  const entry = roles.get(key) ?? { role }
  if (published) {
    const date = published.slice(0, 10)
    if (!entry.first || date < entry.first) entry.first = date
    if (!entry.last || date > entry.last) entry.last = date
  }
  roles.set(key, entry)
}

/** The most frequent of the counted values; ties go to the one met first (the newest post's). */
function mostFrequent<T>(counts: ReadonlyMap<T, number>): T {
  let best: T | undefined
  let bestCount = -1
  for (const [value, count] of counts)
    if (count > bestCount) {
      best = value
      bestCount = count
    }
  return best as T
}

function summaryOf(speaker: Gathered): SpeakerSummary {
  const dates = speaker.quotes
    .map((quote) => quote.post.published?.slice(0, 10))
    .filter((date): date is string => date !== undefined)
    .sort()
  return {
    id: speaker.id,
    name: mostFrequent(speaker.names).replace(/^the\s+/i, ''),
    kind: mostFrequent(speaker.kinds),
    ...(speaker.latestRole ? { role: speaker.latestRole } : {}),
    quoteCount: speaker.quotes.length,
    postCount: speaker.posts.size,
    ...(dates.length > 0 ? { first: dates[0], last: dates[dates.length - 1] } : {}),
  }
}

/** Quotations per month from the first month quoted to the last, months with none included. */
export function monthsOf(quotes: readonly SpeakerQuote[]): SpeakerPage['months'] {
  const counts = new Map<string, number>()
  for (const quote of quotes) {
    const month = quote.post.published?.slice(0, 7)
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1)
  }
  const months = [...counts.keys()].sort()
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return []
  const series: SpeakerPage['months'] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    series.push({ month: key, count: counts.get(key) ?? 0 })
    if (key === last) return series
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
}

/** A speaker's page, and their pages of older quotations, page 1 the oldest. */
export interface SpeakerPages {
  page: SpeakerPage
  older: SpeakerQuotesPage[]
}

/**
 * Pages of SPEAKER_QUOTES_PER_PAGE counted from the first quotation, so each keeps its quotations as more are
 * said. The speaker's page shows the last page, full or not, and the full one before it, so it never shows
 * only one or two; the pages before those are the older ones.
 */
function pagesOf(speaker: Gathered, summary: SpeakerSummary): SpeakerPages {
  const roles = [...speaker.roles.values()].sort(
    (a, b) => (b.last ?? '').localeCompare(a.last ?? '') || a.role.localeCompare(b.role),
  )
  const oldestFirst = postsReversed(speaker.quotes)
  const pageCount = Math.ceil(oldestFirst.length / SPEAKER_QUOTES_PER_PAGE)
  const olderCount = Math.max(0, pageCount - 2)
  const newestFirst = (from: number, to?: number) => postsReversed(oldestFirst.slice(from, to))
  return {
    page: {
      ...summary,
      roles,
      months: monthsOf(speaker.quotes),
      quotes: newestFirst(olderCount * SPEAKER_QUOTES_PER_PAGE),
      olderPage: olderCount > 0 ? olderCount : null,
    },
    older: Array.from({ length: olderCount }, (_, index) => ({
      id: summary.id,
      name: summary.name,
      page: index + 1,
      quotes: newestFirst(index * SPEAKER_QUOTES_PER_PAGE, (index + 1) * SPEAKER_QUOTES_PER_PAGE),
      newerPage: index + 2 <= olderCount ? index + 2 : null,
    })),
  }
}

/** The quotations with their posts in the other order, each post's own in the order it reads. */
function postsReversed(quotes: readonly SpeakerQuote[]): SpeakerQuote[] {
  const runs: SpeakerQuote[][] = []
  for (const quote of quotes) {
    const run = runs[runs.length - 1]
    if (run && run[0]?.post.slug === quote.post.slug) run.push(quote)
    else runs.push([quote])
  }
  return runs.reverse().flat()
}

/** People by surname ("Kirby, John"), bodies by name without "the": how an index is read. */
function sortKey(speaker: Pick<SpeakerSummary, 'name' | 'kind'>): string {
  if (speaker.kind !== 'person') return speaker.name.replace(/^the\s+/i, '')
  const words = speaker.name.split(/\s+/)
  return `${words[words.length - 1] ?? ''} ${words.slice(0, -1).join(' ')}`
}

function indexPages(order: SpeakerOrder, speakers: readonly SpeakerSummary[]): SpeakerIndex[] {
  const pageCount = Math.max(1, Math.ceil(speakers.length / SPEAKERS_PER_PAGE))
  return Array.from({ length: pageCount }, (_, index) => ({
    order,
    page: index + 1,
    pageCount,
    total: speakers.length,
    speakers: speakers.slice(index * SPEAKERS_PER_PAGE, (index + 1) * SPEAKERS_PER_PAGE),
  }))
}

/** How far an excerpt reaches either side of the quoted words, at most, before it is cut at a word. */
const EXCERPT_REACH = 160
const SENTENCE_BREAK = /[.!?…]["”’)]*\s+/g

/**
 * The quoted words and the rest of their sentence either side, so a reader sees them as said: "the plan",
 * she said, "is working" reads with its cue. Cut with an ellipsis past EXCERPT_REACH characters.
 */
export function excerptOf(
  paragraph: string,
  span: { start: number; end: number },
): SpeakerQuote['excerpts'][number] {
  let sentenceStart = 0
  for (const match of paragraph.slice(0, span.start).matchAll(SENTENCE_BREAK))
    sentenceStart = match.index + match[0].length
  const rest = paragraph.slice(span.end)
  const breakAfter = /[.!?…]["”’)]*(?:\s|$)/.exec(rest)
  const sentenceEnd = breakAfter
    ? span.end + breakAfter.index + breakAfter[0].trimEnd().length
    : paragraph.length
  let before = paragraph.slice(sentenceStart, span.start)
  let after = paragraph.slice(span.end, sentenceEnd)
  if (before.length > EXCERPT_REACH)
    before = `…${before.slice(before.indexOf(' ', before.length - EXCERPT_REACH))}`
  if (after.length > EXCERPT_REACH) after = `${after.slice(0, after.lastIndexOf(' ', EXCERPT_REACH))} …`
  return { before, quoted: paragraph.slice(span.start, span.end), after }
}
