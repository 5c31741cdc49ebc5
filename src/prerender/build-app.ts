/**
 * `npm run build:app [-- --force]`: the app built by Vite, for the browser (into .cache/verbatim/client, which
 * the prerender publishes) and for the server (dist-ssr/, which renders the pages). Skipped when nothing Vite
 * reads has changed since the last build (the sources, the shell, the configuration and the locked dependencies),
 * so a build that only adds a post does not spend seconds making the same chunks again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMainModule } from '../ingest/main-module.ts'
import { fingerprintOf } from './fingerprint.ts'

const CLIENT = resolve('.cache/verbatim/client')
const SERVER = resolve('dist-ssr')
const FINGERPRINT = resolve('.cache/verbatim/app-fingerprint')
/** What a build of the app reads, besides the dependencies the lockfile pins. */
const INPUTS = [
  'src',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.app.json',
  'package-lock.json',
]

/** Whether the app built last is the app the sources make now. */
export function appIsCurrent(): boolean {
  const previous = existsSync(FINGERPRINT) ? readFileSync(FINGERPRINT, 'utf8') : null
  return (
    previous === fingerprintOf(INPUTS) &&
    existsSync(join(CLIENT, 'index.html')) &&
    existsSync(join(SERVER, 'entry-server.js'))
  )
}

async function buildApp(): Promise<void> {
  const fingerprint = fingerprintOf(INPUTS)
  // Loaded only to build: a build that keeps the app does not spend half a second loading Vite.
  const { build } = await import('vite')
  await build({ build: { outDir: CLIENT, emptyOutDir: true } })
  await build({ build: { ssr: 'src/entry-server.tsx', outDir: SERVER } })
  mkdirSync(resolve('.cache/verbatim'), { recursive: true })
  writeFileSync(FINGERPRINT, fingerprint)
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({ options: { force: { type: 'boolean' } } })
  if (!values.force && appIsCurrent())
    console.log('build:app: the app is unchanged since the last build; kept')
  else await buildApp()
}
