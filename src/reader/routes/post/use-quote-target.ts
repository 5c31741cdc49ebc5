import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { scrollToQuote } from '../../article/scroll-to-quote.ts'
import { useHydrated } from '../../shared/hydration.ts'

/**
 * The quotation a link points at (`#q3`, or `#q3:~:text=…` with a text fragment), scrolled to and focused on a
 * fresh load as after a move. The fragment exists only in the browser: it is read after hydration, so the first
 * render matches the prerendered HTML.
 */
export function useQuoteTarget(slug: string): string | null {
  const { hash } = useLocation()
  const hydrated = useHydrated()
  const targeted = hydrated && hash.startsWith('#q') ? (hash.slice(1).split(':~:')[0] ?? null) : null
  useEffect(() => {
    if (targeted) scrollToQuote(targeted)
  }, [targeted, slug])
  return targeted
}
