import { useCallback, useSyncExternalStore } from 'react'
import { remember } from './remember.ts'

const STORAGE_KEY = 'verbatim-shortcuts'
const listeners = new Set<() => void>()

/**
 * Whether single-key shortcuts are on. They can be turned off and stay off (WCAG 2.1.4): a reader whose speech
 * input or switch device types letters must not be moved to another post by them.
 */
export function shortcutsOn(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off'
  } catch {
    return true
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Another tab's choice applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The setting and a setter that remembers it. */
export function useShortcutSetting(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, shortcutsOn, () => true)
  const setOn = useCallback((next: boolean) => {
    remember(STORAGE_KEY, next ? 'on' : 'off')
    listeners.forEach((listener) => listener())
  }, [])
  return [on, setOn]
}
