import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, matchRoutes, type HydrationState, type RouteObject } from 'react-router'
import { AppLayout } from './reader/layout/app-layout.tsx'
import { LoadingShell } from './reader/layout/loading-shell.tsx'
import { lazyStatusPages, type StatusPageComponents } from './reader/layout/status-boundaries.tsx'
import { postLoader, PostRoute } from './reader/routes/post/post-route.tsx'
import type { SpeakerOrder } from './article/speaker-archive.ts'

/**
 * The routes: the archive (`/`, `/archive`, `/archive/:year/:month`), a post (`/posts/:slug`), the speakers (`/speakers…`),
 * search, a reader's own article (`/read`), and not-found for anything else.
 * Loaders fill the query cache before a page renders, so the previous page stays up while the next one loads;
 * errors render inside the layout, with the masthead and a way home. Ids are fixed so that the prerendered
 * pages and the browser agree on them.
 */
export function createRoutes(
  queryClient: QueryClient,
  { RouteError, NotFoundPage }: StatusPageComponents = lazyStatusPages,
): RouteObject[] {
  // The archive's pages bring their own component and loader: a reader who opens a post never needs them.
  const archive = (page: 'HomePage' | 'MonthPage' | 'ArchiveIndexPage') => async () => {
    const module = await import('./reader/home/routes.ts')
    const loader = {
      HomePage: module.homeLoader,
      MonthPage: module.monthLoader,
      ArchiveIndexPage: module.archiveIndexLoader,
    }[page]
    return { loader: loader(queryClient), Component: module[page] }
  }
  return [
    {
      id: 'root',
      path: '/',
      Component: AppLayout,
      HydrateFallback: LoadingShell,
      children: [
        {
          id: 'boundary',
          ErrorBoundary: RouteError,
          children: [
            { id: 'home', index: true, lazy: archive('HomePage') },
            { id: 'archive', path: 'archive', lazy: archive('ArchiveIndexPage') },
            { id: 'archive-undated', path: 'archive/undated', lazy: archive('MonthPage') },
            { id: 'archive-month', path: 'archive/:year/:month', lazy: archive('MonthPage') },
            { id: 'post', path: 'posts/:slug', loader: postLoader(queryClient), Component: PostRoute },
            ...speakerRoutes(queryClient),
            {
              id: 'search',
              path: 'search',
              lazy: async () => ({
                Component: (await import('./reader/search/search-route.tsx')).SearchRoute,
              }),
            },
            {
              id: 'read',
              path: 'read',
              lazy: async () => ({ Component: (await import('./reader/read/read-route.tsx')).ReadRoute }),
            },
            { id: 'not-found', path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]
}

/**
 * The speaker pages and the lists of everyone quoted, loaded only when visited: they never add to a post's
 * JavaScript. (Paths with fixed words rank above `:id`, so "a-z" and "page" are never taken for ids.)
 */
function speakerRoutes(queryClient: QueryClient): RouteObject[] {
  const speaker = async () => {
    const module = await import('./reader/speakers-archive/routes.ts')
    return { loader: module.speakerLoader(queryClient), Component: module.SpeakerRoute }
  }
  const list = (order: SpeakerOrder) => async () => {
    const module = await import('./reader/speakers-archive/routes.ts')
    return {
      loader: module.speakersLoader(queryClient, order),
      Component: order === 'az' ? module.AlphabeticalRoute : module.MostQuotedRoute,
    }
  }
  return [
    { id: 'speakers', path: 'speakers', lazy: list('quoted') },
    { id: 'speakers-page', path: 'speakers/page/:page', lazy: list('quoted') },
    { id: 'speakers-az', path: 'speakers/a-z', lazy: list('az') },
    { id: 'speakers-az-page', path: 'speakers/a-z/page/:page', lazy: list('az') },
    { id: 'speaker', path: 'speakers/:id', lazy: speaker },
    { id: 'speaker-page', path: 'speakers/:id/page/:page', lazy: speaker },
  ]
}

/**
 * The browser's router. A prerendered page of a lazy route (a speaker's) has its module loaded first: the
 * router would otherwise render nothing for it while loading, and the page would not hydrate as prerendered.
 */
export async function createRouter(queryClient: QueryClient, hydrationData?: HydrationState) {
  const routes = createRoutes(queryClient)
  const matches = matchRoutes(routes, window.location) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      const loaded = await route.lazy()
      Object.assign(route, { ...loaded, lazy: undefined })
    }),
  )
  return createBrowserRouter(routes, hydrationData ? { hydrationData } : undefined)
}
