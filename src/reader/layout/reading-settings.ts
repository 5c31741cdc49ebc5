import { useCallback, useSyncExternalStore } from 'react'
import { remember } from '../shared/remember.ts'

/**
 * Text size and column width, a few steps each, remembered. Each is an attribute on <html> that the CSS turns
 * into --reading-size and --measure (index.css). public/theme-init.js sets them from storage before the
 * first paint, so a reader's choice never shifts the layout on load; this module mirrors it.
 */
export const READING_SETTINGS = {
  textSize: {
    label: 'Text size',
    attribute: 'data-text-size',
    storageKey: 'verbatim-text-size',
    steps: [
      ['smaller', 'Smaller'],
      ['default', 'Default'],
      ['larger', 'Larger'],
      ['largest', 'Largest'],
    ],
  },
  column: {
    label: 'Column width',
    attribute: 'data-column',
    storageKey: 'verbatim-column',
    steps: [
      ['narrow', 'Narrow'],
      ['default', 'Default'],
      ['wide', 'Wide'],
    ],
  },
} as const

export type ReadingSetting = keyof typeof READING_SETTINGS

const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function current(setting: ReadingSetting): string {
  return document.documentElement.getAttribute(READING_SETTINGS[setting].attribute) ?? 'default'
}

/** One setting's step and a setter that applies and remembers it. */
export function useReadingSetting(setting: ReadingSetting): [string, (step: string) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => current(setting),
    () => 'default',
  )
  const set = useCallback(
    (step: string) => {
      const { attribute, storageKey } = READING_SETTINGS[setting]
      if (step === 'default') document.documentElement.removeAttribute(attribute)
      else document.documentElement.setAttribute(attribute, step)
      remember(storageKey, step === 'default' ? null : step)
      listeners.forEach((listener) => listener())
    },
    [setting],
  )
  return [value, set]
}
