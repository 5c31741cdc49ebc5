import { useSuspenseQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import { Link, useParams } from 'react-router'
import { UNDATED } from '../../article/post-archive.ts'
import type { PostSummary } from '../../article/schema.ts'
import { plural } from '../../article/text.ts'
import { typographic } from '../../article/typography.ts'
import { speakerPath } from '../speakers-archive/paths.ts'
import { formatDate } from '../shared/format.ts'
import { listParts } from '../shared/name-list.ts'
import { pageTitle } from '../shared/page-title.ts'
import { Pager } from '../shared/pager.tsx'
import { textLink } from '../shared/styles.ts'
import { archiveQueries } from './archive-queries.ts'
import { ARCHIVE_PATH, monthFromPath, monthName, monthPath } from './paths.ts'

const headingClass = 'font-serif text-3xl font-semibold'
const introClass = 'mb-8 mt-2 font-sans text-[var(--muted)]'

/** The home page: the newest posts, then on into the archive by month. */
export function HomePage() {
  const { data } = useSuspenseQuery(archiveQueries.latest())
  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-[70ch]">
      <title>Verbatim — who said what</title>
      <h1 id="home-title" className={headingClass}>
        Latest posts
      </h1>
      <p className={introClass}>
        Verbatim shows who said what: every quotation in a post is highlighted and tied to the person who said
        it.
      </p>
      <PostList posts={data.posts} />
      {data.total > 0 && (
        <p className="mt-12 font-sans">
          <Link to={ARCHIVE_PATH} className={textLink}>
            All {plural(data.total, 'post')}, month by month
          </Link>
        </p>
      )}
      <Pager
        label="The archive"
        next={
          data.continues && data.total > data.posts.length
            ? { to: monthPath(data.continues), text: `Older posts, from ${monthName(data.continues)}` }
            : undefined
        }
      />
    </section>
  )
}

/** One month of the archive, newest first, with the months either side. */
export function MonthPage() {
  const params = useParams()
  const month = monthFromPath(params.year, params.month) ?? UNDATED
  const { data } = useSuspenseQuery(archiveQueries.month(month))
  const name = monthName(data.month)
  return (
    <section aria-labelledby="month-title" className="mx-auto max-w-[70ch]">
      <title>{pageTitle(name)}</title>
      <nav aria-label="Breadcrumb" className="font-sans text-sm">
        <Link to={ARCHIVE_PATH} className={textLink}>
          The archive
        </Link>
      </nav>
      <h1 id="month-title" className={`mt-3 ${headingClass}`}>
        {name}
      </h1>
      <p className={introClass}>{plural(data.posts.length, 'post')}, newest first.</p>
      <PostList posts={data.posts} />
      <Pager
        label="Months"
        previous={data.newer ? { to: monthPath(data.newer), text: monthName(data.newer) } : undefined}
        next={data.older ? { to: monthPath(data.older), text: monthName(data.older) } : undefined}
      />
    </section>
  )
}

/** Every month with posts, by year, newest first. */
export function ArchiveIndexPage() {
  const { data } = useSuspenseQuery(archiveQueries.index())
  const years = new Map<string, typeof data.months>()
  for (const entry of data.months) {
    const year = entry.month === UNDATED ? 'Undated' : entry.month.slice(0, 4)
    years.set(year, [...(years.get(year) ?? []), entry])
  }
  return (
    <section aria-labelledby="archive-title" className="mx-auto max-w-[70ch]">
      <title>{pageTitle('The archive')}</title>
      <h1 id="archive-title" className={headingClass}>
        The archive
      </h1>
      <p className={introClass}>{plural(data.total, 'post')}, month by month, newest first.</p>
      {[...years].map(([year, months]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-6">
          <h2 id={`year-${year}`} className="font-serif text-xl font-semibold">
            {year}
          </h2>
          <ul className="mt-2 space-y-1 font-sans">
            {months.map((entry) => (
              <li key={entry.month}>
                <Link to={monthPath(entry.month)} className={textLink}>
                  {monthName(entry.month)}
                </Link>{' '}
                <span className="text-[var(--muted)]">({plural(entry.count, 'post')})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}

function PostList({ posts }: { posts: readonly PostSummary[] }) {
  return (
    <ol className="space-y-8">
      {posts.map((post) => (
        <li key={post.slug}>
          <article aria-labelledby={`post-${post.slug}`}>
            <h2 id={`post-${post.slug}`} dir="auto" className="font-serif text-xl font-semibold leading-snug">
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
