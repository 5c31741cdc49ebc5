import { startTransition, useCallback, useMemo, useState } from 'react'
import type { Article } from '../../../article/schema.ts'
import { scrollToQuote } from '../../article/scroll-to-quote.ts'

export interface SpeakerFocus {
  /** undefined: no one followed; null: the unattributed quotations; else a speaker id. */
  active: string | null | undefined
  /** Where the reader is among the followed quotations, 0-based. */
  position: number
  /** The followed quotation the reader is on, if any. */
  current: string | null
  toggle: (speaker: string | null) => void
  step: (direction: 1 | -1) => void
}

/**
 * Following one speaker through a post: their quotations come forward and the reader steps through them. The
 * choice belongs to the post it was made on: a move to another post starts afresh.
 */
export function useSpeakerFocus(article: Article, names: ReadonlyMap<string, string>): SpeakerFocus {
  const [selection, setSelection] = useState<{
    slug: string
    speaker: string | null
    position: number
  } | null>(null)
  const active = selection?.slug === article.slug ? selection.speaker : undefined
  const position = selection?.slug === article.slug ? selection.position : 0

  const quotesOf = useCallback(
    (speaker: string | null) =>
      article.quotes.filter((quote) =>
        speaker === null ? !quote.speakerId || !names.has(quote.speakerId) : quote.speakerId === speaker,
      ),
    [article, names],
  )

  // Transitions: on a long post every quotation re-renders to step back or come forward, and that work should
  // yield to the reader's next key press rather than freeze the page.
  const toggle = useCallback(
    (speaker: string | null) => {
      if (active !== undefined && active === speaker) {
        startTransition(() => setSelection(null))
        return
      }
      startTransition(() => setSelection({ slug: article.slug, speaker, position: 0 }))
      const first = quotesOf(speaker)[0]
      if (first) scrollToQuote(first.id)
    },
    [active, article.slug, quotesOf],
  )
  const step = useCallback(
    (direction: 1 | -1) => {
      if (active === undefined) return
      const quotes = quotesOf(active)
      const next = quotes[(position + direction + quotes.length) % quotes.length]
      if (!next) return
      startTransition(() =>
        setSelection({ slug: article.slug, speaker: active, position: quotes.indexOf(next) }),
      )
      scrollToQuote(next.id)
    },
    [active, position, article.slug, quotesOf],
  )

  const current = useMemo(
    () => (active === undefined ? null : (quotesOf(active)[position]?.id ?? null)),
    [active, position, quotesOf],
  )
  return { active, position, current, toggle, step }
}
