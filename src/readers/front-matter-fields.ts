import { isSlug } from '../article/slug.ts'
import { requireIsoDate } from './dates.ts'
import { InputError } from './errors.ts'
import type { FrontMatter } from './front-matter.ts'
import type { RawArticle } from './raw-article.ts'

/** The optional fields front matter may set, checked as the author wrote them. */
export function fromFrontMatter(fields: FrontMatter): Omit<RawArticle, 'title' | 'paragraphs'> {
  const article: Omit<RawArticle, 'title' | 'paragraphs'> = {}
  if (fields.slug !== undefined) {
    if (!isSlug(fields.slug))
      throw new InputError(`slug: ${JSON.stringify(fields.slug)} must be lower-case words joined by hyphens`)
    article.slug = fields.slug
  }
  if (fields.published !== undefined) article.published = requireIsoDate('published', fields.published)
  if (fields.byline) article.byline = fields.byline
  if (fields.source || fields.url) article.source = { name: fields.source, url: fields.url }
  return article
}
