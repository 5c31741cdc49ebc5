import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { isUncertain } from '../../article/confidence.ts'
import { typographic } from '../../article/typography.ts'
import { formatDate } from '../shared/format.ts'
import { useHydrated } from '../shared/hydration.ts'
import { pageTitle } from '../shared/page-title.ts'
import { SearchField } from '../shared/search-field.tsx'
import { textLink } from '../shared/styles.ts'
import { excerptParts } from './excerpt.ts'
import { decodeQuoteFacts, type QuoteFacts } from './quote-facts.ts'
import { RESULTS_PER_PAGE, searchArchive, type PagefindResultData } from './pagefind.ts'

const SPEAKER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Posts and quotations by their words: `/search?q=…`, narrowed to one speaker with `&speaker=<id>`. The query
 * lives in the address, so a search can be shared and the back button works; the answers come from Pagefind,
 * in the browser, from the chunks of the index the words need.
 */
export function SearchRoute() {
  // Read and written as plain URLSearchParams: useSearchParams would add its code to every post's JavaScript.
  const params = new URLSearchParams(useLocation().search)
  const navigate = useNavigate()
  // The prerendered page is the search page with no query: what the address asks for shows once hydrated.
  const hydrated = useHydrated()
  const query = hydrated ? (params.get('q') ?? '').trim() : ''
  const speakerParam = hydrated ? params.get('speaker') : null
  const speaker = speakerParam && SPEAKER_ID.test(speakerParam) ? speakerParam : null
  const search = (words: string) => {
    const next = new URLSearchParams()
    if (words.trim()) next.set('q', words.trim())
    if (speaker) next.set('speaker', speaker)
    navigate({ search: `?${next}` })
  }
  // A new address (a search, back, forward) starts afresh: the box holds its words, the list its first page.
  return <SearchPage key={`${query}\n${speaker}`} query={query} speaker={speaker} onSearch={search} />
}

function SearchPage({
  query,
  speaker,
  onSearch,
}: {
  query: string
  speaker: string | null
  onSearch: (words: string) => void
}) {
  const [typed, setTyped] = useState(query)
  const [count, setCount] = useState(RESULTS_PER_PAGE)

  const answer = useQuery({
    queryKey: ['search', query, speaker, count],
    queryFn: () => searchArchive(query, speaker, count),
    enabled: query !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch(typed)
  }
  const speakerName = speaker
    ? answer.data?.results
        .flatMap((result) => [...decodeQuoteFacts(result.meta.quotes).values()])
        .find((fact) => fact.speakerId === speaker)?.speaker
    : undefined

  return (
    <section aria-labelledby="search-title" className="mx-auto max-w-[70ch]">
      <title>{pageTitle(query ? `Search: ${query}` : 'Search')}</title>
      <h1 id="search-title" className="font-serif text-3xl font-semibold">
        Search
      </h1>
      <form role="search" onSubmit={submit} className="mt-4 flex gap-2 font-sans">
        <SearchField
          id="search-query"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          // After a search the page starts afresh (a new address): the box keeps the focus for the next one.
          autoFocus={query !== ''}
          placeholder="Words from a post or a quotation"
          className="min-w-0 flex-1 px-3 py-2"
        />
        <button
          type="submit"
          className="rounded-md bg-[var(--accent)] px-4 py-2 text-sm font-medium text-[var(--page)] focus-ring"
        >
          Search
        </button>
      </form>
      <noscript>
        <p className="mt-4 font-serif text-lg">
          Search needs JavaScript: it runs in your browser, over an index of the archive. Everything else on
          Verbatim reads without it.
        </p>
      </noscript>
      {speaker && (
        <p className="mt-3 font-sans text-sm text-[var(--muted)]">
          Only what {speakerName ? typographic(speakerName) : 'one speaker'} said, and posts quoting them ·{' '}
          <Link to={query ? `/search?q=${encodeURIComponent(query)}` : '/search'} className={textLink}>
            Search everyone
          </Link>
        </p>
      )}
      <div role="status" aria-live="polite" className="mt-6 font-sans text-sm text-[var(--muted)]">
        {query === ''
          ? ''
          : answer.isError
            ? 'Search could not load. Check the connection and try again.'
            : answer.data
              ? answer.data.total === 0
                ? `Nothing found for “${query}”.`
                : `${answer.data.total} ${answer.data.total === 1 ? 'result' : 'results'} for “${query}”`
              : 'Searching…'}
      </div>
      {answer.data && answer.data.results.length > 0 && (
        <ol className="mt-4 space-y-6">
          {answer.data.results.map((result) => (
            <li key={result.url}>
              <SearchResult result={result} speaker={speaker} />
            </li>
          ))}
        </ol>
      )}
      {answer.data && answer.data.total > answer.data.results.length && (
        <button
          type="button"
          onClick={() => setCount((shown) => shown + RESULTS_PER_PAGE)}
          className={`mt-8 font-sans ${textLink}`}
        >
          Show more results
        </button>
      )}
    </section>
  )
}

/** The words of an excerpt as text, the matched ones marked. */
function Excerpt({ html }: { html: string }) {
  return (
    <>
      {excerptParts(html).map((part, index) =>
        part.marked ? (
          <mark
            key={index}
            className="rounded-sm bg-[var(--speaker-tint)] px-0.5 text-[var(--ink)] speaker-1"
          >
            {typographic(part.text)}
          </mark>
        ) : (
          typographic(part.text)
        ),
      )}
    </>
  )
}

/** Quotations a post result shows at most; the rest are in the post. */
const QUOTATIONS_SHOWN = 3

/**
 * A post the words were found in: its title and date, then the quotations they were found in, each with who
 * said it and a link to it in the post; or, if none, where in the post's text they are. Narrowed to a speaker,
 * only that speaker's quotations.
 */
function SearchResult({ result, speaker }: { result: PagefindResultData; speaker: string | null }) {
  const { meta } = result
  const facts = decodeQuoteFacts(meta.quotes)
  const quotations = result.sub_results
    .map((sub) => ({ sub, id: sub.url.slice(sub.url.indexOf('#') + 1), hasId: sub.url.includes('#') }))
    .filter(({ hasId, id }) => hasId && facts.has(id))
    .map(({ sub, id }) => ({ sub, id, fact: facts.get(id) as QuoteFacts }))
    .filter(({ fact }) => !speaker || fact.speakerId === speaker)
  const title = typographic(meta.title ?? result.url)
  return (
    <article aria-label={title}>
      <h2 dir="auto" className="font-serif text-xl font-semibold leading-snug">
        <Link
          to={result.url}
          className="hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
        >
          {title}
        </Link>
      </h2>
      {meta.published && (
        <p className="mt-1 font-sans text-sm text-[var(--muted)]">
          <time dateTime={meta.published}>{formatDate(meta.published)}</time>
        </p>
      )}
      {quotations.length === 0 ? (
        <p dir="auto" className="mt-2 font-serif text-lg leading-relaxed">
          <Excerpt html={result.excerpt} />
        </p>
      ) : (
        <ul className="mt-2 space-y-3">
          {quotations.slice(0, QUOTATIONS_SHOWN).map(({ sub, id, fact }) => (
            <li key={id}>
              <p className="font-sans text-sm text-[var(--muted)]">
                <Link to={sub.url} className={textLink}>
                  {fact.kind === 'indirect' ? 'Reported speech' : 'Quotation'} by{' '}
                  {fact.speaker
                    ? `${isUncertain({ speakerId: 'speaker', confidence: fact.confidence }) ? 'probably ' : ''}${typographic(fact.speaker)}`
                    : 'an unattributed speaker'}
                </Link>
              </p>
              <p dir="auto" className="mt-1 font-serif text-lg leading-relaxed">
                <Excerpt html={sub.excerpt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
