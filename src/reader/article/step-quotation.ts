import { scrollToQuote } from './scroll-to-quote.ts'

/**
 * Moves the focus to the next (1) or previous (-1) quotation: from the one in focus, else from what is on the
 * screen, so a reader who scrolled starts where they are reading. Stops at the first and the last.
 */
export function stepQuotation(direction: 1 | -1): void {
  const starts = [...document.querySelectorAll<HTMLElement>('[data-quote][id]')]
  if (starts.length === 0) return
  const focused = document.activeElement?.closest<HTMLElement>('[data-quote]')?.dataset.quote
  const from = focused ? starts.findIndex((element) => element.id === focused) : -1
  let to: number
  if (from >= 0) to = from + direction
  else {
    // The first quotation that starts on or below the top of the screen; going back, the one before it.
    const below = starts.findIndex((element) => element.getBoundingClientRect().top >= 0)
    const first = below < 0 ? starts.length : below
    to = direction === 1 ? first : first - 1
  }
  const target = starts[Math.max(0, Math.min(starts.length - 1, to))]
  if (target) scrollToQuote(target.id)
}
