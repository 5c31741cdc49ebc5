import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router'
import { HomePage } from './reader/home/home-page.tsx'
import { AppLayout } from './reader/layout/app-layout.tsx'
import { LoadingShell, NotFoundPage, RouteError } from './reader/layout/status-pages.tsx'
import { postLoader, PostRoute } from './reader/routes/post/post-route.tsx'
import { homeLoader } from './reader/routes/home-route.tsx'

/**
 * The routes: the archive (`/`, `/page/:page`), a post (`/posts/:slug`), and not-found for anything else.
 * Loaders fill the query cache before a page renders, so the previous page stays up while the next one loads;
 * errors render inside the layout, with the masthead and a way home. Ids are fixed so that the prerendered
 * pages and the browser agree on them.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
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
            { id: 'home', index: true, loader: homeLoader(queryClient), Component: HomePage },
            { id: 'page', path: 'page/:page', loader: homeLoader(queryClient), Component: HomePage },
            { id: 'post', path: 'posts/:slug', loader: postLoader(queryClient), Component: PostRoute },
            { id: 'not-found', path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]
}

export function createRouter(queryClient: QueryClient, hydrationData?: HydrationState) {
  return createBrowserRouter(createRoutes(queryClient), hydrationData ? { hydrationData } : undefined)
}
