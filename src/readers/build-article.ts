import * as v from 'valibot'
import { ArticleSchema, describeIssues, SCHEMA_VERSION, type Article } from '../article/schema.ts'
import { slugify } from '../article/slug.ts'
import { withArchiveIds } from '../article/speaker-identity.ts'
import { summarise } from '../article/summary.ts'
import { normaliseWhitespace } from '../article/text.ts'
import { extractQuotes } from '../quotes/index.ts'
import { cleanParagraphs } from './clean.ts'
import { InputError } from './errors.ts'
import type { RawArticle } from './raw-article.ts'
import { asHttpUrl } from './urls.ts'

function httpUrl(value: string): string {
  const url = asHttpUrl(value)
  if (!url) throw new InputError(`url: ${JSON.stringify(value)} is not an http or https URL`)
  return url
}

/** A raw article made whole: cleaned, slugged, summarised, its quotations found, checked against the contract. */
export function buildArticle(raw: RawArticle, fileStem: string): Article {
  const title = normaliseWhitespace(raw.title)
  if (!title) throw new InputError('no headline')
  const paragraphs = cleanParagraphs(raw.paragraphs)
  if (paragraphs.length === 0) throw new InputError('no paragraphs: there is a headline but no text')
  const slug = raw.slug ?? slugify(fileStem)
  if (!slug)
    throw new InputError(`cannot make a slug from the file name "${fileStem}"; set "slug" in front matter`)

  const { quotes, speakers } = extractQuotes(paragraphs)
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    slug,
    title,
    ...(raw.published ? { published: raw.published } : {}),
    ...(raw.byline ? { byline: normaliseWhitespace(raw.byline) } : {}),
    summary: summarise(paragraphs),
    paragraphs,
    speakers: withArchiveIds(speakers),
    quotes,
    prev: null,
    next: null,
  }
  const url = raw.source?.url ? httpUrl(raw.source.url) : undefined
  const name = raw.source?.name
    ? normaliseWhitespace(raw.source.name)
    : url
      ? new URL(url).hostname.replace(/^www\./, '')
      : undefined
  if (name) article.source = url ? { name, url } : { name }
  return validated(article)
}

/** The contract, checked: a failure here is a bug or a bad input, named field by field. */
export function validated(article: Article): Article {
  const result = v.safeParse(ArticleSchema, article)
  if (!result.success)
    throw new InputError(`does not fit the article contract: ${describeIssues(result.issues).join('; ')}`)
  return result.output
}
