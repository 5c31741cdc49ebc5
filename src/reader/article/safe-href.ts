const LINKABLE = new Set(['http:', 'https:', 'mailto:'])

/**
 * A link target from article data, or null when it must show as text. The contract already allows only
 * http(s) here; this is the last check before an attribute, so a `javascript:` or `data:` URL that slipped past
 * a schema change still never becomes a link.
 */
export function safeHref(url: string): string | null {
  if (!URL.canParse(url)) return null
  const parsed = new URL(url)
  return LINKABLE.has(parsed.protocol) ? parsed.href : null
}
