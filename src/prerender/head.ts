import { UNDATED, type ArchiveIndex, type MonthPage } from '../article/post-archive.ts'
import type { Article } from '../article/schema.ts'
import {
  quotationRange,
  type SpeakerIndex,
  type SpeakerPage,
  type SpeakerQuotesPage,
} from '../article/speaker-archive.ts'
import { ARCHIVE_PATH, monthName, monthPath } from '../reader/home/paths.ts'
import { speakerPath, speakersPath } from '../reader/speakers-archive/paths.ts'
import { SITE_DESCRIPTION, SITE_NAME } from '../site.ts'
import { typographic } from '../article/typography.ts'
import { plural } from '../article/text.ts'

/** Text made safe for an HTML attribute or element: the five characters that could end either are escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** JSON for a <script type="application/ld+json">: nothing in it can close the element. */
function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

const meta = (attribute: 'name' | 'property', key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`

function feedLinks(site: string): string[] {
  return [
    `<link rel="alternate" type="application/atom+xml" title="${SITE_NAME}" href="${site}/feed.xml">`,
    `<link rel="alternate" type="application/feed+json" title="${SITE_NAME}" href="${site}/feed.json">`,
  ]
}

function common(title: string, description: string, canonical: string, site: string): string[] {
  return [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', canonical),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    ...feedLinks(site),
  ]
}

/**
 * Everything a post's link carries when pasted into a chat or read by a crawler: title, description, canonical
 * URL, Open Graph, a Twitter card and a schema.org NewsArticle naming the people and organisations it quotes.
 */
export function postHead(article: Article, site: string): string {
  const canonical = `${site}/posts/${article.slug}`
  const title = `${typographic(article.title)} — ${SITE_NAME}`
  const quoted = new Set(article.quotes.map((quote) => quote.speakerId))
  const mentions = article.speakers
    .filter((speaker) => quoted.has(speaker.id) && speaker.kind !== 'unnamed')
    .map((speaker) => ({
      '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
      name: speaker.name,
    }))
  const author = article.byline
    ? { '@type': 'Person', name: article.byline }
    : article.source
      ? { '@type': 'Organization', name: article.source.name }
      : { '@type': 'Organization', name: SITE_NAME }
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: typographic(article.title),
    description: typographic(article.summary),
    url: canonical,
    mainEntityOfPage: canonical,
    ...(article.published ? { datePublished: article.published } : {}),
    author,
    publisher: { '@type': 'Organization', name: SITE_NAME, url: site },
    ...(article.source?.url ? { isBasedOn: article.source.url } : {}),
    mentions,
  }
  return [
    ...common(title, typographic(article.summary), canonical, site),
    meta('property', 'og:type', 'article'),
    ...(article.published ? [meta('property', 'article:published_time', article.published)] : []),
    `<script type="application/ld+json">${jsonLd(structured)}</script>`,
  ].join('\n    ')
}

/** The home page: the site's own description, canonical at the root. */
export function homeHead(site: string): string {
  return [
    ...common(`${SITE_NAME} — who said what`, SITE_DESCRIPTION, `${site}/`, site),
    meta('property', 'og:type', 'website'),
  ].join('\n    ')
}

/** A month of the archive: "November 2026 — Verbatim", with how many posts it holds. */
export function monthHead(page: MonthPage, site: string): string {
  const name = monthName(page.month)
  const when = page.month === UNDATED ? 'without a date' : `from ${name}`
  const description = `${plural(page.posts.length, 'post')} on ${SITE_NAME} ${when}, with who said what in each.`
  return [
    ...common(`${name} — ${SITE_NAME}`, description, `${site}${monthPath(page.month)}`, site),
    meta('property', 'og:type', 'website'),
  ].join('\n    ')
}

/** The list of the archive's months. */
export function archiveIndexHead(index: ArchiveIndex, site: string): string {
  const description = `All ${plural(index.total, 'post')} on ${SITE_NAME}, month by month.`
  return [
    ...common(`The archive — ${SITE_NAME}`, description, `${site}${ARCHIVE_PATH}`, site),
    meta('property', 'og:type', 'website'),
  ].join('\n    ')
}

/**
 * A speaker's page: what a link to it shows ("John Kirby, Pentagon Press Secretary: 7 quotations in 1 post")
 * and a schema.org ProfilePage about the Person or Organization.
 */
export function speakerHead(page: SpeakerPage, site: string): string {
  const canonical = `${site}${speakerPath(page.id)}`
  const name = typographic(page.name)
  const title = `${name} — ${SITE_NAME}`
  const counted = `${plural(page.quoteCount, 'quotation')} in ${plural(page.postCount, 'post')}`
  const description = `${name}${page.role ? `, ${typographic(page.role)}` : ''}: ${counted} on ${SITE_NAME}, newest first.`
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: canonical,
    name: title,
    ...(page.last ? { dateModified: page.last } : {}),
    mainEntity: {
      '@type': page.kind === 'person' ? 'Person' : 'Organization',
      name: page.name,
      ...(page.role && page.kind === 'person' ? { jobTitle: page.role } : {}),
      url: `${site}${speakerPath(page.id)}`,
    },
  }
  return [
    ...common(title, description, canonical, site),
    meta('property', 'og:type', 'profile'),
    `<script type="application/ld+json">${jsonLd(structured)}</script>`,
  ].join('\n    ')
}

/** A page of a speaker's older quotations: "Ines Dorr, quotations 26–50 — Verbatim". */
export function speakerQuotesHead(page: SpeakerQuotesPage, site: string): string {
  const name = typographic(page.name)
  const { from, to } = quotationRange(page.page)
  const description = `Quotations ${from} to ${to} of ${name} on ${SITE_NAME}, each in the sentence it was said in.`
  return [
    ...common(
      `${name}, quotations ${from}–${to} — ${SITE_NAME}`,
      description,
      `${site}${speakerPath(page.id, page.page)}`,
      site,
    ),
    meta('property', 'og:type', 'website'),
  ].join('\n    ')
}

/** A page of the list of everyone quoted. */
export function speakersHead(index: SpeakerIndex, site: string): string {
  const canonical = `${site}${speakersPath(index.order, index.page)}`
  const order = index.order === 'az' ? ', A–Z' : ''
  const title = `Everyone quoted${order}${index.page > 1 ? `, page ${index.page}` : ''} — ${SITE_NAME}`
  const description = `The ${index.total} people and organisations quoted on ${SITE_NAME}, with what each said.`
  return [...common(title, description, canonical, site), meta('property', 'og:type', 'website')].join(
    '\n    ',
  )
}

/** The search page: found by its own name, never indexed (its results are the posts'). */
export function searchHead(site: string): string {
  return [
    ...common(
      `Search — ${SITE_NAME}`,
      `Search the posts and quotations on ${SITE_NAME}.`,
      `${site}/search`,
      site,
    ),
    meta('name', 'robots', 'noindex'),
  ].join('\n    ')
}

export function readHead(site: string): string {
  return common(
    `Read any article — ${SITE_NAME}`,
    'Paste a news article or bring a saved page, and see who said what in it. Read in your browser: nothing is uploaded.',
    `${site}/read`,
    site,
  ).join('\n    ')
}

export function notFoundHead(site: string): string {
  return [
    `<title>Not found — ${SITE_NAME}</title>`,
    meta('name', 'description', SITE_DESCRIPTION),
    meta('name', 'robots', 'noindex'),
    ...feedLinks(site),
  ].join('\n    ')
}
