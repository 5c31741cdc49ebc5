import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { NotFoundError } from '../data/errors.ts'
import { archiveQueries } from './archive-queries.ts'
import { monthFromPath } from './paths.ts'

export function homeLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(archiveQueries.latest())
    return null
  }
}

/** A month of the archive: `/archive/2026/11`, `/archive/undated`; "/archive/2026/13" is no page. */
export function monthLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const month = monthFromPath(params.year, params.month)
    if (month === null) throw new NotFoundError('No such month')
    await queryClient.ensureQueryData(archiveQueries.month(month))
    return null
  }
}

export function archiveIndexLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(archiveQueries.index())
    return null
  }
}
