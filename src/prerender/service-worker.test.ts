import { describe, expect, test } from 'vitest'
import { APP_SHELL_PATH, OFFLINE_CACHES } from '../reader/offline/offline-paths.ts'
import { appFiles, RUNTIME_CACHING, serviceWorkerSource } from './service-worker.ts'
import { appShell } from './template.ts'

describe('appFiles', () => {
  test('every chunk of the app, lazy ones too, with stylesheets and the files they use; no script started by address', () => {
    const files = appFiles({
      'index.html': { file: 'assets/index-a1.js', css: ['assets/index-b2.css'] },
      _reader: { file: 'assets/reader-c3.js', css: ['assets/index-b2.css'] },
      'src/reader/read/read-route.tsx': {
        file: 'assets/read-route-d4.js',
        assets: ['assets/read-worker-e5.js', 'assets/serif-f6.woff2'],
      },
      'src/reader/search/search-route.tsx': { file: 'assets/search-route-g7.js' },
    })
    expect(files).toEqual([
      '/assets/index-a1.js',
      '/assets/index-b2.css',
      '/assets/read-route-d4.js',
      '/assets/reader-c3.js',
      '/assets/search-route-g7.js',
      '/assets/serif-f6.woff2',
    ])
  })
})

describe('RUNTIME_CACHING', () => {
  const origin = 'https://verbatim.example'
  /** The route that takes a request, as Workbox tries them: the first whose matcher says yes. */
  function routeFor(address: string, mode: RequestMode = 'cors') {
    const url = new URL(address, origin)
    const request = { mode, url: url.href } as Request
    const found = RUNTIME_CACHING.find((route) =>
      route.urlPattern({ request, url, sameOrigin: url.origin === origin } as never),
    )
    return found
      ? `${found.handler} ${'cacheName' in found.options ? found.options.cacheName : ''}`.trim()
      : null
  }

  test('a page comes from the network, never from a cache (it names its build’s chunks)', () => {
    expect(routeFor('/posts/harbour-bridge', 'navigate')).toBe('NetworkOnly')
    expect(routeFor('/', 'navigate')).toBe('NetworkOnly')
    expect(routeFor('/search?q=ferry', 'navigate')).toBe('NetworkOnly')
    // A file opened in the tab is not a page of the app: the shell would not stand in for it.
    expect(routeFor('/feed.xml', 'navigate')).toBeNull()
  })

  test("a page's data is kept, network first; code the precache left out is kept, cache first", () => {
    expect(routeFor('/data/posts/harbour-bridge.json')).toBe(`NetworkFirst ${OFFLINE_CACHES.data}`)
    expect(routeFor('/data/speakers/ines-marrow/latest.json')).toBe(`NetworkFirst ${OFFLINE_CACHES.data}`)
    expect(routeFor('/assets/read-worker-e5.js')).toBe(`CacheFirst ${OFFLINE_CACHES.code}`)
  })

  test('search, feeds and other sites are left to the network', () => {
    expect(routeFor('/pagefind/0/pagefind-entry.json')).toBeNull()
    expect(routeFor('/pagefind/0/wasm.en.pagefind')).toBeNull()
    expect(routeFor('/feed.json')).toBeNull()
    expect(routeFor('https://elsewhere.example/data/posts/x.json')).toBeNull()
    expect(routeFor('https://elsewhere.example/assets/x.js')).toBeNull()
  })
})

describe('serviceWorkerSource', () => {
  test('precaches what it is given, keeps what is read in the caches the page lists, and falls back to the shell', async () => {
    const source = await serviceWorkerSource([
      { url: '/assets/reader-c3.js', revision: null },
      { url: APP_SHELL_PATH, revision: 'abc123' },
    ])
    expect(source).toContain('{url:"/assets/reader-c3.js",revision:null}')
    expect(source).toContain(`{url:"${APP_SHELL_PATH}",revision:"abc123"}`)
    for (const cache of Object.values(OFFLINE_CACHES)) expect(source).toContain(`cacheName:"${cache}"`)
    expect(source).toContain(`fallbackURL:"${APP_SHELL_PATH}"`)
    // A new worker waits to be asked: it takes over on SKIP_WAITING, never by itself.
    expect(source).toContain('"SKIP_WAITING"')
    expect(source.match(/skipWaiting\(\)/g)).toHaveLength(1)
    // One file: nothing for the worker to fetch besides itself.
    expect(source).not.toContain('importScripts')
  }, 20_000)
})

describe('appShell', () => {
  const template =
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>Verbatim</title></head><body><div id="root"></div></body></html>'

  test('the template with its policy and an empty root, kept out of search engines', () => {
    const shell = appShell(template)
    expect(shell).toContain('<meta http-equiv="Content-Security-Policy"')
    expect(shell).toContain('<div id="root"></div>')
    expect(shell).toMatch(/<meta name="robots" content="noindex">\s*<\/head>/)
  })

  test('a template without a head is an error, not a shell without the tag', () => {
    expect(() => appShell('<div id="root"></div>')).toThrow(/no <\/head>/)
  })
})
