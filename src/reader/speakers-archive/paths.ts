import type { SpeakerOrder } from '../../article/speaker-archive.ts'

/**
 * Where a speaker's page is, `/speakers/<id>`, and their pages of older quotations, counted from the first:
 * `/speakers/<id>/page/1` holds the earliest.
 */
export function speakerPath(id: string, page?: number): string {
  return page === undefined ? `/speakers/${id}` : `/speakers/${id}/page/${page}`
}

/** Where a page of the list is: `/speakers`, `/speakers/page/2`, `/speakers/a-z`, `/speakers/a-z/page/2`. */
export function speakersPath(order: SpeakerOrder, page = 1): string {
  const base = order === 'az' ? '/speakers/a-z' : '/speakers'
  return page === 1 ? base : `${base}/page/${page}`
}
