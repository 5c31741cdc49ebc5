import { queryOptions } from '@tanstack/react-query'
import { PageSchema } from '../../article/schema.ts'
import { fetchJson } from '../data/fetch-json.ts'

export const pageQueries = {
  all: () => ['pages'] as const,
  detail: (page: number) =>
    queryOptions({
      queryKey: [...pageQueries.all(), page],
      queryFn: ({ signal }) => fetchJson(`pages/${page}.json`, PageSchema, signal),
    }),
}
