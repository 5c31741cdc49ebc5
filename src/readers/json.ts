import { paragraphsFromText } from '../article/text.ts'
import { isSlug } from '../article/slug.ts'
import { toIsoDate } from './dates.ts'
import { InputError } from './errors.ts'
import type { RawArticle } from './raw-article.ts'

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`
}

function optionalString(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new InputError(`${field}: expected a string, got ${describe(value)}`)
  return value
}

/**
 * `.json`: an article in the contract's shape whose quotes are to be found, or the minimum `{title, paragraphs}`
 * or `{title, body}`. Quotes and speakers in the input are ignored: the engine finds them afresh.
 */
export function readJson(source: string): RawArticle {
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    throw new InputError(`malformed JSON: ${(error as Error).message}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError(
      `expected a JSON object with "title" and "paragraphs" or "body", got ${describe(data)}`,
    )
  const record = data as Record<string, unknown>

  const title = optionalString(record, 'title')
  if (!title?.trim()) throw new InputError('title: missing or empty')
  let paragraphs: string[]
  if (record.paragraphs !== undefined) {
    if (!Array.isArray(record.paragraphs))
      throw new InputError(`paragraphs: expected an array of strings, got ${describe(record.paragraphs)}`)
    const bad = record.paragraphs.findIndex((paragraph) => typeof paragraph !== 'string')
    if (bad >= 0)
      throw new InputError(`paragraphs[${bad}]: expected a string, got ${describe(record.paragraphs[bad])}`)
    paragraphs = record.paragraphs as string[]
  } else {
    const body = optionalString(record, 'body')
    if (body === undefined)
      throw new InputError('expected "paragraphs" (an array of strings) or "body" (a string)')
    paragraphs = paragraphsFromText(body)
  }

  const article: RawArticle = { title, paragraphs }
  const slug = optionalString(record, 'slug')
  if (slug !== undefined) {
    if (!isSlug(slug))
      throw new InputError(`slug: ${JSON.stringify(slug)} must be lower-case words joined by hyphens`)
    article.slug = slug
  }
  const published = optionalString(record, 'published')
  if (published !== undefined) {
    const iso = toIsoDate(published)
    if (!iso) throw new InputError(`published: ${JSON.stringify(published)} is not a date`)
    article.published = iso
  }
  const byline = optionalString(record, 'byline')
  if (byline) article.byline = byline
  if (record.source !== undefined && record.source !== null) {
    if (typeof record.source !== 'object' || Array.isArray(record.source))
      throw new InputError(`source: expected an object {name, url}, got ${describe(record.source)}`)
    const source = record.source as Record<string, unknown>
    article.source = { name: optionalString(source, 'name'), url: optionalString(source, 'url') }
  }
  return article
}
