import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { typographic } from '../../article/typography.ts'
import { archiveQueries } from '../home/archive-queries.ts'
import { monthFromPath, monthName } from '../home/paths.ts'
import { formatDate } from '../shared/format.ts'
import { homeLink, StatusSection } from './status-pages.tsx'

const NEWEST_SHOWN = 5

/**
 * The newest posts, from the home page's data: something to read instead. The prerendered 404 page carries
 * them in its HTML; elsewhere they arrive with one request, and their absence (offline) costs nothing.
 */
function NewestPosts() {
  const { data } = useQuery({ ...archiveQueries.latest(), retry: false })
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

/** A month the archive has no posts from ("/archive/1999/01"), or any other address without a page. */
export function NotFoundPage() {
  const path = useLocation().pathname
  const [, year, number] = /^\/archive\/(\d{4})\/(\d{2})\/?$/.exec(path) ?? []
  const month = year && number ? monthFromPath(year, number) : null
  const speaker = /^\/speakers\/([^/]+)/.exec(path)?.[1]
  return (
    <StatusSection title="Not found">
      <p className="mb-6 font-serif text-lg">
        {month
          ? `The archive has no posts from ${monthName(month)}.`
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
