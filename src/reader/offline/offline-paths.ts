/**
 * What the service worker and the page agree on: where the worker is, the page it serves for an address it has
 * no copy of, and the caches it keeps what a reader has read in. The build writes the worker from these
 * (src/prerender/service-worker.ts); the page registers it and lists what is saved from them.
 */
export const SERVICE_WORKER_PATH = '/sw.js'

/**
 * The app with no page in it, and the site's policy in its head: served for a page the network cannot give
 * (offline), so the app starts there and shows the page from its saved data, or says it is not saved.
 */
export const APP_SHELL_PATH = '/app-shell.html'

/** The caches of what was read: the pages' data, and code loaded only when used. */
export const OFFLINE_CACHES = {
  data: 'verbatim-data',
  code: 'verbatim-code',
} as const
