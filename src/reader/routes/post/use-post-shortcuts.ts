import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import type { Article } from '../../../article/schema.ts'
import { useKeyboardShortcuts } from '../../shared/shortcuts.ts'
import { stepQuotation } from '../../article/step-quotation.ts'

/** The keys that move to the older and the newer post, and to the next and previous quotation. */
export function usePostShortcuts({ prev, next }: Pick<Article, 'prev' | 'next'>): void {
  const navigate = useNavigate()
  const shortcuts = useMemo(
    () => ({
      older: prev ? () => navigate(`/posts/${prev.slug}`) : undefined,
      newer: next ? () => navigate(`/posts/${next.slug}`) : undefined,
      nextQuote: () => stepQuotation(1),
      previousQuote: () => stepQuotation(-1),
    }),
    [prev, next, navigate],
  )
  useKeyboardShortcuts(shortcuts)
}
