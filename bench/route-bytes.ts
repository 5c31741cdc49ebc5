/**
 * What a post costs in bytes, gzipped at the highest level, read from a build: its HTML (CSS inlined), the JS
 * that runs before the first paint, and the JS it loads to become interactive (the app chunk and its imports,
 * from Vite's manifest), leaving out what only some pages need (the in-browser engine); and what it loads once
 * it is interactive and the browser idle (the offline chunk, which registers the service worker). Shared by
 * `npm run bench:web`, which prints the figures, and the budget journey, which holds the post to them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The post route's budgets, in bytes of gzip. */
export const FIRST_PAINT_JS_BUDGET = 2 * 1024
export const INTERACTIVE_JS_BUDGET = 125 * 1024

interface ManifestChunk {
  file: string
  name?: string
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export interface RouteBytes {
  html: number
  css: number
  firstPaintJs: number
  interactiveJs: number
  /** The JS files a post loads before its first paint. */
  firstPaintFiles: string[]
  /** The JS files a post loads to be interactive, those before the first paint included. */
  interactiveFiles: string[]
  /** What it loads after that, when the browser is idle: reading offline (src/reader/offline/). */
  idleJs: number
  idleFiles: string[]
}

/** The chunk the app loads when idle (vite.config.ts names it). */
const IDLE_CHUNK = 'offline'

export const gzippedSize = (dist: string, path: string) =>
  gzipSync(readFileSync(join(dist, path)), { level: 9 }).length

export function routeBytes(dist: string, postSlug: string): RouteBytes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key]
    if (!chunk || seen.has(chunk.file)) return seen
    seen.add(chunk.file)
    for (const imported of chunk.imports ?? []) closure(imported, seen)
    return seen
  }
  const entry = manifest['index.html']
  if (!entry) throw new Error(`${dist}/.vite/manifest.json has no index.html entry`)
  // theme-init.js runs before the first paint on every page: the prerender inlines it in the head.
  const firstPaint = new Set(['theme-init.js', ...closure('index.html')])
  const interactive = new Set(firstPaint)
  // The entry's one dynamic import is the app itself, fetched after the first paint (src/main.tsx).
  for (const lazy of entry.dynamicImports ?? []) closure(lazy, interactive)
  const idleChunk = Object.keys(manifest).find((key) => manifest[key]?.name === IDLE_CHUNK)
  const idle = idleChunk ? closure(idleChunk, new Set(interactive)) : new Set<string>()
  for (const file of interactive) idle.delete(file)
  const css = [
    ...new Set(
      [...interactive].flatMap(
        (file) => Object.values(manifest).find((chunk) => chunk.file === file)?.css ?? [],
      ),
    ),
  ]
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gzippedSize(dist, file), 0)
  return {
    html: gzippedSize(dist, `posts/${postSlug}/index.html`),
    css: sum(css),
    firstPaintJs: sum(firstPaint),
    interactiveJs: sum(interactive),
    firstPaintFiles: [...firstPaint],
    interactiveFiles: [...interactive],
    idleJs: sum(idle),
    idleFiles: [...idle],
  }
}

/**
 * What the service worker downloads in the background on a first visit (its precache, read from the `sw.js`
 * the build wrote), gzipped as a host would send it; the worker itself included.
 */
export function precacheBytes(dist: string): { files: number; gzip: number } {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8')
  const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '')
  if (urls.length === 0) throw new Error(`${dist}/sw.js lists no precached files`)
  const gzip = urls.reduce((total, url) => total + gzippedSize(dist, url.replace(/^\//, '')), 0)
  return { files: urls.length, gzip: gzip + gzippedSize(dist, 'sw.js') }
}
