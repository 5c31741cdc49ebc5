import { lazy, Suspense, type ComponentType } from 'react'
import { routeError } from './status-pages.tsx'

/** The pages for errors and for addresses with nothing at them, as the routes use them. */
export interface StatusPageComponents {
  RouteError: ComponentType
  NotFoundPage: ComponentType
}

/**
 * The status pages from a not-found page: inside a Suspense boundary, the same on the server and in the
 * browser, so a prerendered not-found page hydrates whether or not its code has arrived yet (React keeps the
 * server's HTML until it has). The error page for a failed request is always at hand: it must work offline.
 */
export function statusPages(NotFound: ComponentType): StatusPageComponents {
  const NotFoundPage = () => (
    <Suspense fallback={null}>
      <NotFound />
    </Suspense>
  )
  return { RouteError: routeError(NotFoundPage), NotFoundPage }
}

/** In the browser the not-found page loads when first needed: most readers never meet it. */
export const lazyStatusPages = statusPages(
  lazy(() => import('./not-found-page.tsx').then((module) => ({ default: module.NotFoundPage }))),
)
