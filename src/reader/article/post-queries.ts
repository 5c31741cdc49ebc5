import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import {
  ArticleSchema,
  ArticleWithoutQuotesSchema,
  describeIssues,
  SLUG_PATTERN,
  type Article,
} from '../../article/schema.ts'
import { DataError, NotFoundError } from '../data/errors.ts'
import { fetchJson } from '../data/fetch-json.ts'

/**
 * An article from elsewhere may come without its quotations: find them here. The engine is imported only
 * then, so posts that ingest prepared never download it.
 */
async function withQuotes(article: v.InferOutput<typeof ArticleWithoutQuotesSchema>): Promise<Article> {
  const { extractQuotes } = await import('../../quotes/index.ts')
  const { quotes, speakers } = extractQuotes(article.paragraphs)
  const result = v.safeParse(ArticleSchema, { ...article, quotes, speakers })
  if (!result.success)
    throw new DataError(
      `posts/${article.slug}.json does not match the article format`,
      describeIssues(result.issues),
    )
  return result.output
}

async function fetchPost(slug: string, signal?: AbortSignal): Promise<Article> {
  if (!SLUG_PATTERN.test(slug)) throw new NotFoundError(`"${slug}" is not a post`)
  const incoming = await fetchJson(`posts/${slug}.json`, ArticleWithoutQuotesSchema, signal)
  if (incoming.quotes && incoming.speakers) {
    // Cross-field rules (speaker ids, spans in range) are checked by the full schema.
    const result = v.safeParse(ArticleSchema, incoming)
    if (!result.success)
      throw new DataError(
        `posts/${slug}.json does not match the article format`,
        describeIssues(result.issues),
      )
    return result.output
  }
  return withQuotes(incoming)
}

export const postQueries = {
  all: () => ['posts'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...postQueries.all(), slug],
      queryFn: ({ signal }) => fetchPost(slug, signal),
    }),
}
