import { memo } from 'react'
import { Link } from 'react-router'
import type { PostLink } from '../../article/schema.ts'
import { typographic } from '../../article/typography.ts'

const link = 'block rounded-md border border-[var(--rule)] p-4 hover:border-[var(--ink)] focus-ring'

/** The older and newer neighbours, with rel="prev"/"next" so browsers and assistive tools know them too. */
export const PostNav = memo(function PostNav({
  prev,
  next,
}: {
  prev: PostLink | null
  next: PostLink | null
}) {
  if (!prev && !next) return null
  return (
    <nav
      aria-label="More posts"
      className="mt-12 grid gap-4 border-t border-[var(--rule)] pt-6 font-sans sm:grid-cols-2"
    >
      {prev ? (
        <Link to={`/posts/${prev.slug}`} rel="prev" className={link}>
          <span className="block text-sm text-[var(--muted)]">← Previous post</span>
          <span dir="auto" className="mt-1 block font-serif text-lg leading-snug">
            {typographic(prev.title)}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link to={`/posts/${next.slug}`} rel="next" className={`${link} sm:text-right`}>
          <span className="block text-sm text-[var(--muted)]">Next post →</span>
          <span dir="auto" className="mt-1 block font-serif text-lg leading-snug">
            {typographic(next.title)}
          </span>
        </Link>
      )}
    </nav>
  )
})
