import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react'
import { Link, isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { DataError, NetworkError, NotFoundError } from '../data/errors.ts'
import { useHydrated } from '../shared/hydration.ts'
import { pageTitle } from '../shared/page-title.ts'

// The pages for damaged data and, offline, for what this device did not keep: chunks of their own, which the
// service worker keeps with the app.
const DamagedDataPage = lazy(() =>
  import('./damaged-data-page.tsx').then((module) => ({ default: module.DamagedDataPage })),
)
const NotSavedPage = lazy(() =>
  import('../offline/not-saved-page.tsx').then((module) => ({ default: module.NotSavedPage })),
)

const button =
  'rounded-md bg-[var(--accent)] px-4 py-2 font-sans text-sm font-medium text-[var(--page)] focus-ring'
export const homeLink = 'font-sans text-[var(--accent)] underline underline-offset-4'

/** The frame every status page shares: a reading-width section headed by the page's only <h1>. */
export function StatusSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-[65ch] py-12" aria-labelledby="page-title">
      <title>{pageTitle(title)}</title>
      <h1 id="page-title" className="mb-4 font-serif text-3xl font-semibold">
        {title}
      </h1>
      {children}
    </section>
  )
}

/** Try the page again, or go to the latest posts: after a failed request. */
export function RetryActions() {
  const revalidator = useRevalidator()
  return (
    <div className="flex flex-wrap items-center gap-4">
      {/* aria-disabled rather than disabled: a disabled button would drop the focus while it tries. */}
      <button
        type="button"
        className={button}
        onClick={() => {
          if (revalidator.state !== 'loading') void revalidator.revalidate()
        }}
        aria-disabled={revalidator.state === 'loading'}
      >
        {revalidator.state === 'loading' ? 'Trying again…' : 'Try again'}
      </button>
      <Link to="/" className={homeLink}>
        Go to the latest posts
      </Link>
    </div>
  )
}

/**
 * Loader and render errors: not found (the page `NotFound` given, which loads lazily in the browser), damaged
 * data (with what was wrong; lazily too) or a failed request (with a retry). The last must work offline even
 * without the service worker, so it is here, with the app, not loaded when needed.
 */
export function routeError(NotFound: ComponentType) {
  return function RouteError() {
    const error = useRouteError()
    const revalidator = useRevalidator()
    const hydrated = useHydrated()
    // Back online: try again without being asked.
    useEffect(() => {
      const retry = () => revalidator.revalidate()
      window.addEventListener('online', retry)
      return () => window.removeEventListener('online', retry)
    }, [revalidator])
    const notFound = error instanceof NotFoundError || (isRouteErrorResponse(error) && error.status === 404)
    if (notFound) return <NotFound />

    // Damaged data comes over a working connection: its page can load when needed.
    if (error instanceof DataError)
      return (
        <Suspense fallback={null}>
          <DamagedDataPage error={error} />
        </Suspense>
      )

    const message = error instanceof Error ? error.message : 'Something went wrong.'
    const offline = hydrated && !navigator.onLine
    // Under the service worker, a request with no answer is one it had no saved copy for.
    if (hydrated && error instanceof NetworkError && navigator.serviceWorker?.controller)
      return (
        <Suspense fallback={null}>
          <NotSavedPage offline={offline} />
        </Suspense>
      )
    return (
      <StatusSection title="Could not load this page">
        <p className="mb-6 font-serif text-lg">
          {offline
            ? 'You are offline. This page will load by itself when the connection returns.'
            : `The request failed: ${message}. Check your connection and try again.`}
        </p>
        <RetryActions />
      </StatusSection>
    )
  }
}
