import type { Article } from '../article/schema.ts'
import type { MonthKey } from '../article/post-archive.ts'
import { ARCHIVE_PATH, monthPath } from '../reader/home/paths.ts'
import { SITE_DESCRIPTION, SITE_NAME } from '../site.ts'

/** Posts a feed carries, newest first. */
export const FEED_SIZE = 50

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** RFC 3339 for Atom: a bare date becomes midnight UTC, a time without a zone is taken as UTC. */
function rfc3339(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(date) ? date : `${date}Z`
}

/**
 * Every date the feeds need, without the clock (so re-runs are byte-identical): an undated post, which the
 * archive counts as its oldest, takes the date of the oldest dated one.
 */
function datesOf(newestFirst: readonly Article[]): { updated: string; of: (article: Article) => string } {
  const dated = newestFirst
    .filter((article) => article.published)
    .map((article) => rfc3339(article.published as string))
  const fallback = dated[dated.length - 1] ?? '1970-01-01T00:00:00Z'
  return {
    updated: dated[0] ?? fallback,
    of: (article) => (article.published ? rfc3339(article.published) : fallback),
  }
}

const postUrl = (site: string, post: Pick<Article, 'slug'>) => `${site}/posts/${post.slug}`
const authorOf = (article: Article) => article.byline ?? article.source?.name ?? SITE_NAME

/** The article's paragraphs as HTML for feed readers: text escaped, one <p> each. */
function contentHtml(article: Article): string {
  return article.paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join('')
}

/** Atom 1.0 with the full text of the newest posts. */
export function atomFeed(newestFirst: readonly Article[], site: string): string {
  const articles = newestFirst.slice(0, FEED_SIZE)
  const dates = datesOf(articles)
  const entries = articles.map(
    (article) => `  <entry>
    <title>${escapeXml(article.title)}</title>
    <link href="${escapeXml(postUrl(site, article))}"/>
    <id>${escapeXml(postUrl(site, article))}</id>
    <updated>${dates.of(article)}</updated>
    <author><name>${escapeXml(authorOf(article))}</name></author>
    <summary>${escapeXml(article.summary)}</summary>
    <content type="html">${escapeXml(contentHtml(article))}</content>
  </entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${SITE_NAME}</title>
  <subtitle>${escapeXml(SITE_DESCRIPTION)}</subtitle>
  <link href="${escapeXml(`${site}/feed.xml`)}" rel="self"/>
  <link href="${escapeXml(`${site}/`)}"/>
  <id>${escapeXml(`${site}/`)}</id>
  <updated>${dates.updated}</updated>
${entries.join('\n')}
</feed>
`
}

/** JSON Feed 1.1 with the full text, as HTML and as plain text. */
export function jsonFeed(newestFirst: readonly Article[], site: string): string {
  const articles = newestFirst.slice(0, FEED_SIZE)
  const dates = datesOf(articles)
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    home_page_url: `${site}/`,
    feed_url: `${site}/feed.json`,
    language: 'en',
    items: articles.map((article) => ({
      id: postUrl(site, article),
      url: postUrl(site, article),
      title: article.title,
      summary: article.summary,
      content_html: contentHtml(article),
      content_text: article.paragraphs.join('\n\n'),
      date_published: dates.of(article),
      authors: [{ name: authorOf(article) }],
      ...(article.source?.url ? { external_url: article.source.url } : {}),
    })),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}

/** Speaker pages for the sitemap: each speaker's id and the date they were last quoted. */
export interface SitemapSpeaker {
  id: string
  last?: string
}

/** Every page a crawler should know: the home page, the archive's months, every post and every speaker. */
export function sitemap(
  newestFirst: readonly Pick<Article, 'slug' | 'published'>[],
  months: readonly { month: MonthKey }[],
  site: string,
  speakers: readonly SitemapSpeaker[] = [],
): string {
  const urls = [
    `${site}/`,
    `${site}${ARCHIVE_PATH}`,
    ...months.map(({ month }) => `${site}${monthPath(month)}`),
  ].map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>`)
  const lastmod = (date: string | undefined) => (date ? `<lastmod>${date.slice(0, 10)}</lastmod>` : '')
  for (const article of newestFirst)
    urls.push(`  <url><loc>${escapeXml(postUrl(site, article))}</loc>${lastmod(article.published)}</url>`)
  if (speakers.length > 0) urls.push(`  <url><loc>${escapeXml(`${site}/speakers`)}</loc></url>`)
  for (const speaker of speakers)
    urls.push(
      `  <url><loc>${escapeXml(`${site}/speakers/${speaker.id}`)}</loc>${lastmod(speaker.last)}</url>`,
    )
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`
}

export function robots(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`
}
