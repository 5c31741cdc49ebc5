import { dehydrate, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { serialisePageState, type PageState } from './reader/data/page-state.ts'
import { createRoutes } from './router.tsx'

export interface RenderedPage {
  /** The app's markup for `<div id="root">`. */
  html: string
  /** The query cache and router state, serialised for `<script type="application/json">`. */
  state: string
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
  const handler = createStaticHandler(createRoutes(queryClient))
  const context = await handler.query(new Request(new URL(url, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${url}: the router answered with a redirect`)
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {/* hydrate={false}: the router's state goes into our JSON block, not an inline script. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  )
  const state: PageState = {
    queries: dehydrate(queryClient),
    // 404.html answers for any address without a page — /posts/gone as well as /nope — so the app must hydrate
    // into "not found" whichever route the address matches: a 404 error at the boundary every route shares.
    router: notFound
      ? {
          loaderData: { root: null, boundary: null },
          errors: {
            boundary: {
              __type: 'RouteErrorResponse',
              status: 404,
              statusText: 'Not Found',
              internal: true,
              data: 'Not found',
            },
          },
        }
      : { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
  }
  return { html, state: serialisePageState(state) }
}

export { createQueryClient } from './reader/data/query-client.ts'
import type { Article, Page } from './article/schema.ts'
import { postQueries } from './reader/article/post-queries.ts'
import { pageQueries } from './reader/home/page-queries.ts'

/** Puts a post in the cache exactly where the route's loader will look for it. */
export function seedPost(queryClient: QueryClient, article: Article): void {
  queryClient.setQueryData(postQueries.detail(article.slug).queryKey, article)
}

/** Puts a page of the archive in the cache for the home route. */
export function seedPage(queryClient: QueryClient, page: Page): void {
  queryClient.setQueryData(pageQueries.detail(page.page).queryKey, page)
}
