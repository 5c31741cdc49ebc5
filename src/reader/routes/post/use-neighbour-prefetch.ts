import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Article } from '../../../article/schema.ts'
import { postQueries } from '../../article/post-queries.ts'
import { afterNextPaint } from '../../shared/after-paint.ts'

/**
 * Once a post is on screen, its neighbours are fetched and checked, so a move to either is immediate. After the
 * post has painted: starting requests and reading their answers is work its first frame should not wait for.
 */
export function useNeighbourPrefetch(article: Article): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      afterNextPaint(() => {
        for (const neighbour of [article.prev, article.next]) {
          if (neighbour) void queryClient.prefetchQuery(postQueries.detail(neighbour.slug))
        }
      }),
    [article, queryClient],
  )
}
