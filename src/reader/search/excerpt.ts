/** A piece of a search excerpt: words, and whether they matched the query. */
export interface ExcerptPart {
  text: string
  marked: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** "&amp;", "&#39;", "&#x27;" as the characters they stand for; anything else stays as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return ENTITIES[name.toLowerCase()] ?? entity
  })
}

/**
 * Pagefind's excerpt is HTML: the record's text, escaped, with `<mark>` around the matched words. It is read
 * here into plain parts, so the page renders words as text and marks as elements, and nothing from the index
 * is ever parsed as HTML. Any other tag is dropped, never obeyed.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  const push = (raw: string, marked: boolean) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''))
    if (text) parts.push({ text, marked })
  }
  let rest = excerpt
  for (;;) {
    const open = rest.indexOf('<mark>')
    const close = open < 0 ? -1 : rest.indexOf('</mark>', open)
    if (open < 0 || close < 0) {
      push(rest, false)
      return parts
    }
    push(rest.slice(0, open), false)
    push(rest.slice(open + '<mark>'.length, close), true)
    rest = rest.slice(close + '</mark>'.length)
  }
}
