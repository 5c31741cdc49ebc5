import { availableParallelism } from 'node:os'
import { typeScriptProcessPool } from '../ingest/process-pool.ts'
import type { Staged } from './output.ts'
import { pageRenderer, type PageJob, type RenderSetup } from './page-renderer.ts'
import type { RenderBatch } from './render-worker.ts'

/** Below this many pages to render, starting workers (each loads tsx, React and the app) costs more than it saves. */
export const POOL_THRESHOLD = 200

/** Pages a worker renders per message: few messages, and still an even share between the workers. */
const BATCH_SIZE = 8

export interface Renderer {
  /** Renders and stages one page; resolves once it is staged (or found unchanged). */
  render(job: PageJob): Promise<Staged>
  close(): Promise<void>
}

/**
 * What renders the build's pages: a pool of worker processes, one per core, when there are many to render, or
 * this process for a few. Either way the pages are the same bytes (the incremental test builds both ways).
 */
export async function startRenderer(
  setup: RenderSetup,
  { pages, workers }: { pages: number; workers?: number },
): Promise<Renderer> {
  const count = workers ?? (pages >= POOL_THRESHOLD ? availableParallelism() : 1)
  return count <= 1 ? inProcess(setup) : pool(setup, count)
}

async function inProcess(setup: RenderSetup): Promise<Renderer> {
  const render = await pageRenderer(setup)
  return { render, close: async () => {} }
}

function pool(setup: RenderSetup, workers: number): Renderer {
  // React's production build in the workers: what ships, and it renders twice as fast.
  const tinypool = typeScriptProcessPool(new URL('./render-worker.ts', import.meta.url).href, workers, {
    ...process.env,
    NODE_ENV: 'production',
  })
  // Jobs wait here until a batch is full or this process next yields, and then go to a worker together.
  let batch: Array<{ job: PageJob; resolve: (staged: Staged) => void; reject: (error: unknown) => void }> = []
  const send = () => {
    if (batch.length === 0) return
    const sent = batch
    batch = []
    const task: RenderBatch = { setup, jobs: sent.map(({ job }) => job) }
    ;(tinypool.run(task) as Promise<Staged[]>).then(
      (results) => sent.forEach(({ resolve }, index) => resolve(results[index] as Staged)),
      (error: unknown) => sent.forEach(({ reject }) => reject(error)),
    )
  }
  return {
    render(job) {
      return new Promise((resolve, reject) => {
        if (batch.length === 0) setImmediate(send)
        batch.push({ job, resolve, reject })
        if (batch.length === BATCH_SIZE) send()
      })
    },
    close: () => tinypool.destroy(),
  }
}
