import type { Article, Page } from '../article/schema.ts'
import type { SpeakerIndex, SpeakerPage } from '../article/speaker-archive.ts'
import {
  archiveDataPath,
  postDataPath,
  speakerDataPath,
  speakerListDataPath,
} from '../reader/data/data-paths.ts'
import { speakerPath, speakersPath } from '../reader/speakers-archive/paths.ts'
import { withWebAssembly } from './csp.ts'
import { archiveHead, notFoundHead, postHead, searchHead, speakerHead, speakersHead } from './head.ts'
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
    async archive(page: Page): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedPage(queryClient, page)
      const rendered = await server.renderPage(page.page === 1 ? '/' : `/page/${page.page}`, queryClient)
      return injectPage(template, archiveHead(page, site) + preloadData(archiveDataPath(page.page)), rendered)
    },
    async speaker(page: SpeakerPage): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      server.seedSpeakerPage(queryClient, page)
      const rendered = await server.renderPage(speakerPath(page.id, page.page), queryClient)
      return injectPage(
        template,
        speakerHead(page, site) + preloadData(speakerDataPath(page.id, page.page)),
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
    async notFound(newest?: Page): Promise<string> {
      const queryClient = server.createQueryClient({ server: true })
      if (newest) server.seedPage(queryClient, newest)
      const rendered = await server.renderPage('/__not-found__', queryClient, { notFound: true })
      return injectPage(template, notFoundHead(site), rendered)
    },
  }
}
