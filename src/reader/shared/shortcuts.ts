import { useEffect } from 'react'

/** True when a key press belongs to a text field, so shortcuts must leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}

export const SHORTCUTS = [
  { keys: ['←', 'k'], action: 'Previous (older) post' },
  { keys: ['→', 'j'], action: 'Next (newer) post' },
  { keys: ['?'], action: 'Show these shortcuts' },
  { keys: ['Esc'], action: 'Close this dialog' },
] as const

/**
 * Single-key shortcuts for the whole window, never while typing or with a modifier held (those belong to the
 * browser and to assistive technology).
 */
export function useKeyboardShortcuts(handlers: Partial<Record<'previous' | 'next' | 'help', () => void>>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return
      const action =
        event.key === 'ArrowLeft' || event.key === 'k'
          ? 'previous'
          : event.key === 'ArrowRight' || event.key === 'j'
            ? 'next'
            : event.key === '?'
              ? 'help'
              : null
      const handler = action && handlers[action]
      if (!handler) return
      event.preventDefault()
      handler()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [handlers])
}
