/**
 * `npm run build`'s last step: every route of the built app rendered to static HTML in dist/ — each post
 * (`posts/<slug>/index.html`), each page of the archive (`index.html`, `page/<n>/index.html`) and the not-found page
 * (`404.html`) — with its head (previews, canonical link, structured data) and the data the app hydrates from.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as v from 'valibot'
import * as pagefind from 'pagefind'
import { ArticleSchema, PageSchema, describeIssues, type Article, type Page } from '../article/schema.ts'
import { SPEAKER_ORDERS, SpeakerIndexSchema, SpeakerPageSchema } from '../article/speaker-archive.ts'
import { speakerPath, speakersPath } from '../reader/speakers-archive/paths.ts'
import { siteUrl } from '../site.ts'
import { documentRenderer } from './documents.ts'
import { searchPage } from './search-index.ts'
import { inlineStylesheet } from './template.ts'

const DIST = resolve('dist')
const SERVER_ENTRY = resolve('dist-ssr/entry-server.js')
/** The shell with its stylesheet inlined, before any page is written over dist/index.html. */
export const TEMPLATE = resolve('dist-ssr/template.html')

type ServerEntry = typeof import('../entry-server.tsx')

async function readValid<TSchema extends v.GenericSchema>(
  file: string,
  schema: TSchema,
): Promise<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, JSON.parse(readFileSync(file, 'utf8')))
  if (!result.success) throw new Error(`${file}: ${describeIssues(result.issues).join('; ')}`)
  return result.output
}

async function jsonFiles(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name))
}

/** Sub-folders of a folder, or none if it is missing (an archive with no one quoted). */
async function folders(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  } catch {
    return []
  }
}

/**
 * Pages are many and small: read and written synchronously, as awaiting each left the renderer idle while the
 * disk answered (on 1,000 posts, 12 s became 9).
 */
async function write(path: string, contents: string) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, contents)
}

/**
 * The search index: Pagefind's chunked index, written to dist/pagefind/, of every post with its quotations as
 * sub-results (search-index.ts). The browser loads only the chunks a query needs.
 */
/** Pagefind's ready-made search interfaces and its result highlighter, none of which the reader uses. */
const PAGEFIND_UI = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/

/** Pages handed to Pagefind and not yet indexed, at most. */
const PAGEFIND_IN_FLIGHT = 64

async function createSearchIndex() {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`search index: ${errors.join('; ')}`)
  let records = 0
  const check = ({ errors }: { errors: string[] }, what: string) => {
    if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`)
  }
  // Pagefind indexes in its own process: pages are handed over without waiting for each answer, so it works
  // while the next pages render, with a bound on how many wait, so memory stays flat on a large archive.
  const pending = new Set<Promise<void>>()
  return {
    async add(article: Article) {
      const page = searchPage(article)
      const added: Promise<void> = index.addHTMLFile(page).then((result) => {
        check(result, page.url)
        records++
        pending.delete(added)
      })
      pending.add(added)
      if (pending.size >= PAGEFIND_IN_FLIGHT) await Promise.race(pending)
    },
    async write(outputPath: string) {
      await Promise.all(pending)
      check(await index.writeFiles({ outputPath }), outputPath)
      await pagefind.close()
      // Pagefind writes its own search UIs too (430 kB); the reader has its own page, so they are not shipped.
      for (const name of await readdir(outputPath))
        if (PAGEFIND_UI.test(name)) await rm(join(outputPath, name), { force: true })
      return records
    },
  }
}

async function main() {
  const started = performance.now()
  // React renders twice as fast in its production build (measured on 1,000 posts), which is what ships; the
  // server entry imports React at run time, so this must be set before it loads.
  process.env.NODE_ENV = 'production'
  const site = siteUrl(process.env)
  const server = (await import(pathToFileURL(SERVER_ENTRY).href)) as ServerEntry
  const shell = await readFile(join(DIST, 'index.html'), 'utf8')
  const template = inlineStylesheet(shell, (path) => readFileSync(join(DIST, path), 'utf8'))
  // Kept for whoever prerenders more pages later (the attack suite does): dist/index.html becomes the home page.
  await write(TEMPLATE, template)
  const render = documentRenderer(server, template, site)
  let count = 0
  let newest: Page | undefined

  for (const file of await jsonFiles(join(DIST, 'data', 'pages'))) {
    const page = await readValid(file, PageSchema)
    if (page.page === 1) newest = page
    const path = page.page === 1 ? 'index.html' : join('page', String(page.page), 'index.html')
    await write(join(DIST, path), await render.archive(page))
    count++
  }

  const search = await createSearchIndex()
  for (const file of await jsonFiles(join(DIST, 'data', 'posts'))) {
    const article = await readValid(file, ArticleSchema)
    await write(join(DIST, 'posts', article.slug, 'index.html'), await render.post(article))
    await search.add(article)
    count++
  }
  const records = await search.write(join(DIST, 'pagefind'))
  await write(join(DIST, 'search', 'index.html'), await render.search())
  count++

  // Each speaker's pages of quotations, and the pages of the lists of everyone quoted.
  for (const id of await folders(join(DIST, 'data', 'speakers'))) {
    for (const file of await jsonFiles(join(DIST, 'data', 'speakers', id))) {
      const page = await readValid(file, SpeakerPageSchema)
      await write(join(DIST, `${speakerPath(page.id, page.page)}/index.html`), await render.speaker(page))
      count++
    }
  }
  for (const order of SPEAKER_ORDERS) {
    for (const file of await jsonFiles(join(DIST, 'data', 'speaker-lists', order))) {
      const index = await readValid(file, SpeakerIndexSchema)
      await write(
        join(DIST, `${speakersPath(index.order, index.page)}/index.html`),
        await render.speakers(index),
      )
      count++
    }
  }

  // The not-found page offers the newest posts, readable with JavaScript off too.
  await write(join(DIST, '404.html'), await render.notFound(newest))
  count++

  console.log(
    `prerender: ${count} pages and a search index of ${records} posts → dist/ for ${site} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  )
}

await main()
