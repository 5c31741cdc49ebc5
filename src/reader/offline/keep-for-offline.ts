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

// Spelled out, not taken from fetch-json's `dataUrl`: importing it here regrouped the chunks and added 1 kB to
// every post's JavaScript (measured).
const dataPathname = /^\/data\/.+\.json$/

/**
 * The data this page read before the worker was there, fetched again through it so that it keeps them (mostly
 * from the browser's HTTP cache): on a first visit, the post read is saved too.
 */
async function saveWhatThisPageRead(): Promise<void> {
  const data = new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && dataPathname.test(url.pathname))
      .map((url) => url.href),
  )
  await Promise.allSettled([...data].map((file) => fetch(file, { headers: { accept: 'application/json' } })))
}

/** How often a page left open asks whether a newer build is out, at most: when the reader comes back to it. */
const UPDATE_CHECK_EVERY_MS = 60 * 60 * 1000

const showUpdateNotice = (update: () => void) =>
  void import('./update-notice.tsx').then((notice) => notice.showUpdateNotice(update))

/**
 * Offers a new build's worker to the reader once it is installed and waiting; only with their agreement does it
 * take over (SKIP_WAITING), and then this page reloads into it, so it never goes on with the old build's
 * chunks under the new worker. Returns whether this page asked for the worker now in control.
 */
function offerUpdates(registration: ServiceWorkerRegistration): () => boolean {
  let asked = false
  const update = () => {
    asked = true
    // The worker waiting now, not the one first offered: a later deploy may have replaced it.
    const waiting = registration.waiting
    if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' })
    else window.location.reload()
  }
  const offerWhenInstalled = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      // With no worker in control yet, this is the first one: nothing to update.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) showUpdateNotice(update)
    })
  }
  if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(update)
  // One the browser found on this load, still installing while this code loaded.
  offerWhenInstalled(registration.installing)
  registration.addEventListener('updatefound', () => offerWhenInstalled(registration.installing))
  // A page left open for days: browsers look for a new worker on loads, not on in-app moves.
  let lastCheck = Date.now()
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_EVERY_MS) return
    lastCheck = Date.now()
    registration.update().catch(() => {})
  })
  return () => asked
}

/**
 * Reading offline: registers the service worker (src/prerender/service-worker.ts), which keeps the data of each
 * page as it is read. On a first visit it takes the page at once, and the page has it keep what was read before
 * it was there. After that, a worker taking over is a new build: this page reloads into it if its reader asked
 * for it here, and is offered the reload if they asked in another tab.
 */
export async function keepForOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  const workers = navigator.serviceWorker
  let controlled = Boolean(workers.controller)
  let askedHere = () => false
  workers.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true
      void saveWhatThisPageRead()
    } else if (askedHere()) window.location.reload()
    else showUpdateNotice(() => window.location.reload())
  })
  try {
    askedHere = offerUpdates(await workers.register(trustedWorkerUrl(), { scope: '/' }))
  } catch {
    // Service workers turned off (private windows in some browsers, a policy): reading online is unchanged.
  }
}
