import type { Article } from '../article/schema.ts'
import { displayName } from '../article/display-name.ts'
import { encodeQuoteFacts, type QuoteFacts } from '../reader/search/quote-facts.ts'
import { escapeHtml } from './head.ts'

/** One page for Pagefind's `addHTMLFile`: the address search results link to, and what it indexes there. */
export interface SearchPage {
  url: string
  content: string
}

/**
 * The page search indexes for one post: its title and text, then each quotation under a heading with its
 * id, so a query finds the post once and Pagefind gives the quotations it matched as sub-results that link
 * to `#qN`. One record a post (not one a quotation) keeps the index small at 100,000 posts. Filters by
 * speaker id (`/search?speaker=<id>`); the quotations' speakers travel in the page's meta. All text escaped.
 */
export function searchPage(article: Article): SearchPage {
  const bySpeakerId = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  const quoted = new Set<string>()
  const facts = new Map<string, QuoteFacts>()
  const sections: string[] = []
  for (const quote of article.quotes) {
    const speaker = quote.speakerId ? bySpeakerId.get(quote.speakerId) : undefined
    const speakerId = speaker?.archiveId ?? null
    if (speakerId) quoted.add(speakerId)
    const name = speaker ? displayName(speaker, article.paragraphs) : null
    facts.set(quote.id, { speakerId, speaker: name, kind: quote.kind, confidence: quote.confidence })
    const words = quote.spans
      .map((span) => article.paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '')
      .join(' … ')
    sections.push(
      `<h2 id="${quote.id}">${escapeHtml(name ?? 'Unattributed')}</h2><p>${escapeHtml(words)}</p>`,
    )
  }
  const meta = [
    ...(article.published ? [`published:${article.published.slice(0, 10)}`] : []),
    ...(facts.size > 0 ? [`quotes:${encodeQuoteFacts(facts)}`] : []),
  ]
  const content = [
    '<html lang="en"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    ...article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...sections,
    ...meta.map((value) => `<span data-pagefind-meta="${escapeHtml(value)}"></span>`),
    ...[...quoted].sort().map((id) => `<span data-pagefind-filter="speaker:${id}"></span>`),
    '</main></body></html>',
  ].join('\n')
  return { url: `/posts/${article.slug}`, content }
}
