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

/** "A", "A and B", "A, B, and C", "A, B, C and 2 others": the archive's list of who is quoted. */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length > max) {
    const rest = names.length - max
    return `${names.slice(0, max).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`
  }
  if (names.length <= 1) return names[0] ?? ''
  if (names.length === 2) return `${names[0]} and ${names[1]}`
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`
}
