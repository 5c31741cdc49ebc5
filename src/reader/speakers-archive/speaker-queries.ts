import { queryOptions } from '@tanstack/react-query'
import { SLUG_PATTERN } from '../../article/schema.ts'
import {
  SpeakerIndexSchema,
  SpeakerPageSchema,
  SpeakerQuotesPageSchema,
  type SpeakerOrder,
} from '../../article/speaker-archive.ts'
import { NotFoundError } from '../data/errors.ts'
import { speakerDataPath, speakerListDataPath, speakerQuotesDataPath } from '../data/data-paths.ts'
import { fetchJson } from '../data/fetch-json.ts'

/** Only an id shaped like one is ever put into a data path: "/speakers/..%2Fposts" finds no one. */
function checkedId(id: string): string {
  if (!SLUG_PATTERN.test(id)) throw new NotFoundError(`No speaker has the id "${id}"`)
  return id
}

export const speakerQueries = {
  page: (id: string) =>
    queryOptions({
      queryKey: ['speakers', id] as const,
      queryFn: ({ signal }) => fetchJson(speakerDataPath(checkedId(id)), SpeakerPageSchema, signal),
    }),
  older: (id: string, page: number) =>
    queryOptions({
      queryKey: ['speakers', id, page] as const,
      queryFn: ({ signal }) =>
        fetchJson(speakerQuotesDataPath(checkedId(id), page), SpeakerQuotesPageSchema, signal),
    }),
  list: (order: SpeakerOrder, page: number) =>
    queryOptions({
      queryKey: ['speaker-lists', order, page] as const,
      queryFn: ({ signal }) => fetchJson(speakerListDataPath(order, page), SpeakerIndexSchema, signal),
    }),
}
