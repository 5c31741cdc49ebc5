import { queryOptions } from '@tanstack/react-query'
import { PageSchema } from '../../article/schema.ts'
import { archiveDataPath } from '../data/data-paths.ts'
import { fetchJson } from '../data/fetch-json.ts'

export const pageQueries = {
  all: () => ['pages'] as const,
  detail: (page: number) =>
    queryOptions({
      queryKey: [...pageQueries.all(), page],
      queryFn: ({ signal }) => fetchJson(archiveDataPath(page), PageSchema, signal),
    }),
}
