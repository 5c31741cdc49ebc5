import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

/**
 * The plainest static server there is (what `python3 -m http.server` does): a path is a file, a folder
 * redirects to its trailing slash and serves its index.html, anything else is a bare 404. No rewrites and no
 * fallback page, so a deep link works only if the build wrote a file for it.
 */
export async function servePlain(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      let file = normalize(join(root, path))
      if (!file.startsWith(root)) return response.writeHead(403).end()
      const found = await stat(file).catch(() => null)
      if (found?.isDirectory()) {
        if (!path.endsWith('/')) return response.writeHead(301, { location: `${path}/` }).end()
        file = join(file, 'index.html')
      }
      if (!(await stat(file).catch(() => null))?.isFile()) return response.writeHead(404).end('Not found')
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).pipe(response)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
