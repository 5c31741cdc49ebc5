import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { scrollToQuote } from '../../article/scroll-to-quote.ts'
import { useHydrated } from '../../shared/hydration.ts'

/**
 * The quotation an address's fragment names: `#q3` on a post (`#q3:~:text=…` with a text fragment), or after
 * the article a `/read` address carries (`#a=…~q3`, article-link.ts).
 */
export function quoteTargetOf(hash: string): string | null {
  return /^#(?:a=[\w-]+~)?(q\d+)(?::~:|$)/.exec(hash)?.[1] ?? null
}

/**
 * The quotation a link points at (`#q3`, or `#q3:~:text=…` with a text fragment), scrolled to and focused on a
 * fresh load as after a move. The fragment exists only in the browser: it is read after hydration, so the first
 * render matches the prerendered HTML.
 */
export function useQuoteTarget(slug: string): string | null {
  const { hash } = useLocation()
  const hydrated = useHydrated()
  const targeted = hydrated ? quoteTargetOf(hash) : null
  useEffect(() => {
    if (targeted) scrollToQuote(targeted)
  }, [targeted, slug])
  return targeted
}
