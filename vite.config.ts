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
        if (/\.[a-z0-9]+$/i.test(path)) return existsSync(join(dist, path)) ? next() : notFound()
        const file = `${path.replace(/\/+$/, '')}/index.html`.replace(/^\//, '')
        if (!existsSync(join(dist, file))) return notFound()
        request.url = `/${file}`
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), prerenderedPages()],
  build: {
    // The manifest tells the web benchmark which chunks a page loads.
    manifest: true,
    // Fonts and images stay files: a strict CSP later forbids inlined data: URLs.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    // Ingest tests spawn the CLI; two cores cannot run many of them at once.
    maxWorkers: 2,
  },
})
