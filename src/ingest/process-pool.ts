import Tinypool from 'tinypool'

/**
 * A tinypool of `workers` worker processes running the module at `filename` (a file URL). Processes rather
 * than threads, each with the TypeScript loader (tsx) the build runs under: on Node 20 a loader reaches child
 * processes, not worker threads. Named here, so it loads under a test runner too. Used by ingest's pool and the
 * prerender's.
 */
export function typeScriptProcessPool(filename: string, workers: number, env?: NodeJS.ProcessEnv): Tinypool {
  return new Tinypool({
    filename,
    runtime: 'child_process',
    execArgv: ['--import', 'tsx'],
    // Tinypool takes only variables that are set.
    ...(env
      ? {
          env: Object.fromEntries(
            Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
          ),
        }
      : {}),
    minThreads: workers,
    maxThreads: workers,
  })
}
