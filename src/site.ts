/** The site's name, as link previews and feeds show it. */
export const SITE_NAME = 'Verbatim'
export const SITE_DESCRIPTION =
  'News that shows who said what: every quotation highlighted and tied to its speaker.'

/**
 * The public address of the site, for canonical links, previews and feeds: the SITE_URL environment variable,
 * or the local preview server. No trailing slash.
 */
export function siteUrl(env: Record<string, string | undefined> = {}): string {
  const raw = env.SITE_URL?.trim() || 'http://localhost:4173'
  const url = new URL(raw)
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SITE_URL must be an http(s) URL, got ${raw}`)
  return url.href.replace(/\/+$/, '')
}
