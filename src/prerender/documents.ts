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
  readHead,
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
  type QueryClient = ReturnType<ServerEntry['createQueryClient']>
  // One client for every page, emptied before each: the router's handler is made once for it (entry-server).
  // So pages render one at a time, each with only its own data in the cache.
  const queryClient = server.createQueryClient({ server: true })
  let last: Promise<unknown> = Promise.resolve()
  function alone<T>(render: (client: QueryClient) => Promise<T>): Promise<T> {
    const next = last.then(() => {
      queryClient.clear()
      return render(queryClient)
    })
    last = next.catch(() => {})
    return next
  }
  /** A page with data: the data seeded where its route's loader looks, rendered, and its file preloaded. */
  function withData(
    path: string,
    seed: (queryClient: QueryClient) => void,
    head: string,
    dataPath: string,
  ): Promise<string> {
    return alone(async (client) => {
      seed(client)
      return injectPage(template, head + preloadData(dataPath), await server.renderPage(path, client))
    })
  }
  return {
    post: (article: Article) =>
      withData(
        `/posts/${article.slug}`,
        (client) => server.seedPost(client, article),
        postHead(article, site),
        postDataPath(article.slug),
      ),
    home: (latest: Latest) =>
      withData('/', (client) => server.seedLatest(client, latest), homeHead(site), latestDataPath),
    month: (page: MonthPage) =>
      withData(
        monthPath(page.month),
        (client) => server.seedMonth(client, page),
        monthHead(page, site),
        monthDataPath(page.month),
      ),
    archiveIndex: (index: ArchiveIndex) =>
      withData(
        ARCHIVE_PATH,
        (client) => server.seedArchiveIndex(client, index),
        archiveIndexHead(index, site),
        archiveIndexDataPath,
      ),
    speaker: (page: SpeakerPage) =>
      withData(
        speakerPath(page.id),
        (client) => server.seedSpeakerPage(client, page),
        speakerHead(page, site),
        speakerDataPath(page.id),
      ),
    speakerQuotes: (page: SpeakerQuotesPage) =>
      withData(
        speakerPath(page.id, page.page),
        (client) => server.seedSpeakerQuotes(client, page),
        speakerQuotesHead(page, site),
        speakerQuotesDataPath(page.id, page.page),
      ),
    speakers: (index: SpeakerIndex) =>
      withData(
        speakersPath(index.order, index.page),
        (client) => server.seedSpeakerList(client, index),
        speakersHead(index, site),
        speakerListDataPath(index.order, index.page),
      ),
    search: (): Promise<string> =>
      alone(async (client) => {
        const rendered = await server.renderPage('/search', client)
        return withWebAssembly(injectPage(template, searchHead(site), rendered))
      }),
    read: (): Promise<string> =>
      alone(async (client) => injectPage(template, readHead(site), await server.renderPage('/read', client))),
    notFound: (newest?: Latest): Promise<string> =>
      alone(async (client) => {
        if (newest) server.seedLatest(client, newest)
        const rendered = await server.renderPage('/__not-found__', client, { notFound: true })
        return injectPage(template, notFoundHead(site), rendered)
      }),
  }
}
