import { useEffect } from 'react'
import { shortcutsOn } from './shortcut-setting.ts'

/** True when a key press belongs to a text field, so shortcuts must leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}

export type ShortcutAction = 'older' | 'newer' | 'nextQuote' | 'previousQuote' | 'help' | 'search'

/**
 * The single-key shortcuts. `j` and `k` move down and up the archive's list, as in mail and feed readers: the
 * list is newest first, so `j` is the older post. No arrow keys: they scroll a zoomed page sideways.
 */
const KEYS: Record<string, ShortcutAction> = {
  j: 'older',
  k: 'newer',
  n: 'nextQuote',
  p: 'previousQuote',
  '?': 'help',
  '/': 'search',
}

/** For the shortcuts dialog: every key the reader can use, single-key shortcuts and keys on a quotation. */
export const SHORTCUTS = [
  { keys: ['j'], action: 'Next post down the list (older)' },
  { keys: ['k'], action: 'Previous post up the list (newer)' },
  { keys: ['n'], action: 'Next quotation' },
  { keys: ['p'], action: 'Previous quotation' },
  { keys: ['Enter'], action: 'Share the quotation in focus' },
  { keys: ['/'], action: 'Search posts and quotations' },
  { keys: ['?'], action: 'Show these shortcuts' },
  { keys: ['Esc'], action: 'Close this dialog or the share panel' },
] as const

/** The action a key press asks for, or null: none while typing, with a modifier held, or with shortcuts off. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
    return null
  const action = KEYS[event.key]
  return action && shortcutsOn() ? action : null
}

/**
 * Single-key shortcuts for the whole window, never while typing or with a modifier held (those belong to the
 * browser and to assistive technology), and never when the reader has turned them off.
 */
export function useKeyboardShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event)
      const handler = action && handlers[action]
      if (!handler) return
      event.preventDefault()
      handler()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [handlers])
}
