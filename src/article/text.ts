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

/** Spaces, and the marks news copy sets between words without them: dashes, slashes, ellipses. */
function separatesWords(code: number): boolean {
  return (
    code === 32 || // space
    code === 9 || // tab
    code === 10 ||
    code === 13 ||
    code === 0xa0 || // no-break space
    code === 0x3000 || // ideographic space
    code === 0x2013 || // en dash
    code === 0x2014 || // em dash
    code === 0x2026 || // ellipsis
    code === 47 // slash: "and/or"
  )
}

/**
 * A letter or digit, as near as one comparison gets: ASCII letters and digits, and the letters of every script
 * from Latin-1 up; not general punctuation, currency and letter-like symbols, arrows and other symbols, CJK
 * punctuation, or the halves of an emoji.
 */
function isWordCharacter(code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false
  return !(
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xd800 && code <= 0xdfff)
  )
}

/**
 * Words as a reader counts them: runs of text between spaces, dashes, slashes and ellipses that hold a letter or
 * a digit, so "long-term" and "don't" are one word each and a lone "—" is none. One pass over the characters, no
 * Unicode regular expression: the post page counts every paragraph for its reading time on each move.
 */
export function countWords(text: string): number {
  let words = 0
  let inWord = false
  let counted = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (separatesWords(code)) {
      inWord = false
      continue
    }
    if (!inWord) {
      inWord = true
      counted = false
    }
    if (!counted && isWordCharacter(code)) {
      words++
      counted = true
    }
  }
  return words
}

/** "1 quotation", "7 quotations": a count with its noun, for nouns that take an s. */
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
