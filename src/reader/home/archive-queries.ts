import { queryOptions } from '@tanstack/react-query'
import {
  ArchiveIndexSchema,
  LatestSchema,
  MonthPageSchema,
  type MonthKey,
} from '../../article/post-archive.ts'
import { archiveIndexDataPath, latestDataPath, monthDataPath } from '../data/data-paths.ts'
import { fetchJson } from '../data/fetch-json.ts'

export const archiveQueries = {
  all: () => ['archive'] as const,
  latest: () =>
    queryOptions({
      queryKey: [...archiveQueries.all(), 'latest'],
      queryFn: ({ signal }) => fetchJson(latestDataPath, LatestSchema, signal),
    }),
  month: (month: MonthKey) =>
    queryOptions({
      queryKey: [...archiveQueries.all(), 'month', month],
      queryFn: ({ signal }) => fetchJson(monthDataPath(month), MonthPageSchema, signal),
    }),
  index: () =>
    queryOptions({
      queryKey: [...archiveQueries.all(), 'index'],
      queryFn: ({ signal }) => fetchJson(archiveIndexDataPath, ArchiveIndexSchema, signal),
    }),
}
