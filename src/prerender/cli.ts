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
import { pathToFileURL } from 'node:url'
import * as v from 'valibot'
import * as pagefind from 'pagefind'
import { ArchiveIndexSchema, LatestSchema, MonthPageSchema, type MonthKey } from '../article/post-archive.ts'
import { ArticleSchema, describeIssues } from '../article/schema.ts'
import { plural } from '../article/text.ts'
import {
  SPEAKER_ORDERS,
  SpeakerIndexSchema,
  SpeakerPageSchema,
  SpeakerQuotesPageSchema,
} from '../article/speaker-archive.ts'
import { archiveIndexDataPath, latestDataPath, monthDataPath } from '../reader/data/data-paths.ts'
import { SEARCH_SHARDS_PATH } from '../reader/search/search-shards-path.ts'
import { ARCHIVE_PATH, monthPath } from '../reader/home/paths.ts'
import { speakerPath, speakersPath } from '../reader/speakers-archive/paths.ts'
import { siteUrl } from '../site.ts'
import { documentRenderer } from './documents.ts'
import { filesUnder, fingerprintOf } from './fingerprint.ts'
import { SiteOutput } from './output.ts'
import { searchPage } from './search-index.ts'
import { searchShards, type SearchShard } from './search-shards.ts'
import { inlineStylesheet } from './template.ts'
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

type ServerEntry = typeof import('../entry-server.tsx')

const hash = (...parts: Array<string | Buffer>) => {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\0')
  return digest.digest('hex')
}

function readValid<TSchema extends v.GenericSchema>(
  bytes: Buffer,
  schema: TSchema,
  file: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, JSON.parse(bytes.toString('utf8')))
  if (!result.success) throw new Error(`${file}: ${describeIssues(result.issues).join('; ')}`)
  return result.output
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
  postBytes: ReadonlyMap<string, Buffer>,
  renderer: string,
  output: SiteOutput,
): Promise<number> {
  let indexed = 0
  const search = searchService()
  for (const shard of shards) {
    const slugs = archiveOrder.slice(shard.start, shard.start + shard.size)
    const bytes = slugs.map((slug) => {
      const found = postBytes.get(slug)
      if (!found) throw new Error(`search index: the archive lists "${slug}", which has no data file`)
      return found
    })
    const folder = `pagefind/${shard.start}`
    const key = hash(renderer, ...bytes)
    if (output.keepAllIfCurrent(folder, key)) continue
    const index = await search.createIndex()
    for (const [position, slug] of slugs.entries())
      await index.add(searchPage(readValid(bytes[position] as Buffer, ArticleSchema, `${slug}.json`)))
    const indexDir = resolve('.cache/verbatim/pagefind', String(shard.start))
    rmSync(indexDir, { recursive: true, force: true })
    await index.write(indexDir)
    for (const path of filesUnder(indexDir)) {
      // Pagefind writes its own search interfaces too (430 kB); the reader has its own page.
      if (!PAGEFIND_UI.test(path)) output.write(join(folder, path), readFileSync(join(indexDir, path)), key)
    }
    indexed += shard.size
  }
  await search.close()
  output.write(
    SEARCH_SHARDS_PATH,
    `${JSON.stringify({ shards: shards.map((shard) => `${shard.start}/`) })}\n`,
  )
  return indexed
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

async function main() {
  const started = performance.now()
  const { values } = parseArgs({ options: { force: { type: 'boolean' } } })
  if (values.force) rmSync(CACHE, { recursive: true, force: true })
  // React renders twice as fast in its production build (measured on 1,000 posts), which is what ships; the
  // server entry imports React at run time, so this must be set before it loads.
  process.env.NODE_ENV = 'production'
  const site = siteUrl(process.env)
  const server = (await import(pathToFileURL(SERVER_ENTRY).href)) as ServerEntry
  const shell = readFileSync(join(CLIENT, 'index.html'), 'utf8')
  // The stylesheet is the app's; the settings script is a public file, served as it is.
  const template = inlineStylesheet(shell, (path) =>
    readFileSync(existsSync(join(CLIENT, path)) ? join(CLIENT, path) : join(PUBLIC, path), 'utf8'),
  )
  mkdirSync(dirname(TEMPLATE), { recursive: true })
  writeFileSync(TEMPLATE, template)
  const render = documentRenderer(server, template, site)
  const renderer = rendererFingerprint(template, site)
  const output = new SiteOutput(DIST, CACHE)
  let rendered = 0
  // Progress on a terminal: each data file is a page, and the home page's is also the not-found page's.
  const bar = progressBar(filesUnder(DATA).filter((path) => path.endsWith('.json')).length + 1)
  let considered = 0

  /**
   * A page made from a data file (its bytes, when already read): rendered only if the data or the renderer
   * changed since the last build. Returns the data when it had to be read, so a caller that needs it reads it once.
   */
  async function page<T>(
    path: string,
    dataFile: string,
    schema: v.GenericSchema<unknown, T>,
    make: (data: T) => Promise<string>,
    bytes: Buffer = readFileSync(dataFile),
  ): Promise<T | undefined> {
    bar.tick(++considered)
    const key = hash(renderer, bytes)
    if (output.isCurrent(path, key)) return undefined
    const data = readValid(bytes, schema, dataFile)
    output.write(path, await make(data), key)
    rendered++
    return data
  }

  try {
    // The app's files, and the data and feeds beside them, as they are.
    output.copyTree(CLIENT, '', (path) => path === 'index.html')
    output.copyTree(PUBLIC)

    const archiveOrder = readArchiveOrder()

    // The home page, the archive's months and the list of them. The not-found page offers the newest posts,
    // readable with JavaScript off too.
    await page('index.html', join(DATA, latestDataPath), LatestSchema, render.home)
    await page('404.html', join(DATA, latestDataPath), LatestSchema, render.notFound)
    await page(
      `${ARCHIVE_PATH.slice(1)}/index.html`,
      join(DATA, archiveIndexDataPath),
      ArchiveIndexSchema,
      render.archiveIndex,
    )
    for (const file of jsonFiles(join(DATA, 'archive')).filter((file) => !file.endsWith('/index.json'))) {
      const month = basename(file, '.json') as MonthKey
      await page(`${monthPath(month).slice(1)}/index.html`, file, MonthPageSchema, render.month)
    }

    // The search index, in shards (search-shards.ts), indexed by Pagefind in its own process while the pages
    // render here: a shard is indexed again only when one of its posts changed.
    const postFiles = jsonFiles(join(DATA, 'posts'))
    const postBytes = new Map(postFiles.map((file) => [basename(file, '.json'), readFileSync(file)]))
    const shards = searchShards(archiveOrder.length)
    const searching = indexSearch(shards, archiveOrder, postBytes, renderer, output)
    // Awaited below; until then a failure must not count as unhandled.
    searching.catch(() => {})

    // Posts, each rendered again only when it changed.
    for (const [slug, bytes] of postBytes)
      await page(
        `posts/${slug}/index.html`,
        join(DATA, 'posts', `${slug}.json`),
        ArticleSchema,
        render.post,
        bytes,
      )
    if (!output.isCurrent('search/index.html', renderer)) {
      output.write('search/index.html', await render.search(), renderer)
      rendered++
    }

    // Each speaker's pages of quotations, and the pages of the lists of everyone quoted.
    for (const id of listing(join(DATA, 'speakers')).sort()) {
      const folder = join(DATA, 'speakers', id)
      await page(
        `${speakerPath(id).slice(1)}/index.html`,
        join(folder, 'latest.json'),
        SpeakerPageSchema,
        render.speaker,
      )
      for (const file of jsonFiles(folder).filter((file) => !file.endsWith('/latest.json')))
        await page(
          `${speakerPath(id, pageNumberOf(file)).slice(1)}/index.html`,
          file,
          SpeakerQuotesPageSchema,
          render.speakerQuotes,
        )
    }
    for (const order of SPEAKER_ORDERS)
      for (const file of jsonFiles(join(DATA, 'speaker-lists', order)))
        await page(
          `${speakersPath(order, pageNumberOf(file)).slice(1)}/index.html`,
          file,
          SpeakerIndexSchema,
          render.speakers,
        )

    const indexed = await searching
    bar.done()
    output.commit()
    console.log(
      `prerender: ${rendered} pages rendered; ${indexed} of ${postFiles.length} posts indexed again for search, in ` +
        `${plural(shards.length, 'shard')}; ` +
        `${output.written} files written, ${output.unchanged} unchanged, ${output.removed} removed → dist/ for ${site} ` +
        `in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    )
  } catch (error) {
    output.abandon()
    await pagefind.close()
    throw error
  }
}

await main()
