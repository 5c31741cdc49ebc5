// Characters that look like nothing but change offsets and matching: zero-width spaces and joiners, the
// word joiner and a stray byte-order mark.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
// No-break and other fixed-width spaces become plain spaces; then runs of white space become one.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g

/** One paragraph's text: invisible characters dropped, every kind of space and line break made one space, trimmed. */
export function normaliseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim()
}

/** CRLF and lone CR become LF, so that every reader sees one kind of line end. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/**
 * Plain text to paragraphs: blocks separated by blank lines (a line holding only spaces, no-break spaces or
 * invisible characters counts as blank); lines inside a block are joined with a space.
 */
export function paragraphsFromText(text: string): string[] {
  return normaliseLineEnds(text)
    .split(/\n(?:[ \t\u00A0\u200B-\u200D\u2060\uFEFF]*\n)+/)
    .map(normaliseWhitespace)
    .filter((paragraph) => paragraph.length > 0)
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
