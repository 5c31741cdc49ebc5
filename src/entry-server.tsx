import { dehydrate, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import type { ArchiveIndex, Latest, MonthPage } from './article/post-archive.ts'
import type { Article } from './article/schema.ts'
import type { SpeakerIndex, SpeakerPage, SpeakerQuotesPage } from './article/speaker-archive.ts'
import { postQueries } from './reader/article/post-queries.ts'
import { serialisePageState, type PageState } from './reader/data/page-state.ts'
import { archiveQueries } from './reader/home/archive-queries.ts'
import { speakerQueries } from './reader/speakers-archive/speaker-queries.ts'
import { createRoutes } from './router.tsx'
import { NotFoundPage } from './reader/layout/not-found-page.tsx'
import { statusPages } from './reader/layout/status-boundaries.tsx'

/** On the server the status pages render at once; the browser loads them lazily (status-boundaries.tsx). */
const EAGER_STATUS_PAGES = statusPages(NotFoundPage)

export { createQueryClient } from './reader/data/query-client.ts'

export interface RenderedPage {
  /** The app's markup for `<div id="root">`. */
  html: string
  /** The query cache and router state, serialised for `<script type="application/json">`. */
  state: string
}

/**
 * The router's handler for the routes bound to `queryClient`, made once per client: ranking the routes costs
 * more than rendering a small page, and a build renders thousands with one client.
 */
const handlers = new WeakMap<QueryClient, ReturnType<typeof createStaticHandler>>()
function handlerFor(queryClient: QueryClient) {
  let handler = handlers.get(queryClient)
  if (!handler) {
    handler = createStaticHandler(createRoutes(queryClient, EAGER_STATUS_PAGES))
    handlers.set(queryClient, handler)
  }
  return handler
}

/**
 * Renders one URL of the app to HTML, with React's own server renderer and React Router's static handler.
 * The caller seeds `queryClient` with the data the page needs, so loaders find it and nothing is fetched.
 */
export async function renderPage(
  url: string,
  queryClient: QueryClient,
  { notFound = false } = {},
): Promise<RenderedPage> {
  const handler = handlerFor(queryClient)
  const context = await handler.query(new Request(new URL(url, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${url}: the router answered with a redirect`)
  const router = createStaticRouter(handler.dataRoutes, context)
  const markup = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {/* hydrate={false}: the router's state goes into our JSON block, not an inline script. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  )
  // React 19 writes the <title> a page renders at the start of the markup of a root that is not a whole
  // document; the page's head already carries that title, so it is not repeated inside <body>.
  const html = markup.replace(/^<title>[^<]*<\/title>/, '')
  // A route's page carries no data: its loader fetches it again from the data file (see PageState). The
  // not-found page carries the newest posts it lists, and its 404, with no build-time timestamps in either.
  const state: PageState = notFound
    ? {
        queries: timeless(dehydrate(queryClient)),
        // 404.html answers for any address without a page — /posts/gone as well as /nope — so the app must
        // hydrate into "not found" whichever route the address matches: a 404 error at the boundary every route
        // shares.
        router: {
          loaderData: { root: null, boundary: null },
          errors: {
            // The fields by which isRouteErrorResponse() knows a 404, as plain data: no private marker of the
            // router's own serialisation is needed, and the error page reads it as it reads a loader's 404.
            boundary: {
              status: 404,
              statusText: 'Not Found',
              internal: true,
              data: 'Not found',
            },
          },
        },
      }
    : {}
  return { html, state: serialisePageState(state) }
}

/**
 * The cache as the page carries it, without the moments it was filled and dehydrated: a build of the same
 * content then writes the same bytes. Read back, the data counts as fetched when the page loads.
 */
function timeless(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: 0,
      state: { ...query.state, dataUpdatedAt: 0, errorUpdatedAt: 0 },
    })),
  }
}

/** Puts a post in the cache exactly where the route's loader will look for it. */
export function seedPost(queryClient: QueryClient, article: Article): void {
  queryClient.setQueryData(postQueries.detail(article.slug).queryKey, article)
}

/** Puts the newest posts in the cache for the home route (and the not-found page's suggestions). */
export function seedLatest(queryClient: QueryClient, latest: Latest): void {
  queryClient.setQueryData(archiveQueries.latest().queryKey, latest)
}

/** Puts a month of the archive in the cache for its route. */
export function seedMonth(queryClient: QueryClient, page: MonthPage): void {
  queryClient.setQueryData(archiveQueries.month(page.month).queryKey, page)
}

/** Puts the list of the archive's months in the cache for its route. */
export function seedArchiveIndex(queryClient: QueryClient, index: ArchiveIndex): void {
  queryClient.setQueryData(archiveQueries.index().queryKey, index)
}

/** Puts a speaker's page in the cache for the speaker route. */
export function seedSpeakerPage(queryClient: QueryClient, page: SpeakerPage): void {
  queryClient.setQueryData(speakerQueries.page(page.id).queryKey, page)
}

/** Puts a page of a speaker's older quotations in the cache for its route. */
export function seedSpeakerQuotes(queryClient: QueryClient, page: SpeakerQuotesPage): void {
  queryClient.setQueryData(speakerQueries.older(page.id, page.page).queryKey, page)
}

/** Puts a page of the list of speakers in the cache for the speakers route. */
export function seedSpeakerList(queryClient: QueryClient, index: SpeakerIndex): void {
  queryClient.setQueryData(speakerQueries.list(index.order, index.page).queryKey, index)
}
