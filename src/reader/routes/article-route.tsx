import type { QueryClient } from '@tanstack/react-query'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLocation, useNavigate, useNavigationType, useParams, type LoaderFunctionArgs } from 'react-router'
import { ArticleBody } from '../article/article-body.tsx'
import { ArticleHeader } from '../article/article-header.tsx'
import { postQueries } from '../article/post-queries.ts'
import { useAnnounce } from '../layout/announcer.tsx'
import { useHydrated } from '../layout/hydration.ts'
import { PostNav } from '../navigation/post-nav.tsx'
import { useKeyboardShortcuts } from '../navigation/shortcuts.ts'
import { SpeakerSidebar } from '../speakers/speaker-sidebar.tsx'
import { summariseSpeakers } from '../speakers/speaker-stats.ts'

export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(postQueries.detail(params.slug ?? ''))
    return null
  }
}

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

function scrollToQuote(id: string) {
  const element = document.getElementById(id)
  if (!element) return false
  element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
  element.focus({ preventScroll: true })
  return true
}

export function ArticleRoute() {
  const slug = useParams().slug ?? ''
  const { data: article } = useSuspenseQuery(postQueries.detail(slug))
  const location = useLocation()
  const navigationType = useNavigationType()
  const navigate = useNavigate()
  const announce = useAnnounce()
  const heading = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)

  const summary = useMemo(
    () => summariseSpeakers(article.paragraphs, article.speakers, article.quotes),
    [article],
  )
  const names = useMemo(
    () => new Map(article.speakers.map((speaker) => [speaker.id, speaker.name])),
    [article],
  )
  const colours = useMemo(
    () => new Map(summary.speakers.map((stat) => [stat.speaker.id, stat.colour])),
    [summary],
  )

  // The chosen speaker and the step among their quotations belong to this post: a new slug starts afresh.
  const [selection, setSelection] = useState<{
    slug: string
    speaker: string | null
    position: number
  } | null>(null)
  const active = selection?.slug === slug ? selection.speaker : undefined
  const position = selection?.slug === slug ? selection.position : 0
  const [highlighted, setHighlighted] = useState<string | null>(null)
  // The #fragment exists only in the browser: read it after hydration so the first render matches the HTML.
  const hydrated = useHydrated()
  const targeted =
    hydrated && location.hash.startsWith('#q') ? (location.hash.slice(1).split(':~:')[0] ?? null) : null

  const quotesOf = useCallback(
    (speaker: string | null) =>
      article.quotes.filter((quote) =>
        speaker === null ? !quote.speakerId || !names.has(quote.speakerId) : quote.speakerId === speaker,
      ),
    [article, names],
  )

  const toggleSpeaker = (speaker: string | null) => {
    // A transition: on a long post every quotation re-renders to dim or light up, and that work should yield
    // to the reader's next key press rather than freeze the page.
    if (active !== undefined && active === speaker) {
      startTransition(() => setSelection(null))
      return
    }
    startTransition(() => setSelection({ slug, speaker, position: 0 }))
    const first = quotesOf(speaker)[0]
    if (first) scrollToQuote(first.id)
  }
  const step = (direction: 1 | -1) => {
    if (active === undefined) return
    const quotes = quotesOf(active)
    if (quotes.length === 0) return
    const next = (position + direction + quotes.length) % quotes.length
    startTransition(() => setSelection({ slug, speaker: active, position: next }))
    scrollToQuote((quotes[next] as { id: string }).id)
  }

  // Title, focus and announcement after every move between posts; the first load keeps the browser's focus.
  useEffect(() => {
    document.title = `${article.title} — Verbatim`
    if (firstRender.current) {
      firstRender.current = false
      if (navigationType === 'POP') return
    }
    if (!location.hash) heading.current?.focus({ preventScroll: true })
    announce(`Now reading: ${article.title}`)
    // Only a change of post should move focus, not a change of hash within it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.slug])

  // Once the post is on screen (loaded or prerendered), warm the cache with its neighbours so a move is immediate.
  const queryClient = useQueryClient()
  useEffect(() => {
    for (const neighbour of [article.prev, article.next]) {
      if (neighbour) void queryClient.prefetchQuery(postQueries.detail(neighbour.slug))
    }
  }, [article, queryClient])

  // A link to one quotation (#q3) scrolls to it and marks it, on a fresh load as after a move.
  useEffect(() => {
    if (targeted) scrollToQuote(targeted)
  }, [targeted, article.slug])

  const shortcuts = useMemo(
    () => ({
      previous: article.prev ? () => navigate(`/posts/${article.prev?.slug}`) : undefined,
      next: article.next ? () => navigate(`/posts/${article.next?.slug}`) : undefined,
    }),
    [article, navigate],
  )
  useKeyboardShortcuts(shortcuts)

  const emphasised = active !== undefined ? (quotesOf(active)[position]?.id ?? null) : targeted

  // One grid: on a phone the speakers come between headline and text; on a wide screen they stand beside it.
  return (
    <article aria-labelledby="article-title" className="grid lg:grid-cols-[minmax(0,65ch)_18rem] lg:gap-x-12">
      <div className="min-w-0 lg:col-start-1">
        <ArticleHeader article={article} headingRef={heading} />
      </div>
      <div className="min-w-0 lg:col-start-2 lg:row-span-3 lg:row-start-1">
        <SpeakerSidebar
          summary={summary}
          active={active}
          highlighted={highlighted}
          position={position}
          onToggle={toggleSpeaker}
          onStep={step}
        />
      </div>
      <div className="min-w-0 lg:col-start-1">
        <ArticleBody
          article={article}
          names={names}
          colours={colours}
          activeSpeaker={active}
          emphasisedQuote={emphasised}
          onFocusSpeaker={setHighlighted}
        />
      </div>
      <div className="min-w-0 lg:col-start-1">
        <PostNav prev={article.prev} next={article.next} />
      </div>
    </article>
  )
}
