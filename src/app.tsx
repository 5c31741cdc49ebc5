import { hydrate, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { readPageState } from './reader/data/page-state.ts'
import { createQueryClient } from './reader/data/query-client.ts'
import { createRouter } from './router.tsx'

/** Starts the app: hydrates a prerendered page from the state it carries, or renders from scratch. */
export async function start() {
  const queryClient = createQueryClient()
  // A prerendered page carries its data: hydrate from it instead of fetching again.
  const state = readPageState(document)
  if (state) hydrate(queryClient, state.queries)
  const router = await createRouter(queryClient, state?.router)

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
}
