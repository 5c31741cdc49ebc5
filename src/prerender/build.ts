/**
 * `npm run build [-- inputs… ] [--force]`: the site, in three steps, each redoing only what changed since the last
 * build: ingest (content/, or the inputs named → public/data/, feeds), the app (Vite, skipped when unchanged) and
 * the prerender (the site in dist/). The app does not depend on the data, so it builds in a process of its own
 * while ingest runs; ingest and the prerender run here, one after the other, so a build that only adds a post
 * starts one process, not three. `--force` passes on to every step: everything is made again. A step that fails
 * stops the build with an exit code, and the site stays as the last build left it.
 */
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { ingestCommand } from '../ingest/cli.ts'
import { appIsCurrent } from './build-app.ts'
import { prerender } from './cli.ts'

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true })
const force = values.force ? ['--force'] : []
const started = performance.now()
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)

/** The app's build, in a child process whose output is held until ingest's is done; resolves to its exit code. */
function buildApp(): Promise<{ status: number; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/prerender/build-app.ts', ...force], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.on('close', (status) => resolve({ status: status ?? 1, output })))
}

function fail(step: string, status: number): never {
  console.error(`build: ${step} failed (exit code ${status}); the site is as the last build left it`)
  process.exit(status)
}

const app = values.force || !appIsCurrent() ? buildApp() : null
const ingestStatus = await ingestCommand([...positionals, ...force])
const ingested = seconds(started)
const appBuilt = app ? await app : null
if (appBuilt) process.stdout.write(appBuilt.output)
else console.log('build:app: the app is unchanged since the last build; kept')
if (ingestStatus !== 0) fail('ingest', ingestStatus)
if (appBuilt && appBuilt.status !== 0) fail('the app', appBuilt.status)
const appReady = seconds(started)

const prerendering = performance.now()
try {
  await prerender(force)
} catch (error) {
  console.error(error)
  fail('prerender', 1)
}
console.log(
  `build: ingest ${ingested} s, app ready at ${appReady} s, prerender ${seconds(prerendering)} s; done in ${seconds(started)} s`,
)
