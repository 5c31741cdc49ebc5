import type { SpeakerOrder } from '../../article/speaker-archive.ts'

/** Where a speaker's page is, and its later pages of quotations: `/speakers/<id>`, `/speakers/<id>/page/2`. */
export function speakerPath(id: string, page = 1): string {
  return page === 1 ? `/speakers/${id}` : `/speakers/${id}/page/${page}`
}

/** Where a page of the list is: `/speakers`, `/speakers/page/2`, `/speakers/a-z`, `/speakers/a-z/page/2`. */
export function speakersPath(order: SpeakerOrder, page = 1): string {
  const base = order === 'az' ? '/speakers/a-z' : '/speakers'
  return page === 1 ? base : `${base}/page/${page}`
}
