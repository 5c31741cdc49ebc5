// What may stand before an opening mark: the start, a space, an opening bracket, a dash or another opening mark.
const OPENS_AFTER = /[\s([{<\u2014\u2013\-/\u201c\u2018]/

/**
 * Straight quotation marks and apostrophes made typographic for reading: "It's" becomes “It’s”. One character
 * in, one character out, so every offset into the text (quotation spans, mentions) still points at the same
 * words; a mark's direction comes from what stands before it, and an apostrophe before a digit ('90s) or
 * inside a word is always the closing one.
 */
export function typographic(text: string): string {
  // Only the marks are visited; a mark right after another mark looks at what that one became.
  let lastAt = -1
  let last = ''
  return text.replace(/["']/g, (mark: string, index: number) => {
    const before = index === 0 ? ' ' : index - 1 === lastAt ? last : text.charAt(index - 1)
    const opening = OPENS_AFTER.test(before)
    if (mark === '"') last = opening ? '\u201c' : '\u201d'
    else last = opening && !/\d/.test(text.charAt(index + 1)) ? '\u2018' : '\u2019'
    lastAt = index
    return last
  })
}
