import { startTransition, useEffect, useMemo, useState } from 'react'
import type { Article } from '../../article/schema.ts'
import type { Quote } from '../../quotes/types.ts'
import { useHydrated } from '../layout/hydration.ts'
import { Quotation } from './quotation.tsx'
import { quotesByParagraph, segmentParagraph } from './quote-segments.ts'

/** Paragraphs a browser can lay out in well under a frame's worth of long task on a slow phone. */
const PARAGRAPHS_PER_STEP = 300

/**
 * How many paragraphs to show now. A prerendered page hydrates with all of them (the HTML holds them all);
 * after a move, a long post arrives in steps, one task each, so no single task blocks input for long. The
 * first step reaches at least the paragraph a link points into, so it can be scrolled to at once.
 */
function useParagraphsShown(total: number, mustShow: number): number {
  const hydrated = useHydrated()
  const [shown, setShown] = useState(() => (hydrated ? Math.max(PARAGRAPHS_PER_STEP, mustShow + 1) : total))
  useEffect(() => {
    if (shown >= total) return
    const timer = setTimeout(() => startTransition(() => setShown((count) => count + PARAGRAPHS_PER_STEP)))
    return () => clearTimeout(timer)
  }, [shown, total])
  return Math.max(shown, mustShow + 1)
}

export interface ArticleBodyProps {
  article: Article
  names: ReadonlyMap<string, string>
  colours: ReadonlyMap<string, number>
  activeSpeaker: string | null | undefined
  emphasisedQuote: string | null
  onFocusSpeaker: (speakerId: string | null) => void
}

function firstSpanText(article: Article, quote: Quote): string {
  const span = quote.spans[0]
  return span ? (article.paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '') : ''
}

/** The paragraphs, as text (never HTML), with every quotation in place. */
export function ArticleBody({
  article,
  names,
  colours,
  activeSpeaker,
  emphasisedQuote,
  onFocusSpeaker,
}: ArticleBodyProps) {
  const quotesIn = useMemo(() => quotesByParagraph(article.quotes), [article.quotes])
  const emphasisedParagraph =
    article.quotes.find((quote) => quote.id === emphasisedQuote)?.spans[0]?.paragraph ?? 0
  const shown = useParagraphsShown(article.paragraphs.length, emphasisedParagraph)
  return (
    <div className="max-w-[65ch] font-serif text-[1.1875rem] leading-[1.65]">
      {article.paragraphs.slice(0, shown).map((paragraph, index) =>
        // A paragraph that arrived broken is kept as an empty string so span indices hold; nothing to show.
        paragraph === '' ? null : (
          <p key={index} dir="auto" className="mb-5">
            {segmentParagraph(paragraph, index, quotesIn.get(index) ?? []).map((segment, at) =>
              segment.piece ? (
                <Quotation
                  key={at}
                  piece={segment.piece}
                  slug={article.slug}
                  shareText={firstSpanText(article, segment.piece.quote)}
                  speakerName={
                    segment.piece.quote.speakerId ? (names.get(segment.piece.quote.speakerId) ?? null) : null
                  }
                  colour={
                    segment.piece.quote.speakerId
                      ? (colours.get(segment.piece.quote.speakerId) ?? null)
                      : null
                  }
                  dimmed={activeSpeaker !== undefined && segment.piece.quote.speakerId !== activeSpeaker}
                  emphasised={emphasisedQuote === segment.piece.quote.id}
                  onFocusSpeaker={onFocusSpeaker}
                >
                  {segment.text}
                </Quotation>
              ) : (
                segment.text
              ),
            )}
          </p>
        ),
      )}
    </div>
  )
}
