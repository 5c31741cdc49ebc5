const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * "27 November 2026", the site's own style, the same on the server and in every browser; undated shows nothing.
 * Written out rather than through Intl.DateTimeFormat: the first formatter a page builds loads locale data,
 * which cost 70 ms of a move between posts on a slow phone, for a format that never changes.
 */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  // A bare date is a day, not midnight UTC: noon keeps it on that day whatever the offset it is read in.
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return undefined
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

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

/** The archive's list of who is quoted, as text. */
export function listNames(names: readonly string[], max = 3): string {
  const { shown, before, end } = listParts(names, max)
  return shown.map((name, index) => before(index) + name).join('') + end
}
