import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { isUncertain } from '../../article/confidence.ts'
import { quotationRange, type SpeakerPage, type SpeakerQuote } from '../../article/speaker-archive.ts'
import { typographic } from '../../article/typography.ts'
import { NotFoundError } from '../data/errors.ts'
import { pageNumber } from '../shared/page-number.ts'
import { formatDate } from '../shared/format.ts'
import { pageTitle } from '../shared/page-title.ts'
import { Pager } from '../shared/pager.tsx'
import { speakerPath } from './paths.ts'
import { QuotesByMonth } from './quotes-by-month.tsx'
import { speakerQueries } from './speaker-queries.ts'
import { plural } from '../../article/text.ts'
import { textLink } from '../shared/styles.ts'

/** The speaker's page, or with a page number one of their pages of older quotations; past the end is no page. */
export function speakerLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? ''
    if (params.page === undefined)
      return queryClient.ensureQueryData(speakerQueries.page(id)).then(() => null)
    const page = pageNumber(params.page)
    if (page === null) throw new NotFoundError('No such page')
    await queryClient.ensureQueryData(speakerQueries.older(id, page))
    return null
  }
}

/** "from 2 March 2026 to 5 May 2026", "on 2 March 2026", or nothing for an undated role. */
function dateRange(first: string | undefined, last: string | undefined): string {
  if (!first || !last) return ''
  return first === last ? ` (${formatDate(first)})` : ` (${formatDate(first)} to ${formatDate(last)})`
}

/** `/speakers/<id>` or `/speakers/<id>/page/<n>`: the speaker's page, or one of their older quotations. */
export function SpeakerRoute() {
  return useParams().page === undefined ? <SpeakerProfile /> : <OlderQuotations />
}

/**
 * One speaker across the archive: who they are, the roles the posts gave them, how often and when they were
 * quoted, and their newest quotations, each linking to its place in its post.
 */
function SpeakerProfile() {
  const { data } = useSuspenseQuery(speakerQueries.page(useParams().id ?? ''))
  const name = typographic(data.name)
  return (
    <article aria-labelledby="speaker-title" className="mx-auto max-w-[70ch]">
      <title>{pageTitle(name)}</title>
      <Breadcrumb />
      <h1 id="speaker-title" dir="auto" className="mt-3 font-serif text-3xl font-semibold">
        {name}
      </h1>
      <SpeakerFacts speaker={data} />
      <QuotesByMonth months={data.months} />
      <section aria-labelledby="quotations-title" className="mt-10">
        <h2 id="quotations-title" className="font-serif text-2xl font-semibold">
          {data.olderPage ? 'Latest quotations, newest first' : 'Quotations, newest first'}
        </h2>
        <QuotationList quotes={data.quotes} />
      </section>
      <Pager
        label="Pages of quotations"
        next={
          data.olderPage ? { to: speakerPath(data.id, data.olderPage), text: 'Older quotations' } : undefined
        }
      />
    </article>
  )
}

/** A page of a speaker's older quotations, numbered from their first. */
function OlderQuotations() {
  const params = useParams()
  const page = pageNumber(params.page) ?? 1
  const { data } = useSuspenseQuery(speakerQueries.older(params.id ?? '', page))
  const name = typographic(data.name)
  const { from, to } = quotationRange(data.page)
  return (
    <article aria-labelledby="speaker-title" className="mx-auto max-w-[70ch]">
      <title>{pageTitle(`${name}, quotations ${from}–${to}`)}</title>
      <Breadcrumb />
      <h1 id="speaker-title" dir="auto" className="mt-3 font-serif text-3xl font-semibold">
        <Link to={speakerPath(data.id)} className={textLink}>
          {name}
        </Link>
      </h1>
      <section aria-labelledby="quotations-title" className="mt-6">
        <h2 id="quotations-title" className="font-serif text-2xl font-semibold">
          {`Quotations ${from} to ${to}, newest first`}
        </h2>
        <p className="mt-1 font-sans text-sm text-[var(--muted)]">
          Counted from the first one the archive holds.
        </p>
        <QuotationList quotes={data.quotes} />
      </section>
      <Pager
        label="Pages of quotations"
        previous={{
          to: data.newerPage ? speakerPath(data.id, data.newerPage) : speakerPath(data.id),
          text: 'Newer quotations',
        }}
        next={
          data.page > 1 ? { to: speakerPath(data.id, data.page - 1), text: 'Older quotations' } : undefined
        }
      />
    </article>
  )
}

function Breadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="font-sans text-sm">
      <Link to="/speakers" className={textLink}>
        Everyone quoted
      </Link>
    </nav>
  )
}

function QuotationList({ quotes }: { quotes: readonly SpeakerQuote[] }) {
  return (
    <ol className="mt-4 space-y-8">
      {quotes.map((quote) => (
        <li key={`${quote.post.slug}#${quote.quoteId}`}>
          <SpeakerQuotation quote={quote} />
        </li>
      ))}
    </ol>
  )
}

function SpeakerFacts({ speaker }: { speaker: SpeakerPage }) {
  return (
    <>
      <p className="mt-2 font-sans text-[var(--muted)]">
        {speaker.kind === 'person' ? 'Person' : 'Organisation'} · {plural(speaker.quoteCount, 'quotation')} in{' '}
        {plural(speaker.postCount, 'post')}
      </p>
      {speaker.first && speaker.last && (
        <p className="mt-1 font-sans text-sm text-[var(--muted)]">
          First quoted <time dateTime={speaker.first}>{formatDate(speaker.first)}</time>, last quoted{' '}
          <time dateTime={speaker.last}>{formatDate(speaker.last)}</time>
        </p>
      )}
      {speaker.roles.length > 0 && (
        <section aria-labelledby="roles-title" className="mt-4">
          <h2 id="roles-title" className="font-sans text-sm font-semibold text-[var(--muted)]">
            {speaker.roles.length === 1 ? 'Role given' : 'Roles given'}
          </h2>
          <ul className="mt-1 font-serif text-lg">
            {speaker.roles.map((role) => (
              <li key={role.role} dir="auto">
                {typographic(role.role)}
                <span className="font-sans text-sm text-[var(--muted)]">
                  {dateRange(role.first, role.last)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

/**
 * The excerpt's three parts with typographic marks, made over the whole sentence: a closing mark at the start
 * of the words after a quotation is still a closing one. (typographic changes one character for one.)
 */
function typographicParts({
  before,
  quoted,
  after,
}: SpeakerQuote['excerpts'][number]): [string, string, string] {
  const whole = typographic(before + quoted + after)
  const quotedEnd = before.length + quoted.length
  return [whole.slice(0, before.length), whole.slice(before.length, quotedEnd), whole.slice(quotedEnd)]
}

const KIND_WORDS: Record<SpeakerQuote['kind'], string> = {
  direct: 'quotation',
  mixed: 'quotation',
  indirect: 'reported speech',
}

/**
 * A quotation in the sentence it was said in, highlighted as in a post (a tint for quoted words, a dotted line
 * for reported speech), with the post it is from and a link to its place there.
 */
function SpeakerQuotation({ quote }: { quote: SpeakerQuote }) {
  const marked = quote.kind !== 'indirect'
  const uncertain = isUncertain({ speakerId: 'speaker', confidence: quote.confidence })
  const to = `/posts/${quote.post.slug}#${quote.quoteId}`
  return (
    <figure>
      <blockquote cite={to} className="font-serif text-lg leading-relaxed">
        {quote.excerpts.map((excerpt, index) => {
          const [before, quoted, after] = typographicParts(excerpt)
          return (
            <p key={index} dir="auto" className={index > 0 ? 'mt-2' : undefined}>
              {before}
              <span className={`speaker-0 ${marked ? 'quote-marked' : 'quote-reported'}`}>
                <span className="sr-only">{index === 0 ? `${KIND_WORDS[quote.kind]}: ` : ''}</span>
                {quoted}
              </span>
              {after}
            </p>
          )
        })}
      </blockquote>
      <figcaption className="mt-2 font-sans text-sm text-[var(--muted)]">
        {uncertain && <span className="mr-2 italic">Probably theirs ·</span>}
        In <cite className="not-italic">{typographic(quote.post.title)}</cite>
        {quote.post.published && (
          <>
            {' · '}
            <time dateTime={quote.post.published}>{formatDate(quote.post.published)}</time>
          </>
        )}
        {' · '}
        <Link to={to} className={textLink}>
          Read it in the post
          <span className="sr-only">: {typographic(quote.post.title)}</span>
        </Link>
      </figcaption>
    </figure>
  )
}
