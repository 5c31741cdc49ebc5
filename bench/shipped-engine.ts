import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import type { extractQuotes as ExtractQuotes } from '../src/quotes/index.ts'

/**
 * The engine as it ships, bundled and minified like the browser build, for benchmarks: the dev-time loader
 * (tsx) adds work of its own to every function and would be measured with it.
 */
export async function loadShippedEngine(): Promise<typeof ExtractQuotes> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'))
  const bundle = join(bundleDir, 'engine.mjs')
  try {
    await build({
      entryPoints: [resolve(import.meta.dirname, '../src/quotes/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      outfile: bundle,
      logLevel: 'warning',
    })
    const engine = (await import(pathToFileURL(bundle).href)) as { extractQuotes: typeof ExtractQuotes }
    return engine.extractQuotes
  } finally {
    rmSync(bundleDir, { recursive: true, force: true })
  }
}
