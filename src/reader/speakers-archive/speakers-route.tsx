import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import type { SpeakerOrder } from '../../article/speaker-archive.ts'
import { typographic } from '../../article/typography.ts'
import { NotFoundError } from '../data/errors.ts'
import { pageNumber } from '../shared/page-number.ts'
import { formatDate } from '../shared/format.ts'
import { pageTitle } from '../shared/page-title.ts'
import { Pager } from '../shared/pager.tsx'
import { speakerPath, speakersPath } from './paths.ts'
import { speakerQueries } from './speaker-queries.ts'
import { plural } from '../../article/text.ts'
import { textLink } from '../shared/styles.ts'

export function speakersLoader(queryClient: QueryClient, order: SpeakerOrder) {
  return async ({ params }: LoaderFunctionArgs) => {
    const page = pageNumber(params.page)
    if (page === null || (params.page !== undefined && page === 1)) throw new NotFoundError('No such page')
    await queryClient.ensureQueryData(speakerQueries.list(order, page))
    return null
  }
}

/** Everyone quoted in the archive, most quoted first or A–Z, a hundred a page. */
export function SpeakersRoute({ order }: { order: SpeakerOrder }) {
  const page = pageNumber(useParams().page) ?? 1
  const { data } = useSuspenseQuery(speakerQueries.list(order, page))
  // The order shown is the current tab: on its first page the current page, on later ones the current choice.
  // (Plain links rather than NavLink, whose code would otherwise ride in every post's JavaScript.)
  const tab = (tabOrder: SpeakerOrder) => ({
    'aria-current': tabOrder === order ? (page === 1 ? ('page' as const) : true) : undefined,
    className: `rounded-md px-3 py-1.5 ${tabOrder === order ? 'bg-[var(--ink)] text-[var(--page)]' : textLink}`,
  })
  return (
    <section aria-labelledby="speakers-title" className="mx-auto max-w-[70ch]">
      <title>{pageTitle(page === 1 ? 'Everyone quoted' : `Everyone quoted, page ${page}`)}</title>
      <h1 id="speakers-title" className="font-serif text-3xl font-semibold">
        Everyone quoted
      </h1>
      <p className="mt-2 font-sans text-[var(--muted)]">
        {data.total} {data.total === 1 ? 'speaker' : 'people and organisations'} quoted across the archive.
        Unnamed sources (“a spokesman”) are not listed.
      </p>
      <nav aria-label="Order" className="mt-6 flex gap-2 font-sans text-sm">
        <Link to={speakersPath('quoted')} {...tab('quoted')}>
          Most quoted
        </Link>
        <Link to={speakersPath('az')} {...tab('az')}>
          A–Z
        </Link>
      </nav>
      <ol className="mt-6 divide-y divide-[var(--rule)]">
        {data.speakers.map((speaker) => (
          <li key={speaker.id} className="py-3">
            <Link to={speakerPath(speaker.id)} dir="auto" className={`font-serif text-xl ${textLink}`}>
              {typographic(speaker.name)}
            </Link>
            {speaker.role && (
              <span dir="auto" className="ml-2 font-serif text-[var(--muted)]">
                {typographic(speaker.role)}
              </span>
            )}
            <p className="mt-1 font-sans text-sm text-[var(--muted)]">
              {plural(speaker.quoteCount, 'quotation')} in {plural(speaker.postCount, 'post')}
              {speaker.last && (
                <>
                  {' · last quoted '}
                  <time dateTime={speaker.last}>{formatDate(speaker.last)}</time>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
      <Pager
        label="Pages"
        previous={page > 1 ? { to: speakersPath(order, page - 1), text: 'Previous page' } : undefined}
        next={page < data.pageCount ? { to: speakersPath(order, page + 1), text: 'Next page' } : undefined}
      />
    </section>
  )
}

export function MostQuotedRoute() {
  return <SpeakersRoute order="quoted" />
}

export function AlphabeticalRoute() {
  return <SpeakersRoute order="az" />
}
