import type { DehydratedState } from '@tanstack/react-query'
import type { HydrationState } from 'react-router'

/**
 * What a prerendered page hands to the app beyond its HTML. It travels in a JSON `<script
 * type="application/json">`, which the browser never runs (so a strict CSP allows it), and is empty for a page
 * of a route: the route's loader fetches the same data file a move there would (`/data/posts/<slug>.json`,
 * preloaded by the page's head while the app downloads), so the data is not carried twice, in the page and in
 * its file. Only the not-found page, which has no loader of its own, carries what it shows and its router
 * state. Nothing in it depends on when it was built: the same content builds the same bytes.
 */
export interface PageState {
  queries?: DehydratedState
  router?: HydrationState
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
