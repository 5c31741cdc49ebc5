import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useMemo, useRef, useState } from 'react'
import { useNavigationType, useParams, type LoaderFunctionArgs } from 'react-router'
import { displayName } from '../../../article/display-name.ts'
import type { Article } from '../../../article/schema.ts'
import type { QuoteLink } from '../../article/share.ts'
import { ArticleBody } from '../../article/article-body.tsx'
import { ArticleHeader } from '../../article/article-header.tsx'
import { postQueries } from '../../article/post-queries.ts'
import { PostNav } from '../../navigation/post-nav.tsx'
import { pageTitle } from '../../shared/page-title.ts'
import { SpeakerSidebar } from '../../speakers/speaker-sidebar.tsx'
import { summariseSpeakers } from '../../speakers/speaker-stats.ts'
import { useNeighbourPrefetch } from './use-neighbour-prefetch.ts'
import { usePostArrival } from './use-post-arrival.ts'
import { usePostShortcuts } from './use-post-shortcuts.ts'
import { useQuoteTarget } from './use-quote-target.ts'
import { useSpeakerFocus } from './use-speaker-focus.ts'
import { typographic } from '../../../article/typography.ts'

// Only a reader who arrives on a shared quotation needs its note: it loads then, not with every post.
const SharedQuoteNote = lazy(() =>
  import('../../article/shared-quote-note.tsx').then((module) => ({ default: module.SharedQuoteNote })),
)

export function postLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(postQueries.detail(params.slug ?? ''))
    return null
  }
}

/**
 * One post: headline, speakers, text and the way to its neighbours. The behaviour lives in hooks with one job
 * each; the parts below are memoised, so a router update that changes nothing they show (the loading state of
 * a move) does not render them again.
 */
export function PostRoute() {
  const slug = useParams().slug ?? ''
  const { data: article } = useSuspenseQuery(postQueries.detail(slug))
  return <PostView article={article} />
}

/**
 * An article as a post shows it, wherever it came from: the archive, or a reader's own (`/read`, which gives
 * its own links to a quotation).
 */
export function PostView({ article, quoteLink }: { article: Article; quoteLink?: QuoteLink }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const restoringScroll = useNavigationType() === 'POP'

  const summary = useMemo(
    () => summariseSpeakers(article.paragraphs, article.speakers, article.quotes),
    [article],
  )
  const names = useMemo(
    () => new Map(article.speakers.map((speaker) => [speaker.id, displayName(speaker, article.paragraphs)])),
    [article],
  )
  const keys = useMemo(
    () =>
      new Map(summary.speakers.map((stat) => [stat.speaker.id, { rank: stat.rank, colour: stat.colour }])),
    [summary],
  )
  // The speaker of the quotation under the pointer or the focus, lit in the sidebar.
  const [highlighted, setHighlighted] = useState<string | null>(null)

  const focus = useSpeakerFocus(article, names)
  const targeted = useQuoteTarget(article.slug)
  usePostArrival(article.slug, typographic(article.title), heading)
  useNeighbourPrefetch(article)
  usePostShortcuts(article)

  // One grid: on a phone the speakers come between headline and text; on a wide screen they stand beside it.
  return (
    <article
      aria-labelledby="article-title"
      className="grid lg:grid-cols-[minmax(0,var(--measure))_18rem] lg:gap-x-12"
    >
      <title>{pageTitle(typographic(article.title))}</title>
      <div className="min-w-0 lg:col-start-1">
        <ArticleHeader article={article} headingRef={heading} />
      </div>
      <div className="min-w-0 lg:col-start-2 lg:row-span-3 lg:row-start-1">
        <SpeakerSidebar
          summary={summary}
          names={names}
          active={focus.active}
          highlighted={highlighted}
          position={focus.position}
          onToggle={focus.toggle}
          onStep={focus.step}
        />
      </div>
      <div className="min-w-0 lg:col-start-1">
        <ArticleBody
          // A new post starts with its own first screen, not with as many paragraphs as the last one showed.
          key={article.slug}
          article={article}
          names={names}
          keys={keys}
          activeSpeaker={focus.active}
          emphasisedQuote={focus.active !== undefined ? focus.current : targeted}
          onFocusSpeaker={setHighlighted}
          restoringScroll={restoringScroll}
          quoteLink={quoteLink}
        />
      </div>
      <div className="min-w-0 lg:col-start-1">
        <PostNav prev={article.prev} next={article.next} />
      </div>
      {targeted && (
        <Suspense>
          <SharedQuoteNote
            article={article}
            targeted={targeted}
            names={names}
            following={focus.active !== undefined}
            onFollow={focus.toggle}
          />
        </Suspense>
      )}
    </article>
  )
}
