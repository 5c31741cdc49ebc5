/**
 * `npm run build`'s last step: the site in dist/, made from the built app (`.cache/verbatim/client`, the server
 * entry in dist-ssr/) and the reader's data (public/, written by ingest). Every route rendered to static HTML —
 * each post (`posts/<slug>/index.html`), the home page and the archive by month (`archive/<yyyy>/<mm>/index.html`), each
 * speaker's pages and the lists of them, search and the not-found page (`404.html`) — with its head (previews,
 * canonical link, structured data); the search index; and the app's files and the data beside them.
 *
 * Incremental (output.ts): a page whose data and renderer are unchanged is not rendered again, a file whose bytes
 * are unchanged is not written again, and what the archive no longer has is removed; the new site replaces the
 * old one only once it is whole. `--force` makes everything again.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as pagefind from 'pagefind'
import { ArchiveIndexSchema, MonthPageSchema, type MonthKey } from '../article/post-archive.ts'
import { ArticleSchema } from '../article/schema.ts'
import { plural } from '../article/text.ts'
import { SPEAKER_ORDERS } from '../article/speaker-archive.ts'
import { archiveIndexDataPath, latestDataPath, monthDataPath } from '../reader/data/data-paths.ts'
import { SEARCH_SHARDS_PATH } from '../reader/search/search-shards-path.ts'
import { ARCHIVE_PATH, monthPath } from '../reader/home/paths.ts'
import { speakerPath, speakersPath } from '../reader/speakers-archive/paths.ts'
import { isMainModule } from '../ingest/main-module.ts'
import { siteUrl } from '../site.ts'
import { FileHashes } from './file-hashes.ts'
import { filesUnder, fingerprintOf } from './fingerprint.ts'
import { SiteOutput } from './output.ts'
import { searchPage } from './search-index.ts'
import { searchShards, type SearchShard } from './search-shards.ts'
import { readValid, type PageJob, type PageKind } from './page-renderer.ts'
import { startRenderer } from './render-pool.ts'
import { appShell, inlineStylesheet } from './template.ts'
import { appFiles, serviceWorkerSource, type PrecacheEntry } from './service-worker.ts'
import { APP_SHELL_PATH, SERVICE_WORKER_PATH } from '../reader/offline/offline-paths.ts'
import { progressBar } from '../ingest/progress.ts'

const DIST = resolve('dist')
const CACHE = resolve('.cache/verbatim/site')
/** What `vite build` made for the browser: the shell, the app's chunks and its manifest. */
export const CLIENT = resolve('.cache/verbatim/client')
const PUBLIC = resolve('public')
const DATA = join(PUBLIC, 'data')
const SERVER = resolve('dist-ssr')
const SERVER_ENTRY = join(SERVER, 'entry-server.js')
/** The shell with its stylesheet inlined, for whoever prerenders more pages later (the attack suite does). */
export const TEMPLATE = join(SERVER, 'template.html')

const hash = (...parts: Array<string | Buffer>) => {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\0')
  return digest.digest('hex')
}

const jsonFiles = (dir: string): string[] =>
  listing(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name))

/** The names in a folder, or none if it is missing (an archive with no one quoted). */
function listing(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** The page number in a data file's name: `pages/3.json` is 3. */
const pageNumberOf = (file: string) => Number(/(\d+)\.json$/.exec(file)?.[1])

/**
 * What every page depends on besides its data: the renderer (the server build and the prerender's own code,
 * which runs from source: heads, the search records, the policy), the shell, the site's address, and the locked
 * versions of the libraries both use.
 */
function rendererFingerprint(template: string, site: string): string {
  return hash(template, site, fingerprintOf(['dist-ssr', 'src', 'package-lock.json']))
}

/** Pagefind's ready-made search interfaces and its result highlighter, none of which the reader uses. */
const PAGEFIND_UI = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/

/** Pages handed to Pagefind and not yet indexed, at most. */
const PAGEFIND_IN_FLIGHT = 64

/**
 * Pagefind, which indexes in its own process: each index (a shard of the posts) is handed its pages without
 * waiting for each answer, so it works while the next pages are read, with a bound on how many wait, so memory
 * stays flat. Writes a chunked index of each shard, the posts with their quotations as sub-results
 * (search-index.ts); the browser loads only the chunks a query needs.
 */
function searchService() {
  const check = ({ errors }: { errors: string[] }, what: string) => {
    if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`)
  }
  return {
    async createIndex() {
      const { index, errors } = await pagefind.createIndex({})
      if (!index) throw new Error(`search index: ${errors.join('; ')}`)
      const pending = new Set<Promise<void>>()
      return {
        async add(page: ReturnType<typeof searchPage>) {
          const added: Promise<void> = index.addHTMLFile(page).then((result) => {
            check(result, page.url)
            pending.delete(added)
          })
          pending.add(added)
          if (pending.size >= PAGEFIND_IN_FLIGHT) await Promise.race(pending)
        },
        async write(outputPath: string) {
          await Promise.all(pending)
          check(await index.writeFiles({ outputPath }), outputPath)
          await index.deleteIndex()
        },
      }
    },
    close: () => pagefind.close(),
  }
}

/**
 * Each shard of the search index whose posts changed, indexed again and written into the site under
 * `pagefind/<start>/`, with the list of shards beside them. Returns how many posts it indexed.
 */
async function indexSearch(
  shards: readonly SearchShard[],
  archiveOrder: readonly string[],
  posts: ReadonlyMap<string, DataFile>,
  renderer: string,
  output: SiteOutput,
): Promise<number> {
  let indexed = 0
  const search = searchService()
  // One shard fed after another, the largest first, and each written while the next is fed: Pagefind writes
  // on a thread of its own, and writing the largest (8,192 posts at 10,000) takes seconds.
  async function indexShard(shard: SearchShard): Promise<(() => Promise<void>) | undefined> {
    const slugs = archiveOrder.slice(shard.start, shard.start + shard.size)
    const files = slugs.map((slug) => {
      const found = posts.get(slug)
      if (!found) throw new Error(`search index: the archive lists "${slug}", which has no data file`)
      return found
    })
    const folder = `pagefind/${shard.start}`
    const key = hash(renderer, ...files.map((file) => file.hash))
    if (output.keepAllIfCurrent(folder, key)) return undefined
    const index = await search.createIndex()
    for (const { path } of files)
      await index.add(searchPage(readValid(readFileSync(path), ArticleSchema, path)))
    indexed += shard.size
    return async () => {
      const indexDir = resolve('.cache/verbatim/pagefind', String(shard.start))
      rmSync(indexDir, { recursive: true, force: true })
      await index.write(indexDir)
      for (const path of filesUnder(indexDir)) {
        // Pagefind writes its own search interfaces too (430 kB); the reader has its own page.
        if (!PAGEFIND_UI.test(path)) output.write(join(folder, path), readFileSync(join(indexDir, path)), key)
      }
    }
  }
  const writing: Array<Promise<void>> = []
  for (const shard of shards) {
    const write = await indexShard(shard)
    if (!write) continue
    const written = write()
    // Awaited below; a failure meanwhile must not count as unhandled.
    written.catch(() => {})
    writing.push(written)
  }
  await Promise.all(writing)
  await search.close()
  output.write(
    SEARCH_SHARDS_PATH,
    `${JSON.stringify({ shards: shards.map((shard) => `${shard.start}/`) })}\n`,
  )
  return indexed
}

/** A data file, and the hash of its bytes. */
interface DataFile {
  path: string
  hash: string
}

/** The posts' slugs, oldest first, as the archive's months list them (newest first). */
function readArchiveOrder(): string[] {
  const index = readValid(
    readFileSync(join(DATA, archiveIndexDataPath)),
    ArchiveIndexSchema,
    archiveIndexDataPath,
  )
  const newestFirst = index.months.flatMap(({ month }) => {
    const file = join(DATA, monthDataPath(month))
    return readValid(readFileSync(file), MonthPageSchema, file).posts.map((post) => post.slug)
  })
  return newestFirst.reverse()
}

/** The command with its arguments (`--force`, `--workers <n>`); throws what stops it. */
export async function prerender(args: readonly string[]): Promise<void> {
  const started = performance.now()
  const { values } = parseArgs({
    args: [...args],
    options: { force: { type: 'boolean' }, workers: { type: 'string' } },
  })
  if (values.force) rmSync(CACHE, { recursive: true, force: true })
  // React renders twice as fast in its production build (measured on 1,000 posts), which is what ships; the
  // server entry imports React at run time, so this must be set before it loads (here, or in a worker).
  process.env.NODE_ENV = 'production'
  const site = siteUrl(process.env)
  const shell = readFileSync(join(CLIENT, 'index.html'), 'utf8')
  // The stylesheet is the app's; the settings script is a public file, served as it is.
  const template = inlineStylesheet(shell, (path) =>
    readFileSync(existsSync(join(CLIENT, path)) ? join(CLIENT, path) : join(PUBLIC, path), 'utf8'),
  )
  mkdirSync(dirname(TEMPLATE), { recursive: true })
  writeFileSync(TEMPLATE, template)
  const renderer = rendererFingerprint(template, site)
  const output = new SiteOutput(DIST, CACHE)
  const hashes = new FileHashes(join(CACHE, 'file-hashes.json'))

  // Every page made from a data file, and the search page: each rendered again only when its data or the
  // renderer changed since the last build.
  const posts = new Map<string, DataFile>()
  const due: Array<{ job: PageJob; key: string }> = []
  for (const { path, kind, dataFile } of pageSources()) {
    const dataHash = dataFile ? hashes.hashOf(dataFile) : ''
    if (kind === 'post' && dataFile)
      posts.set(basename(dataFile, '.json'), { path: dataFile, hash: dataHash })
    const key = hash(renderer, dataHash)
    if (!output.isCurrent(path, key))
      due.push({ job: { path, kind, dataFile, previousHash: output.previousHash(path) }, key })
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers)
  const pages = await startRenderer(
    { serverEntry: SERVER_ENTRY, templateFile: TEMPLATE, site, siteDir: DIST, staging: output.staging },
    { pages: due.length, workers },
  )
  const bar = progressBar(due.length)

  try {
    // The service worker, made while the pages render (Workbox takes a second or two), when the app changed.
    const offline = writeServiceWorker(template, hashes, output, renderer)
    // Awaited below; until then a failure must not count as unhandled.
    offline.catch(() => {})

    // The search index, in shards (search-shards.ts), indexed by Pagefind in its own process while the pages
    // render in theirs: a shard is indexed again only when one of its posts changed.
    const archiveOrder = readArchiveOrder()
    const shards = searchShards(archiveOrder.length)
    const searching = indexSearch(shards, archiveOrder, posts, renderer, output)
    // Awaited below; until then a failure must not count as unhandled.
    searching.catch(() => {})

    let rendered = 0
    const inFlight = new Set<Promise<void>>()
    for (const { job, key } of due) {
      const done: Promise<void> = pages.render(job).then((staged) => {
        output.record(job.path, staged, key)
        inFlight.delete(done)
        bar.tick(++rendered)
      })
      inFlight.add(done)
      // A failure is thrown below, once; the pages still in flight then must not count as unhandled.
      done.catch(() => {})
      // A bounded queue: this process yields, so the workers' answers and Pagefind's are read as they come.
      if (inFlight.size >= RENDERS_IN_FLIGHT) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
    // The app's files, and the data and feeds beside them, as they are: copied while Pagefind finishes.
    const hashOf = (file: string) => hashes.hashOf(file)
    await output.copyTree(CLIENT, hashOf, { skip: (path) => path === 'index.html' })
    await output.copyTree(PUBLIC, hashOf)
    await offline
    const indexed = await searching
    bar.done()
    output.commit()
    hashes.save()
    console.log(
      `prerender: ${rendered} pages rendered; ${indexed} of ${posts.size} posts indexed again for search, in ` +
        `${plural(shards.length, 'shard')}; ` +
        `${output.written} files written, ${output.unchanged} unchanged, ${output.removed} removed → dist/ for ${site} ` +
        `in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    )
  } catch (error) {
    output.abandon()
    await pagefind.close()
    throw error
  } finally {
    await pages.close()
  }
}

/** The public files the service worker precaches besides the app: what an installed app shows offline. */
const precachedPublicFiles = () => [
  'favicon.svg',
  'manifest.webmanifest',
  ...listing(join(PUBLIC, 'icons')).map((name) => `icons/${name}`),
]

/**
 * The app shell and the service worker (service-worker.ts), written into the site: the worker precaches the
 * app's chunks (named by their hashes), the shell and the icons (with the hashes of their bytes as revisions),
 * and is generated again only when one of them, or the renderer (the sources), changed.
 */
async function writeServiceWorker(
  template: string,
  hashes: FileHashes,
  output: SiteOutput,
  renderer: string,
): Promise<void> {
  const shell = appShell(template)
  output.write(APP_SHELL_PATH.slice(1), shell, renderer)
  const viteManifest = JSON.parse(readFileSync(join(CLIENT, '.vite/manifest.json'), 'utf8')) as Parameters<
    typeof appFiles
  >[0]
  const precache: PrecacheEntry[] = [
    ...appFiles(viteManifest).map((url) => ({ url, revision: null })),
    { url: APP_SHELL_PATH, revision: hash(shell) },
    ...precachedPublicFiles()
      .filter((path) => existsSync(join(PUBLIC, path)))
      .map((path) => ({ url: `/${path}`, revision: hashes.hashOf(join(PUBLIC, path)) })),
  ]
  const path = SERVICE_WORKER_PATH.slice(1)
  const key = hash(renderer, JSON.stringify(precache))
  if (!output.isCurrent(path, key)) output.write(path, await serviceWorkerSource(precache), key)
}

/** Pages waiting to be rendered, at most: enough to keep every worker busy, few enough to hold. */
const RENDERS_IN_FLIGHT = 64

/**
 * Every page made from a data file, with its kind and its place in the site: the home page (and the not-found
 * page, which offers the newest posts, readable with JavaScript off too), the archive's months and the list of
 * them, the posts, the search page, each speaker's pages and the lists of everyone quoted.
 */
function* pageSources(): Generator<{ path: string; kind: PageKind; dataFile?: string }> {
  const latest = join(DATA, latestDataPath)
  yield { path: 'index.html', kind: 'home', dataFile: latest }
  yield { path: '404.html', kind: 'notFound', dataFile: latest }
  yield {
    path: `${ARCHIVE_PATH.slice(1)}/index.html`,
    kind: 'archiveIndex',
    dataFile: join(DATA, archiveIndexDataPath),
  }
  for (const file of jsonFiles(join(DATA, 'archive')).filter((file) => !file.endsWith('/index.json'))) {
    const month = basename(file, '.json') as MonthKey
    yield { path: `${monthPath(month).slice(1)}/index.html`, kind: 'month', dataFile: file }
  }
  for (const file of jsonFiles(join(DATA, 'posts')))
    yield { path: `posts/${basename(file, '.json')}/index.html`, kind: 'post', dataFile: file }
  yield { path: 'search/index.html', kind: 'search' }
  yield { path: 'read/index.html', kind: 'read' }
  for (const id of listing(join(DATA, 'speakers')).sort()) {
    const folder = join(DATA, 'speakers', id)
    yield {
      path: `${speakerPath(id).slice(1)}/index.html`,
      kind: 'speaker',
      dataFile: join(folder, 'latest.json'),
    }
    for (const file of jsonFiles(folder).filter((file) => !file.endsWith('/latest.json')))
      yield {
        path: `${speakerPath(id, pageNumberOf(file)).slice(1)}/index.html`,
        kind: 'speakerQuotes',
        dataFile: file,
      }
  }
  for (const order of SPEAKER_ORDERS)
    for (const file of jsonFiles(join(DATA, 'speaker-lists', order)))
      yield {
        path: `${speakersPath(order, pageNumberOf(file)).slice(1)}/index.html`,
        kind: 'speakers',
        dataFile: file,
      }
}

if (isMainModule(import.meta.url)) await prerender(process.argv.slice(2))
