import type { MonthKey } from '../../article/post-archive.ts'
import type { SpeakerOrder } from '../../article/speaker-archive.ts'

/*
 * Where each page's data lives under `/data/`, one file a page, as ingest writes it: the queries fetch these, and
 * the prerendered pages preload them.
 */

export const postDataPath = (slug: string) => `posts/${slug}.json`
export const latestDataPath = 'latest.json'
export const monthDataPath = (month: MonthKey) => `archive/${month}.json`
export const archiveIndexDataPath = 'archive/index.json'
export const speakerDataPath = (id: string) => `speakers/${id}/latest.json`
export const speakerQuotesDataPath = (id: string, page: number) => `speakers/${id}/${page}.json`
export const speakerListDataPath = (order: SpeakerOrder, page: number) =>
  `speaker-lists/${order}/${page}.json`
