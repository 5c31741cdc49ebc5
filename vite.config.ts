import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * `vite preview` serves the prerendered pages as a static host would: /posts/<slug> from
 * posts/<slug>/index.html, /page/2 from page/2/index.html (with or without the trailing slash), and anything without a file (a page or a data file) as a 404 — never the app
 * shell with a 200, which would hide a missing post behind the home page's HTML.
 */
function prerenderedPages(): Plugin {
  return {
    name: 'verbatim-prerendered-pages',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
        if (path.includes('..')) return next()
        const notFound = () => {
          response.statusCode = 404
          const page = join(dist, '404.html')
          if (/\.json$/.test(path) || !existsSync(page)) {
            response.setHeader('content-type', 'text/plain; charset=utf-8')
            response.end('Not found')
          } else {
            response.setHeader('content-type', 'text/html; charset=utf-8')
            response.end(readFileSync(page))
          }
        }
        if (/\.[a-z0-9_]+$/i.test(path)) return existsSync(join(dist, path)) ? next() : notFound()
        const file = `${path.replace(/\/+$/, '')}/index.html`.replace(/^\//, '')
        if (!existsSync(join(dist, file))) return notFound()
        request.url = `/${file}`
        next()
      })
    },
  }
}

/** What the entry itself runs before the paint: vite's preload helpers and the wait for the paint. */
const BOOT = /preload-helper|modulepreload-polyfill|after-paint/
/** The app's own entry: what it imports statically is what every page runs. */
const APP_ENTRY = resolve(import.meta.dirname, 'src/app.tsx')

/**
 * Names the one chunk every page runs: the app and all it imports statically (React, the router, the queries,
 * the reader's own modules). What is imported only through `import()` (the speaker pages, search, the share
 * panel…) is left out, so it stays in the lazy chunk that needs it, whatever folder it lives in.
 */
function everyPageChunk() {
  let everyPage: Set<string> | undefined
  return (id: string, graph: { getModuleInfo(id: string): { importedIds: string[] } | null }) => {
    if (!everyPage) {
      everyPage = new Set()
      const pending = [APP_ENTRY]
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (everyPage.has(next)) continue
        everyPage.add(next)
        pending.push(...(graph.getModuleInfo(next)?.importedIds ?? []))
      }
    }
    return everyPage.has(id) ? 'reader' : null
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), prerenderedPages()],
  build: {
    // The manifest tells the web benchmark which chunks a page loads.
    manifest: true,
    // `npm run build` writes the app to .cache/verbatim/client; the prerender makes the site in dist/ from it and
    // from public/, writing only files that changed (src/prerender/output.ts).
    copyPublicDir: false,
    // Fonts and images stay files: a strict CSP later forbids inlined data: URLs.
    assetsInlineLimit: 0,
    // Every browser the reader supports knows <link rel="modulepreload">; the polyfill cost every page 0.4 kB.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Chunks by what loads together. Left to itself, rolldown splits what a post and a lazy page both use
        // (React, the router, our own helpers) into several common chunks: the same bytes, but each chunk is
        // compressed apart, and a post paid 1.7 kB more for it. So: what the entry runs before the paint; then
        // everything a page runs, in one chunk; and each lazy page (speakers, search, the share panel…) alone.
        codeSplitting: {
          groups: [
            { name: 'boot', test: BOOT, priority: 2 },
            // What registers the service worker, with the names it shares with the saved-posts list: one
            // request when the page is idle, not two.
            {
              name: 'offline',
              test: /src\/reader\/offline\/(?:keep-for-offline|offline-paths)\.ts$/,
              priority: 1,
            },
            { name: everyPageChunk(), debugName: 'reader' },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    // Ingest tests spawn the CLI; two cores cannot run many of them at once.
    maxWorkers: 2,
  },
})
