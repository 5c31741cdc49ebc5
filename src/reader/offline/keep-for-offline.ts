import type { TrustedScriptUrlPolicy, WithTrustedTypes } from '../shared/trusted-types.ts'
import { SERVICE_WORKER_PATH } from './offline-paths.ts'

let policy: TrustedScriptUrlPolicy | undefined

/** The worker's address, vouched for under the page's Trusted Types rule by a policy for that one file. */
function trustedWorkerUrl(): string {
  const factory = (window as WithTrustedTypes).trustedTypes
  if (!factory) return SERVICE_WORKER_PATH
  policy ??= factory.createPolicy('verbatim-service-worker', {
    createScriptURL: (url) => {
      if (url !== SERVICE_WORKER_PATH) throw new TypeError(`Not the service worker: ${url}`)
      return url
    },
  })
  return policy.createScriptURL(SERVICE_WORKER_PATH) as string
}

const dataPathname = /^\/data\/.+\.json$/

/**
 * What this page fetched before the worker was there, fetched again through it so that it keeps them: the
 * page's own address (the one it opened on and the one it is at now, after in-app moves) and the data it read.
 * Mostly answered from the browser's HTTP cache.
 */
async function saveWhatThisPageRead(): Promise<void> {
  const pages = new Set([`${location.origin}${location.pathname}${location.search}`])
  const opened = performance.getEntriesByType('navigation')[0]?.name
  if (opened) pages.add(opened.replace(/#.*$/, ''))
  const data = new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && dataPathname.test(url.pathname))
      .map((url) => url.href),
  )
  await Promise.allSettled([
    ...[...pages].map((page) => fetch(page, { headers: { accept: 'text/html' } })),
    ...[...data].map((file) => fetch(file, { headers: { accept: 'application/json' } })),
  ])
}

/** How often a page left open asks whether a newer build is out, at most: when the reader comes back to it. */
const UPDATE_CHECK_EVERY_MS = 60 * 60 * 1000

/**
 * Offers a new build's worker to the reader once it is installed and waiting. Only with their agreement does it
 * take over (SKIP_WAITING); every page it then controls reloads, so none goes on with the old build's chunks.
 */
function offerUpdates(registration: ServiceWorkerRegistration): void {
  const offer = (worker: ServiceWorker) =>
    void import('./update-notice.tsx').then(({ showUpdateNotice }) =>
      showUpdateNotice(() => worker.postMessage({ type: 'SKIP_WAITING' })),
    )
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing
    installing?.addEventListener('statechange', () => {
      // With no worker in control yet, this is the first one: nothing to update.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing)
    })
  })
  // A page left open for days: browsers look for a new worker on loads, not on in-app moves.
  let lastCheck = Date.now()
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_EVERY_MS) return
    lastCheck = Date.now()
    registration.update().catch(() => {})
  })
}

/**
 * Reading offline: registers the service worker (src/prerender/service-worker.ts), which keeps each page as it
 * is read. On a first visit it takes the page at once, and the page has it keep what was read before it was
 * there; after that, a worker taking over means a new build, and the page reloads into it.
 */
export async function keepForOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  const workers = navigator.serviceWorker
  let controlled = Boolean(workers.controller)
  workers.addEventListener('controllerchange', () => {
    if (controlled) return window.location.reload()
    controlled = true
    void saveWhatThisPageRead()
  })
  try {
    offerUpdates(await workers.register(trustedWorkerUrl(), { scope: '/' }))
  } catch {
    // Service workers turned off (private windows in some browsers, a policy): reading online is unchanged.
  }
}
