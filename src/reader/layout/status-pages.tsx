import { useEffect, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, isRouteErrorResponse, useLocation, useRevalidator, useRouteError } from 'react-router'
import { typographic } from '../../article/typography.ts'
import { formatDate } from '../shared/format.ts'
import { pageQueries } from '../home/page-queries.ts'
import { DataError, NotFoundError } from '../data/errors.ts'
import { useHydrated } from '../shared/hydration.ts'
import { pageTitle } from '../shared/page-title.ts'

const button =
  'rounded-md bg-[var(--accent)] px-4 py-2 font-sans text-sm font-medium text-[var(--page)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]'
const homeLink = 'font-sans text-[var(--accent)] underline underline-offset-4'

/** The frame every status page shares: a reading-width section headed by the page's only <h1>. */
function StatusSection({ title, children }: { title: string; children: ReactNode }) {
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

const NEWEST_SHOWN = 5

/**
 * The newest posts, from the archive's first page: something to read instead. The prerendered 404 page carries
 * them in its HTML; elsewhere they arrive with one request, and their absence (offline) costs nothing.
 */
function NewestPosts() {
  const { data } = useQuery({ ...pageQueries.detail(1), retry: false })
  const posts = data?.posts.slice(0, NEWEST_SHOWN) ?? []
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="newest-title" className="mt-10">
      <h2
        id="newest-title"
        className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-[var(--muted)]"
      >
        Newest posts
      </h2>
      <ul className="space-y-3">
        {posts.map((post) => (
          <li key={post.slug} className="font-serif text-lg leading-snug">
            <Link
              to={`/posts/${post.slug}`}
              className="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
            >
              {typographic(post.title)}
            </Link>
            {post.published && (
              <span className="ml-2 font-sans text-sm text-[var(--muted)]">{formatDate(post.published)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** A page of the archive past its last ("/page/7"), or any other address without a page. */
export function NotFoundPage() {
  const path = useLocation().pathname
  const archivePage = /^\/page\/(\d+)\/?$/.exec(path)?.[1]
  const speaker = /^\/speakers\/([^/]+)/.exec(path)?.[1]
  return (
    <StatusSection title="Not found">
      <p className="mb-6 font-serif text-lg">
        {archivePage
          ? `The archive has no page ${archivePage}: it is shorter than that.`
          : speaker
            ? 'No one is quoted in the archive under this address: the posts that quoted them may have been removed, or the link may be mistyped.'
            : 'There is no post at this address. It may have moved, or the link may be mistyped.'}
      </p>
      {speaker && (
        <p className="mb-4">
          <Link to="/speakers" className={homeLink}>
            See everyone quoted
          </Link>
        </p>
      )}
      <Link to="/" className={homeLink}>
        Go to the latest posts
      </Link>
      <NewestPosts />
    </StatusSection>
  )
}

/** Loader and render errors: not found, damaged data (with what was wrong) or a failed request (with a retry). */
export function RouteError() {
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
  const title = notFound
    ? 'Not found'
    : error instanceof DataError
      ? 'This page’s data is damaged'
      : 'Could not load this page'
  if (notFound) return <NotFoundPage />

  if (error instanceof DataError) {
    return (
      <StatusSection title={title}>
        <p className="mb-4 font-serif text-lg">
          {error.message}. Trying again will not help; the post needs to be fixed at its source.
        </p>
        {error.details.length > 0 && (
          <details className="mb-6 font-mono text-sm">
            <summary className="cursor-pointer font-sans">What is wrong</summary>
            <ul className="mt-2 list-disc pl-6">
              {error.details.slice(0, 20).map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          </details>
        )}
        <Link to="/" className={homeLink}>
          Go to the latest posts
        </Link>
      </StatusSection>
    )
  }

  const message = error instanceof Error ? error.message : 'Something went wrong.'
  const offline = hydrated && !navigator.onLine
  return (
    <StatusSection title={title}>
      <p className="mb-6 font-serif text-lg">
        {offline
          ? 'You are offline. This page will load by itself when the connection returns.'
          : `The request failed: ${message}. Check your connection and try again.`}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          className={button}
          onClick={() => revalidator.revalidate()}
          disabled={revalidator.state === 'loading'}
        >
          {revalidator.state === 'loading' ? 'Trying again…' : 'Try again'}
        </button>
        <Link to="/" className={homeLink}>
          Go to the latest posts
        </Link>
      </div>
    </StatusSection>
  )
}

/** What shows before the first data arrives: the page's shape, so nothing moves when it fills in. */
export function LoadingShell() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6" aria-busy="true" aria-label="Loading">
      <div className="mb-6 h-8 w-40 rounded bg-[var(--rule)] opacity-50" />
      <div className="max-w-[65ch] space-y-3">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="h-4 rounded bg-[var(--rule)] opacity-40" />
        ))}
      </div>
    </div>
  )
}
