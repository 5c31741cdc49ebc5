import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter } from 'react-router'
import { HomePage } from './reader/home/home-page.tsx'
import { AppLayout } from './reader/layout/app-layout.tsx'
import { LoadingShell, NotFoundPage, RouteError } from './reader/layout/status-pages.tsx'
import { articleLoader, ArticleRoute } from './reader/routes/article-route.tsx'
import { homeLoader } from './reader/routes/home-route.tsx'

/**
 * The routes: the archive (`/`, `/page/:page`), a post (`/posts/:slug`), and not-found for anything else.
 * Loaders fill the query cache before a page renders, so the previous page stays up while the next one loads;
 * errors render inside the layout, with the masthead and a way home.
 */
export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: '/',
      Component: AppLayout,
      HydrateFallback: LoadingShell,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, loader: homeLoader(queryClient), Component: HomePage },
            { path: 'page/:page', loader: homeLoader(queryClient), Component: HomePage },
            { path: 'posts/:slug', loader: articleLoader(queryClient), Component: ArticleRoute },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ])
}
