import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import {
  ArticleSchema,
  type ArticleWithoutQuotes,
  describeIssues,
  SLUG_PATTERN,
  type Article,
} from '../../article/schema.ts'
import { DataError, NotFoundError } from '../data/errors.ts'
import { postDataPath } from '../data/data-paths.ts'
import { fetchData } from '../data/fetch-json.ts'
import { quotesOverlap } from '../../article/occupied.ts'
import { wellFormedDeep } from '../../article/well-formed.ts'

/**
 * An article from elsewhere may come without its quotations: find them here. The engine is imported only
 * then, so posts that ingest prepared never download it.
 */
async function withQuotes(article: ArticleWithoutQuotes): Promise<Article> {
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

const WARNED_PARTS = 20

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Bad parts are left out quietly for the reader, but said out loud for whoever maintains the data. */
function warnDropped(path: string, dropped: string[]) {
  const more = dropped.length > WARNED_PARTS ? [`… and ${dropped.length - WARNED_PARTS} more`] : []
  console.warn(
    `Verbatim: ${dropped.length} part(s) of ${path} break the article format and were left out:\n` +
      [...dropped.slice(0, WARNED_PARTS), ...more].join('\n'),
  )
}

async function fetchPost(slug: string, signal?: AbortSignal): Promise<Article> {
  if (!SLUG_PATTERN.test(slug)) throw new NotFoundError(`"${slug}" is not a post`)
  const path = postDataPath(slug)
  const data = wellFormedDeep(await fetchData(path, signal))
  // Parsing a big post and checking it are each tens of milliseconds: let input in between.
  await yieldToMain()
  // Data as ingest writes it is whole: checked, it is read as it is. Only data that breaks the contract
  // brings in the code that saves what can be saved of it.
  const whole = v.safeParse(ArticleSchema, data)
  if (whole.success && !quotesOverlap(whole.output.quotes)) return whole.output
  const { salvageArticle } = await import('../../article/salvage.ts')
  const salvaged = salvageArticle(data)
  if (!salvaged.ok) throw new DataError(`${path} does not match the article format`, salvaged.problems)
  const { article, dropped } = salvaged
  if (dropped.length > 0) warnDropped(path, dropped)
  const { speakers, quotes } = article
  return speakers && quotes ? { ...article, speakers, quotes } : withQuotes(article)
}

export const postQueries = {
  all: () => ['posts'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...postQueries.all(), slug],
      queryFn: ({ signal }) => fetchPost(slug, signal),
    }),
}
