import { useSuspenseQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import { Link, useParams } from 'react-router'
import { speakerPath } from '../speakers-archive/paths.ts'
import { formatDate } from '../shared/format.ts'
import { listParts } from '../shared/name-list.ts'
import { pageNumber } from '../shared/page-number.ts'
import { pageTitle } from '../shared/page-title.ts'
import { Pager } from '../shared/pager.tsx'
import { pageQueries } from './page-queries.ts'
import { typographic } from '../../article/typography.ts'

/** The archive, newest first, twenty posts a page. */
export function HomePage() {
  const page = pageNumber(useParams().page) ?? 1
  const { data } = useSuspenseQuery(pageQueries.detail(page))

  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-[70ch]">
      <title>{page === 1 ? 'Verbatim — who said what' : pageTitle(`Page ${page}`)}</title>
      <h1 id="home-title" className="font-serif text-3xl font-semibold">
        {page === 1 ? 'Latest posts' : `Posts, page ${page} of ${data.pageCount}`}
      </h1>
      <p className="mb-8 mt-2 font-sans text-[var(--muted)]">
        Verbatim shows who said what: every quotation in a post is highlighted and tied to the person who said
        it.
      </p>
      <ol className="space-y-8">
        {data.posts.map((post) => (
          <li key={post.slug}>
            <article aria-labelledby={`post-${post.slug}`}>
              <h2
                id={`post-${post.slug}`}
                dir="auto"
                className="font-serif text-xl font-semibold leading-snug"
              >
                <Link
                  to={`/posts/${post.slug}`}
                  className="hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
                >
                  {typographic(post.title)}
                </Link>
              </h2>
              {(post.published || post.fiction) && (
                <p className="mt-1 font-sans text-sm text-[var(--muted)]">
                  {post.fiction && (
                    <span className="mr-2 rounded border border-[var(--rule)] px-1.5 font-medium text-[var(--ink)]">
                      Fiction
                    </span>
                  )}
                  {post.published && <time dateTime={post.published}>{formatDate(post.published)}</time>}
                </p>
              )}
              <p dir="auto" className="mt-2 font-serif text-lg leading-relaxed">
                {typographic(post.summary)}
              </p>
              {post.speakers.length > 0 && (
                <p className="mt-2 font-sans text-sm text-[var(--muted)]">
                  Quoting <QuotedNames names={post.speakers} ids={post.speakerIds ?? []} />
                </p>
              )}
            </article>
          </li>
        ))}
      </ol>
      <Pager
        label="Pages"
        previous={page > 1 ? { to: page === 2 ? '/' : `/page/${page - 1}`, text: 'Newer posts' } : undefined}
        next={page < data.pageCount ? { to: `/page/${page + 1}`, text: 'Older posts' } : undefined}
      />
    </section>
  )
}

/** Who a post quotes, as listParts words it, each name a link to its speaker page where it has one. */
function QuotedNames({ names, ids }: { names: readonly string[]; ids: readonly (string | null)[] }) {
  const { shown, before, end } = listParts(names)
  return (
    <>
      {shown.map((name, index) => {
        const id = ids[index]
        return (
          <Fragment key={index}>
            {before(index)}
            {id ? (
              <Link
                to={speakerPath(id)}
                className="underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
              >
                {name}
              </Link>
            ) : (
              name
            )}
          </Fragment>
        )
      })}
      {end}
    </>
  )
}
