import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { archiveQueries } from '../home/archive-queries.ts'
import { monthFromPath, monthName } from '../home/paths.ts'
import { PostListSection } from '../shared/post-list.tsx'
import { homeLink, StatusSection } from './status-pages.tsx'

const NEWEST_SHOWN = 5

/**
 * The newest posts, from the home page's data: something to read instead. The prerendered 404 page carries
 * them in its HTML; elsewhere they arrive with one request, and their absence (offline) costs nothing.
 */
function NewestPosts() {
  const { data } = useQuery({ ...archiveQueries.latest(), retry: false })
  const posts = data?.posts.slice(0, NEWEST_SHOWN) ?? []
  return <PostListSection headingId="newest-title" heading="Newest posts" posts={posts} />
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
