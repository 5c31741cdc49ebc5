import { availableParallelism } from 'node:os'
import { typeScriptProcessPool } from './process-pool.ts'
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

/** One input's article (or why it has none), and where the cache keeps it, if it does. */
export interface BuiltInput {
  file: string
  built: Built
  key: string | null
}

/**
 * Every input built into an article, on all the cores, yielded in the order of `files` whatever order the
 * workers finish in, so what ingest makes of them (and which of two posts claiming a slug wins) does not
 * depend on timing. Yielded one at a time, so the caller can keep what it needs of each and let the rest go:
 * an archive of 100,000 articles is never held at once.
 */
export async function* buildInOrder(
  files: readonly string[],
  options: BuildOptions = {},
): AsyncGenerator<BuiltInput> {
  const { cache } = options
  const keys = files.map((file) => cache?.key(file) ?? null)
  const cached = keys.map((key) => (key ? (cache?.has(key) ?? false) : false))
  const missing = files.filter((_, index) => !cached[index])
  let done = files.length - missing.length
  options.onBuilt?.(done)
  const fresh = startFresh(missing, options, () => {
    options.onFresh?.()
    options.onBuilt?.(++done)
  })
  try {
    let next = 0
    for (const [index, file] of files.entries()) {
      const key = keys[index] ?? null
      let built: Built
      if (cached[index] && key) {
        // A cache entry that cannot be read back is built again, here.
        built = cache?.get(key) ?? (await buildFile(file))
      } else {
        built = await fresh.result(next++)
        if (key) cache?.set(key, built)
      }
      yield { file, built, key }
    }
  } finally {
    await fresh.close()
  }
}

/**
 * The inputs no earlier run built, started now in a pool of workers when there are many: `result(n)` waits for
 * the n-th. A batch's results are let go once read, so only those not yet read are held.
 */
function startFresh(
  files: readonly string[],
  options: BuildOptions,
  onEach: () => void,
): { result: (index: number) => Promise<Built>; close: () => Promise<void> } {
  const workers =
    options.workers ?? (files.length > POOL_THRESHOLD ? Math.min(availableParallelism(), files.length) : 1)
  if (workers <= 1 || files.length === 0) {
    return {
      result: async (index) => {
        const built = await buildFile(files[index] as string)
        onEach()
        return built
      },
      close: async () => {},
    }
  }
  const pool = typeScriptProcessPool(new URL('./build-worker.ts', import.meta.url).href, workers)
  const batches = new Map<number, Promise<Built[]>>()
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    const batch = pool.run(files.slice(start, start + BATCH_SIZE)) as Promise<Built[]>
    batch.then((results) => results.forEach(onEach)).catch(() => {})
    batches.set(start / BATCH_SIZE, batch)
  }
  return {
    async result(index) {
      const number = Math.floor(index / BATCH_SIZE)
      const results = await (batches.get(number) as Promise<Built[]>)
      if (index % BATCH_SIZE === results.length - 1) batches.delete(number)
      return results[index % BATCH_SIZE] as Built
    },
    async close() {
      await pool.destroy()
    },
  }
}
