import { availableParallelism } from 'node:os'
import Tinypool from 'tinypool'
import type { BuildCache } from './build-cache.ts'
import { buildFile, type Built } from './build-worker.ts'

/** Below this many inputs, starting workers (each loads the engine and the readers) costs more than it saves. */
export const POOL_THRESHOLD = 64

/** Inputs a worker builds per message: enough to make the messages' cost small, few enough to share out. */
const BATCH_SIZE = 16

export interface BuildOptions {
  /** Worker processes to build on; 1 builds in this process. Default: one per core, for more than POOL_THRESHOLD inputs. */
  workers?: number
  /** Called as each input is done, in whatever order they finish. */
  onBuilt?: (done: number) => void
  /** What earlier runs built: unchanged inputs are taken from it, and what is built now is added. */
  cache?: BuildCache
  /** Called for each input built now rather than taken from the cache. */
  onFresh?: () => void
}

/**
 * Every input built into an article, on all the cores: the results come back in the order of `files`, whatever
 * order the workers finish in, so what ingest makes of them (and which of two posts claiming a slug wins) does
 * not depend on timing.
 */
export async function buildAll(files: readonly string[], options: BuildOptions = {}): Promise<Built[]> {
  const { cache } = options
  const keys = files.map((file) => cache?.key(file) ?? null)
  const results: Array<Built | undefined> = keys.map((key) => (key ? cache?.get(key) : undefined))
  const missing = files.filter((_, index) => results[index] === undefined)
  let done = files.length - missing.length
  options.onBuilt?.(done)
  const fresh = await buildFresh(missing, options, (result) => {
    options.onFresh?.()
    options.onBuilt?.(++done)
    return result
  })
  let next = 0
  return results.map((cached, index) => {
    if (cached) return cached
    const result = fresh[next++] as Built
    const key = keys[index]
    if (key) cache?.set(key, result)
    return result
  })
}

/** The inputs no earlier run built, built now, in a pool of workers when there are many. */
async function buildFresh(
  files: readonly string[],
  options: BuildOptions,
  built: (result: Built) => Built,
): Promise<Built[]> {
  const workers =
    options.workers ?? (files.length > POOL_THRESHOLD ? Math.min(availableParallelism(), files.length) : 1)
  if (workers <= 1) {
    const results: Built[] = []
    for (const file of files) results.push(built(await buildFile(file)))
    return results
  }
  const pool = new Tinypool({
    filename: new URL('./build-worker.ts', import.meta.url).href,
    // Processes rather than threads, each with the TypeScript loader (tsx) ingest runs under: on Node 20 a
    // loader reaches child processes, not worker threads. Named here, so it loads under a test runner too.
    runtime: 'child_process',
    execArgv: ['--import', 'tsx'],
    minThreads: workers,
    maxThreads: workers,
  })
  const batches: string[][] = []
  for (let start = 0; start < files.length; start += BATCH_SIZE)
    batches.push(files.slice(start, start + BATCH_SIZE))
  try {
    const results = await Promise.all(
      batches.map(async (batch) => ((await pool.run(batch)) as Built[]).map(built)),
    )
    return results.flat()
  } finally {
    await pool.destroy()
  }
}
