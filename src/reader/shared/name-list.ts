/**
 * How a list of names reads: "A", "A and B", "A, B, and C", "A, B, C and 2 others". The names shown, what
 * goes before each (after the first), and what ends the list, so a page can make each name a link.
 */
export function listParts<T>(
  names: readonly T[],
  max = 3,
): { shown: readonly T[]; before: (index: number) => string; end: string } {
  const shown = names.slice(0, max)
  const rest = names.length - shown.length
  const before = (index: number) => {
    if (index === 0) return ''
    if (rest > 0 || index < shown.length - 1) return ', '
    return shown.length === 2 ? ' and ' : ', and '
  }
  return { shown, before, end: rest > 0 ? ` and ${rest} other${rest === 1 ? '' : 's'}` : '' }
}
