import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { NotFoundError } from '../data/errors.ts'
import { pageNumber } from '../shared/page-number.ts'
import { pageQueries } from '../home/page-queries.ts'

export function homeLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const page = pageNumber(params.page)
    if (page === null || (params.page !== undefined && page === 1)) throw new NotFoundError('No such page')
    await queryClient.ensureQueryData(pageQueries.detail(page))
    return null
  }
}
