/** Where a share panel goes: below the first line of what is shared, in page coordinates. */
export function anchorOf(target: Element | Range): { top: number; left: number } {
  const lines = target.getClientRects()
  const rect = lines[0] ?? target.getBoundingClientRect()
  return { top: rect.bottom + window.scrollY, left: rect.left + window.scrollX }
}

const quotationOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-quote]') ?? null

/** The text a reader sees in a range: without the words a quotation adds for screen readers, or its chip. */
function readableText(range: Range): string {
  const copy = range.cloneContents()
  copy.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((element) => element.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * Words selected inside one quotation (across its pieces, if a cue cuts it), with where to show the share
 * panel; null for no selection, or one that starts or ends outside it.
 */
export function selectedInQuotation(
  selection: Selection | null,
): { quoteId: string; selected: string; at: { top: number; left: number } } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const quoteId = quotationOf(range.startContainer)?.dataset.quote
  if (!quoteId || quotationOf(range.endContainer)?.dataset.quote !== quoteId) return null
  const selected = readableText(range)
  return selected ? { quoteId, selected, at: anchorOf(range) } : null
}
