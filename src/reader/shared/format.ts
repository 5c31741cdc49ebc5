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

/** "November 2026", from "2026-11". */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-')
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`
}
