/** "27 November 2026", the site's own style, the same on the server and in every browser; undated shows nothing. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return undefined
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/** "John Kirby, the Pentagon and 3 others" */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length <= max) return new Intl.ListFormat('en', { type: 'conjunction' }).format(names)
  const rest = names.length - max
  return `${names.slice(0, max).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`
}
