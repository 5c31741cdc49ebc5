import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import type { Article } from '../../../article/schema.ts'
import { useKeyboardShortcuts } from '../../shared/shortcuts.ts'

/** The keys that move to the older and the newer post. */
export function usePostShortcuts({ prev, next }: Pick<Article, 'prev' | 'next'>): void {
  const navigate = useNavigate()
  const shortcuts = useMemo(
    () => ({
      previous: prev ? () => navigate(`/posts/${prev.slug}`) : undefined,
      next: next ? () => navigate(`/posts/${next.slug}`) : undefined,
    }),
    [prev, next, navigate],
  )
  useKeyboardShortcuts(shortcuts)
}
