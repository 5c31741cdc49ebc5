import type { Article } from '../article/schema.ts'
import { displayName } from '../article/display-name.ts'
import { archiveSpeakerId } from '../article/speaker-identity.ts'

/** One thing search can find: a post, or one quotation in it. What Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}

/**
 * The search records for one post: the post itself (its title and text) and each of its quotations (the
 * quoted words), so a query finds the quotation as well as the post, and a result can say who said it and
 * open on it. Filters by speaker id (`/search?speaker=<id>`): a quotation carries its speaker's, a post
 * those of everyone it quotes. Records are built from the post's data, not scraped from its HTML, so the
 * words are exactly the post's and the speaker exactly the engine's.
 */
export function searchRecords(article: Article): SearchRecord[] {
  const published: Record<string, string> = article.published
    ? { published: article.published.slice(0, 10) }
    : {}
  const bySpeakerId = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  const quoted = new Set<string>()
  const quotations: SearchRecord[] = []
  for (const quote of article.quotes) {
    const speaker = quote.speakerId ? bySpeakerId.get(quote.speakerId) : undefined
    const archiveId = speaker ? archiveSpeakerId(speaker) : null
    if (archiveId) quoted.add(archiveId)
    const words = quote.spans
      .map((span) => article.paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '')
      .join(' … ')
    quotations.push({
      url: `/posts/${article.slug}#${quote.id}`,
      content: words,
      language: 'en',
      meta: {
        title: article.title,
        kind: quote.kind,
        confidence: String(quote.confidence),
        ...(speaker ? { speaker: displayName(speaker, article.paragraphs) } : {}),
        ...(archiveId ? { speakerId: archiveId } : {}),
        ...published,
      },
      filters: archiveId ? { speaker: [archiveId] } : {},
    })
  }
  const post: SearchRecord = {
    url: `/posts/${article.slug}`,
    content: [article.title, ...article.paragraphs].join('\n\n'),
    language: 'en',
    meta: { title: article.title, ...published },
    filters: quoted.size > 0 ? { speaker: [...quoted].sort() } : {},
  }
  return [post, ...quotations]
}
