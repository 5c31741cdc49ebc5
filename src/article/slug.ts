import { SLUG_PATTERN } from './schema.ts'

const MAX_SLUG_LENGTH = 80

/** A URL slug from a file name or title: ASCII lower case, words joined by single hyphens, at most 80 characters. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG_LENGTH) break
    slug = next
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || ''
}

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text)
}
