import { useSyncExternalStore } from 'react'

const subscribeNever = () => () => {}

/**
 * False while React hydrates a prerendered page and on the server, true afterwards. What only the browser knows
 * (the URL's #fragment, whether the Web Share API exists) renders after hydration, so the first client render
 * matches the HTML exactly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  )
}
