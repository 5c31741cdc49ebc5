import type { Quote } from '../../quotes/types.ts'

export interface QuotePiece {
  quote: Quote
  /** True on the piece where the quotation begins: the speaker's chip and the quote's id go there. */
  first: boolean
  /** True on the piece where it ends: the share controls go there. */
  last: boolean
}

export interface Segment {
  text: string
  piece?: QuotePiece
  /** A place for the speaker's chip of the quotation that starts here (no text of its own). */
  chipFor?: QuotePiece
}

/**
 * The quotations that touch each paragraph, found in one pass, so that cutting paragraphs costs the quotations
 * in each rather than every quotation in the article (10,000 paragraphs × 5,000 quotations otherwise).
 */
export function quotesByParagraph(quotes: readonly Quote[]): Map<number, Quote[]> {
  const index = new Map<number, Quote[]>()
  for (const quote of quotes) {
    for (const paragraph of new Set(quote.spans.map((span) => span.paragraph))) {
      const list = index.get(paragraph)
      if (list) list.push(quote)
      else index.set(paragraph, [quote])
    }
  }
  return index
}

/**
 * Cuts one paragraph into plain and quoted runs for rendering. Spans that lie outside the paragraph, are empty,
 * or overlap one already placed are dropped (the paragraph is still shown in full), so bad data can hide a
 * highlight but never a word.
 */
export function segmentParagraph(text: string, paragraph: number, quotes: readonly Quote[]): Segment[] {
  const placed: Array<{ start: number; end: number; piece: QuotePiece }> = []
  for (const quote of quotes) {
    quote.spans.forEach((span, index) => {
      if (span.paragraph !== paragraph) return
      const valid =
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        span.start >= 0 &&
        span.start < span.end &&
        span.end <= text.length
      if (!valid) return
      placed.push({
        start: span.start,
        end: span.end,
        piece: { quote, first: index === 0, last: index === quote.spans.length - 1 },
      })
    })
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end)

  const segments: Segment[] = []
  let at = 0
  for (const run of placed) {
    if (run.start < at) continue
    if (run.start > at) segments.push({ text: text.slice(at, run.start) })
    segments.push({ text: text.slice(run.start, run.end), piece: run.piece })
    at = run.end
  }
  if (at < text.length) segments.push({ text: text.slice(at) })
  return segments
}

const OPENING_MARK = /[“‘«„"']$/

/**
 * Places each quotation's chip where it starts: before its opening mark when the text gives it one ("[1]“We
 * held…"), so the mark stays with the first word; else right before the quoted words. Same text, in order.
 */
export function withChips(segments: readonly Segment[]): Segment[] {
  const placed: Segment[] = []
  for (const segment of segments) {
    if (segment.piece?.first) {
      const before = placed.at(-1)
      const mark =
        before && !before.piece && !before.chipFor ? OPENING_MARK.exec(before.text)?.[0] : undefined
      if (before && mark) {
        const rest = before.text.slice(0, -mark.length)
        placed.pop()
        if (rest) placed.push({ text: rest })
        placed.push({ text: '', chipFor: segment.piece }, { text: mark })
      } else placed.push({ text: '', chipFor: segment.piece })
    }
    placed.push(segment)
  }
  return placed
}
