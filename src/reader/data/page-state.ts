import type { DehydratedState } from '@tanstack/react-query'
import type { HydrationState } from 'react-router'

/**
 * What a prerendered page hands to the app so it hydrates without fetching what the HTML already holds: the
 * query cache and the router's loader state. It travels in a JSON `<script type="application/json">`, which the
 * browser never runs (so a strict CSP allows it).
 */
export interface PageState {
  queries: DehydratedState
  router: HydrationState
}

export const PAGE_STATE_ID = 'verbatim-state'

/** JSON that cannot close its <script> element early, whatever text the articles hold. */
export function serialisePageState(state: PageState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function readPageState(document: Document): PageState | null {
  const element = document.getElementById(PAGE_STATE_ID)
  if (!element?.textContent) return null
  try {
    return JSON.parse(element.textContent) as PageState
  } catch {
    return null
  }
}
