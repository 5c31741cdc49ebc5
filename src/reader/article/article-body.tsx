import { lazy, memo, startTransition, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { isUncertain } from '../../article/confidence.ts'
import type { QuoteLink } from './share.ts'
import type { Article } from '../../article/schema.ts'
import type { Quote } from '../../quotes/types.ts'
import { useHydrated } from '../shared/hydration.ts'
import type { SpeakerKey } from '../speakers/speaker-stats.ts'
import { Quotation, SpeakerChip } from './quotation.tsx'
import { quotesByParagraph, segmentParagraph, withChips } from './quote-segments.ts'
import { typographic } from '../../article/typography.ts'
import { anchorOf, selectedInQuotation } from './share-anchor.ts'
import type { ShareRequest } from './share-layer.tsx'

// Sharing loads on first use: the post's first load carries none of it.
const ShareLayer = lazy(() => import('./share-layer.tsx'))

/** Paragraphs a browser can lay out in well under a frame's worth of long task on a slow phone. */
const PARAGRAPHS_PER_STEP = 300
/**
 * After a move to another post, the first step is only what fills a tall screen: the headline and the opening
 * paragraphs show in one short task, and the rest follows a task later, before the reader can scroll to it.
 */
const FIRST_SCREEN_PARAGRAPHS = 10

/**
 * How many paragraphs to show now. A prerendered page hydrates with all of them (the HTML holds them all); a
 * return by back or forward shows a full step at once, so the browser can restore the scroll position; a move
 * shows the first screen, then the rest in steps, one task each, so no single task blocks input for long. The
 * first step reaches at least the paragraph a link points into, so it can be scrolled to at once.
 */
function useParagraphsShown(total: number, mustShow: number, restoring: boolean): number {
  const hydrated = useHydrated()
  const [shown, setShown] = useState(() =>
    hydrated ? (restoring ? PARAGRAPHS_PER_STEP : FIRST_SCREEN_PARAGRAPHS) : total,
  )
  useEffect(() => {
    if (shown >= total) return
    const timer = setTimeout(() =>
      startTransition(() =>
        setShown((count) =>
          count < PARAGRAPHS_PER_STEP ? PARAGRAPHS_PER_STEP : count + PARAGRAPHS_PER_STEP,
        ),
      ),
    )
    return () => clearTimeout(timer)
  }, [shown, total])
  return Math.max(shown, mustShow + 1)
}

export interface ArticleBodyProps {
  article: Article
  names: ReadonlyMap<string, string>
  /** Each quoted speaker's place in the sidebar and palette colour, from summariseSpeakers. */
  keys: ReadonlyMap<string, SpeakerKey>
  activeSpeaker: string | null | undefined
  emphasisedQuote: string | null
  onFocusSpeaker: (speakerId: string | null) => void
  /** True on a return by back or forward, when the browser restores a scroll position into the text. */
  restoringScroll: boolean
  /** Where a shared quotation links, when not to its post (`/read`). */
  quoteLink?: QuoteLink | undefined
}

interface ParagraphRunProps extends Omit<ArticleBodyProps, 'article' | 'restoringScroll' | 'quoteLink'> {
  article: Article
  quotesIn: ReadonlyMap<number, Quote[]>
  onActivate: (quoteId: string, element: HTMLElement, byKeyboard: boolean) => void
  from: number
  to: number
}

/**
 * Paragraphs [from, to). Memoised, so that when a long post grows by a step only the new run renders, not
 * every paragraph already on the page.
 */
const ParagraphRun = memo(function ParagraphRun({
  article,
  quotesIn,
  from,
  to,
  names,
  keys,
  activeSpeaker,
  emphasisedQuote,
  onFocusSpeaker,
  onActivate,
}: ParagraphRunProps) {
  return article.paragraphs.slice(from, to).map((paragraph, offset) => {
    const index = from + offset
    // A paragraph that arrived broken is kept as an empty string so span indices hold; nothing to show.
    if (paragraph === '') return null
    return (
      <p key={index} dir="auto" className="mb-5">
        {withChips(segmentParagraph(typographic(paragraph), index, quotesIn.get(index) ?? [])).map(
          (segment, at) => {
            const piece = segment.piece ?? segment.chipFor
            if (!piece) return segment.text
            const { quote } = piece
            const speakerKey = quote.speakerId ? (keys.get(quote.speakerId) ?? null) : null
            const dimmed = activeSpeaker !== undefined && quote.speakerId !== activeSpeaker
            if (segment.chipFor)
              return (
                <SpeakerChip
                  key={at}
                  speakerKey={speakerKey}
                  uncertain={isUncertain(quote)}
                  dimmed={dimmed}
                />
              )
            return (
              <Quotation
                key={at}
                piece={piece}
                speakerName={quote.speakerId ? (names.get(quote.speakerId) ?? null) : null}
                uncertain={isUncertain(quote)}
                speakerKey={speakerKey}
                dimmed={dimmed}
                emphasised={emphasisedQuote === quote.id}
                onFocusSpeaker={onFocusSpeaker}
                onActivate={onActivate}
              >
                {segment.text}
              </Quotation>
            )
          },
        )}
      </p>
    )
  })
})

/** The paragraphs, as text (never HTML), with every quotation in place. */
export const ArticleBody = memo(function ArticleBody({
  article,
  names,
  keys,
  activeSpeaker,
  emphasisedQuote,
  onFocusSpeaker,
  restoringScroll,
  quoteLink,
}: ArticleBodyProps) {
  const quotesIn = useMemo(() => quotesByParagraph(article.quotes), [article.quotes])
  const emphasisedParagraph =
    article.quotes.find((quote) => quote.id === emphasisedQuote)?.spans[0]?.paragraph ?? 0
  const shown = useParagraphsShown(article.paragraphs.length, emphasisedParagraph, restoringScroll)
  const [sharing, setSharing] = useState<ShareRequest | null>(null)
  const [shareLoaded, setShareLoaded] = useState(false)
  const share = useCallback((request: ShareRequest) => {
    setShareLoaded(true)
    setSharing(request)
  }, [])
  const onActivate = useCallback(
    (quoteId: string, element: HTMLElement, byKeyboard: boolean) =>
      share({ quoteId, selected: null, at: anchorOf(element), returnFocus: byKeyboard ? element : null }),
    [share],
  )
  // Words selected inside one quotation are shared as they are, with the quotation's speaker and link.
  const onSelectionEnd = useCallback(() => {
    const selected = selectedInQuotation(window.getSelection())
    if (selected) share({ ...selected, returnFocus: null })
  }, [share])
  // Each run is its own Suspense boundary, so a prerendered long post hydrates run by run, in tasks of its own.
  // The elements are memoised: a boundary that is handed new elements before it has hydrated must hydrate at
  // once, in one long task, which is what the boundaries are there to avoid.
  // A post longer than one run lays out only the runs near the screen (index.css, .paragraph-run): without that,
  // each run a long post adds makes the browser lay out every paragraph before it again.
  const runClass = article.paragraphs.length > PARAGRAPHS_PER_STEP ? 'paragraph-run' : undefined
  const runs = useMemo(
    () =>
      Array.from({ length: Math.ceil(shown / PARAGRAPHS_PER_STEP) }, (_, run) => (
        <div key={run} className={runClass}>
          <Suspense>
            <ParagraphRun
              article={article}
              quotesIn={quotesIn}
              from={run * PARAGRAPHS_PER_STEP}
              to={Math.min(shown, (run + 1) * PARAGRAPHS_PER_STEP)}
              names={names}
              keys={keys}
              activeSpeaker={activeSpeaker}
              emphasisedQuote={emphasisedQuote}
              onFocusSpeaker={onFocusSpeaker}
              onActivate={onActivate}
            />
          </Suspense>
        </div>
      )),
    [
      article,
      quotesIn,
      shown,
      runClass,
      names,
      keys,
      activeSpeaker,
      emphasisedQuote,
      onFocusSpeaker,
      onActivate,
    ],
  )
  return (
    <div
      className="max-w-[var(--measure)] font-serif text-[length:var(--reading-size)] leading-[1.65]"
      onMouseUp={onSelectionEnd}
      onTouchEnd={onSelectionEnd}
      onKeyUp={(event) => {
        if (event.shiftKey) onSelectionEnd()
      }}
    >
      {runs}
      {shareLoaded && (
        <Suspense>
          <ShareLayer
            article={article}
            names={names}
            request={sharing}
            onClose={() => setSharing(null)}
            quoteLink={quoteLink}
          />
        </Suspense>
      )}
    </div>
  )
})
