/** The URL, normalised, if it is an http or https one; anything else (javascript:, data:, junk) is undefined. */
export function asHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
