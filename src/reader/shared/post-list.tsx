import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { typographic } from '../../article/typography.ts'
import { formatDate } from './format.ts'

/** A post as a list names it: where it is, its headline and, if known, its date. */
export interface ListedPost {
  slug: string
  title: string
  published?: string
}

/**
 * A headed list of posts to read instead, each a link with its date: on the not-found page (the newest) and the
 * not-saved page (those saved). With no posts, `empty` says why, or the section is left out.
 */
export function PostListSection({
  headingId,
  heading,
  posts,
  empty,
}: {
  headingId: string
  heading: string
  posts: readonly ListedPost[]
  empty?: ReactNode
}) {
  if (posts.length === 0 && !empty) return null
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2
        id={headingId}
        className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-[var(--muted)]"
      >
        {heading}
      </h2>
      {posts.length === 0 ? (
        <p className="font-serif text-lg">{empty}</p>
      ) : (
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
                <span className="ml-2 font-sans text-sm text-[var(--muted)]">
                  {formatDate(post.published)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
