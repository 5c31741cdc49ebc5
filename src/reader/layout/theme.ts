import { useCallback, useSyncExternalStore } from 'react'
import { remember } from '../shared/remember.ts'

export type Theme = 'light' | 'dark'
const STORAGE_KEY = 'verbatim-theme'
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')

function savedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : null
  } catch {
    return null
  }
}

/** The theme in force: the reader's saved choice, else the system's. */
export function currentTheme(): Theme {
  return savedTheme() ?? (darkQuery().matches ? 'dark' : 'light')
}

/** A saved choice is a class on <html>; the CSS follows the system when there is none. */
function apply(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark')
  document.documentElement.classList.toggle('light', theme === 'light')
}

const listeners = new Set<() => void>()
function subscribe(listener: () => void) {
  listeners.add(listener)
  const query = darkQuery()
  const onSystemChange = () => listener()
  query.addEventListener('change', onSystemChange)
  return () => {
    listeners.delete(listener)
    query.removeEventListener('change', onSystemChange)
  }
}

/** The theme and a setter that remembers the choice. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme)
  const setTheme = useCallback((next: Theme) => {
    remember(STORAGE_KEY, next)
    apply(next)
    listeners.forEach((listener) => listener())
  }, [])
  return [theme, setTheme]
}
