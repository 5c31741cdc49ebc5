import type { SpeakerOrder } from '../../article/speaker-archive.ts'

/*
 * Where each page's data lives under `/data/`, one file a page, as ingest writes it: the queries fetch these, and
 * the prerendered pages preload them.
 */

export const postDataPath = (slug: string) => `posts/${slug}.json`
export const archiveDataPath = (page: number) => `pages/${page}.json`
export const speakerDataPath = (id: string, page: number) => `speakers/${id}/${page}.json`
export const speakerListDataPath = (order: SpeakerOrder, page: number) =>
  `speaker-lists/${order}/${page}.json`
