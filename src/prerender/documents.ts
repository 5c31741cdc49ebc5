import type { ArchiveIndex, Latest, MonthPage } from '../article/post-archive.ts'
import type { Article } from '../article/schema.ts'
import type { SpeakerIndex, SpeakerPage, SpeakerQuotesPage } from '../article/speaker-archive.ts'
import {
  archiveIndexDataPath,
  latestDataPath,
  monthDataPath,
  postDataPath,
  speakerDataPath,
  speakerListDataPath,
  speakerQuotesDataPath,
} from '../reader/data/data-paths.ts'
import { ARCHIVE_PATH, monthPath } from '../reader/home/paths.ts'
import { speakerPath, speakersPath } from '../reader/speakers-archive/paths.ts'
import { withWebAssembly } from './csp.ts'
import {
  archiveIndexHead,
  homeHead,
  monthHead,
  notFoundHead,
  postHead,
  searchHead,
  speakerHead,
  speakerQuotesHead,
  speakersHead,
} from './head.ts'
import { injectPage } from './template.ts'

type ServerEntry = typeof import('../entry-server.tsx')

/**
 * The page's data file, fetched while the app downloads: the page carries no copy of it (PageState), and the
 * route's loader finds it ready. Same credentials mode as the app's fetch, so the browser uses the preload.
 */
const preloadData = (path: string) => `\n    <link rel="preload" href="/data/${path}" as="fetch" crossorigin>`

/**
 * One prerendered document per kind of page, from the built server entry and the shell with its stylesheet
 * inlined. Shared by the build and by the attack suite, which prerenders hostile articles the same way.
 */
export function documentRenderer(server: ServerEntry, template: string, site: string) {
  return {
    async post(article: Article): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedPost(queryClient, article)
      const rendered = await server.renderPage(`/posts/${article.slug}`, queryClient)
      return injectPage(template, postHead(article, site) + preloadData(postDataPath(article.slug)), rendered)
    },
    async home(latest: Latest): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedLatest(queryClient, latest)
      const rendered = await server.renderPage('/', queryClient)
      return injectPage(template, homeHead(site) + preloadData(latestDataPath), rendered)
    },
    async month(page: MonthPage): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedMonth(queryClient, page)
      const rendered = await server.renderPage(monthPath(page.month), queryClient)
      return injectPage(template, monthHead(page, site) + preloadData(monthDataPath(page.month)), rendered)
    },
    async archiveIndex(index: ArchiveIndex): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedArchiveIndex(queryClient, index)
      const rendered = await server.renderPage(ARCHIVE_PATH, queryClient)
      return injectPage(template, archiveIndexHead(index, site) + preloadData(archiveIndexDataPath), rendered)
    },
    async speaker(page: SpeakerPage): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedSpeakerPage(queryClient, page)
      const rendered = await server.renderPage(speakerPath(page.id), queryClient)
      return injectPage(template, speakerHead(page, site) + preloadData(speakerDataPath(page.id)), rendered)
    },
    async speakerQuotes(page: SpeakerQuotesPage): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedSpeakerQuotes(queryClient, page)
      const rendered = await server.renderPage(speakerPath(page.id, page.page), queryClient)
      return injectPage(
        template,
        speakerQuotesHead(page, site) + preloadData(speakerQuotesDataPath(page.id, page.page)),
        rendered,
      )
    },
    async speakers(index: SpeakerIndex): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedSpeakerList(queryClient, index)
      const rendered = await server.renderPage(speakersPath(index.order, index.page), queryClient)
      return injectPage(
        template,
        speakersHead(index, site) + preloadData(speakerListDataPath(index.order, index.page)),
        rendered,
      )
    },
    async search(): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      const rendered = await server.renderPage('/search', queryClient)
      return withWebAssembly(injectPage(template, searchHead(site), rendered))
    },
    async notFound(newest?: Latest): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      if (newest) server.seedLatest(queryClient, newest)
      const rendered = await server.renderPage('/__not-found__', queryClient, { notFound: true })
      return injectPage(template, notFoundHead(site), rendered)
    },
  }
}
