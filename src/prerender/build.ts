/**
 * `npm run build [-- --force]`: the site, in three steps, each a process of its own and each redoing only what
 * changed since the last build: ingest (content/ → public/data/, feeds), the app (Vite, skipped when unchanged)
 * and the prerender (the site in dist/). `--force` passes on to every step: everything is made again. A step
 * that fails stops the build with its exit code, and the site stays as the last build left it.
 */
import { spawnSync } from 'node:child_process'

const force = process.argv.includes('--force') ? ['--force'] : []
const STEPS = ['src/ingest/cli.ts', 'src/prerender/build-app.ts', 'src/prerender/cli.ts']

const started = performance.now()
for (const script of STEPS) {
  const { status, signal } = spawnSync(process.execPath, ['--import', 'tsx', script, ...force], {
    stdio: 'inherit',
  })
  if (status !== 0) {
    console.error(`build: ${script} ${signal ? `was stopped by ${signal}` : `failed (exit code ${status})`}`)
    process.exit(status ?? 1)
  }
}
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
