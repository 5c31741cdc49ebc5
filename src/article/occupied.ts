import type { Span } from '../quotes/types.ts'

/** Quotations may not share a character: the page could show only one of them there. */
export class Occupied {
  private readonly byParagraph = new Map<number, Array<[number, number]>>()

  overlaps(span: Span): boolean {
    return (this.byParagraph.get(span.paragraph) ?? []).some(
      ([start, end]) => span.start < end && start < span.end,
    )
  }

  take(span: Span): void {
    const taken = this.byParagraph.get(span.paragraph)
    if (taken) taken.push([span.start, span.end])
    else this.byParagraph.set(span.paragraph, [[span.start, span.end]])
  }
}

/** Whether any two quotations share a character. */
export function quotesOverlap(quotes: ReadonlyArray<{ spans: readonly Span[] }>): boolean {
  const occupied = new Occupied()
  for (const quote of quotes) {
    if (quote.spans.some((span) => occupied.overlaps(span))) return true
    quote.spans.forEach((span) => occupied.take(span))
  }
  return false
}
