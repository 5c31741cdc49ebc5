/**
 * A render worker of the prerender's pool (render-pool.ts): renders and stages a batch of pages. The server
 * entry and the shell are loaded once, with the first batch of a build.
 */
import type { Staged } from './output.ts'
import { pageRenderer, type PageJob, type RenderSetup } from './page-renderer.ts'

export interface RenderBatch {
  setup: RenderSetup
  jobs: PageJob[]
}

let loaded: { setup: string; render: ReturnType<typeof pageRenderer> } | undefined

export default async function renderBatch({ setup, jobs }: RenderBatch): Promise<Staged[]> {
  const key = JSON.stringify(setup)
  if (loaded?.setup !== key) loaded = { setup: key, render: pageRenderer(setup) }
  const render = await loaded.render
  const results: Staged[] = []
  for (const job of jobs) results.push(await render(job))
  return results
}
