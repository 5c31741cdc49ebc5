/**
 * `npm run build:app [-- --force]`: the app built by Vite, for the browser (into .cache/verbatim/client, which
 * the prerender publishes) and for the server (dist-ssr/, which renders the pages). Skipped when nothing Vite
 * reads has changed since the last build (the sources, the shell, the configuration and the locked dependencies),
 * so a build that only adds a post does not spend seconds making the same chunks again.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'vite'

const ROOT = resolve('.')
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

/** Every file under `path` (or the file itself), tests left out: they are not part of the app. */
function filesOf(path: string): string[] {
  const full = join(ROOT, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [full]
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

function fingerprint(): string {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(filesOf))
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

const { values } = parseArgs({ options: { force: { type: 'boolean' } } })
const current = fingerprint()
const previous = existsSync(FINGERPRINT) ? readFileSync(FINGERPRINT, 'utf8') : null
if (
  !values.force &&
  current === previous &&
  existsSync(join(CLIENT, 'index.html')) &&
  existsSync(join(SERVER, 'entry-server.js'))
) {
  console.log('build:app: the app is unchanged since the last build; kept')
} else {
  await build({ build: { outDir: CLIENT, emptyOutDir: true } })
  await build({ build: { ssr: 'src/entry-server.tsx', outDir: SERVER } })
  mkdirSync(resolve('.cache/verbatim'), { recursive: true })
  writeFileSync(FINGERPRINT, current)
}
