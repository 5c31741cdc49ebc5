import { hydrate, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { readPageState } from './reader/data/page-state.ts'
import { createQueryClient } from './reader/data/query-client.ts'
import { createRouter } from './router.tsx'

/** Resolves once the router has run the loaders of the page it opened on. */
function initialised(router: Awaited<ReturnType<typeof createRouter>>): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve()
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}

/** Starts the app: hydrates a prerendered page from the state it carries, or renders from scratch. */
export async function start() {
  const queryClient = createQueryClient()
  // The not-found page carries what it lists; every other page's loader fetches its data (below).
  const state = readPageState(document)
  if (state?.queries) hydrate(queryClient, state.queries)
  const router = await createRouter(queryClient, state?.router)
  // A prerendered page carries no data of its own (page-state.ts): the route's loader fetches it, from the
  // file the page's head has been preloading. Hydrate once it is there, so the first render matches the HTML.
  if (state) await initialised(router)

  const root = document.getElementById('root') as HTMLElement
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} useTransitions={false} />
      </QueryClientProvider>
    </StrictMode>
  )
  if (state && root.hasChildNodes()) hydrateRoot(root, app)
  else createRoot(root).render(app)
  // Reading offline (src/reader/offline/): its own chunk, once the page has nothing more urgent to do.
  if (import.meta.env.PROD)
    whenIdle(
      () => void import('./reader/offline/keep-for-offline.ts').then((offline) => offline.keepForOffline()),
    )
}

/** Runs `work` when the browser is idle, or a little later where it cannot say (Safari). */
function whenIdle(work: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 5000 })
  else setTimeout(work, 1000)
}
