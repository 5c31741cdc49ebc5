import { readdir, rm } from 'node:fs/promises'
import type { Article } from '../article/schema.ts'
import { join } from 'node:path'
import { BuildCache } from './build-cache.ts'
import { buildInOrder } from './build-pool.ts'
import { collectInputs } from './collect.ts'
import { archivePages, neighboursOf, orderPosts, postOf, type Post } from './archive.ts'
import { atomFeed, FEED_SIZE, jsonFeed, robots, sitemap } from './feeds.ts'
import { progressBar } from './progress.ts'
import { gatherSpeakers } from './speakers.ts'
import { toJson, writeFileAtomic } from './write.ts'
import { WrittenPosts } from './written-posts.ts'

export interface IngestProblem {
  file: string
  message: string
}

export interface IngestReport {
  posts: number
  quotes: number
  speakers: number
  /** Inputs built this run; the others were taken, unchanged, from the cache. */
  built: number
  written: number
  unchanged: number
  seconds: number
  problems: IngestProblem[]
}

export interface IngestOptions {
  inputs: string[]
  outDir: string
  /** Where feed.xml, feed.json, sitemap.xml and robots.txt go, for the site at `siteUrl`; none if absent. */
  siteDir?: string
  siteUrl?: string
  /** Where progress goes; a bar appears only on a terminal. */
  progressStream?: NodeJS.WriteStream
  /** Worker processes to build articles on (build-pool.ts); by default one per core for a large archive. */
  workers?: number
  /** Where to keep what was built (build-cache.ts), so a later run builds only new and changed inputs. */
  cacheDir?: string
}

/**
 * Turns article files into the reader's data under `outDir`: `posts/<slug>.json`, the archive's pages
 * (post-archive.ts), and the speakers' pages.
 * A bad input is reported and skipped; every good one is still written. Output files are replaced atomically,
 * and stale ones are removed only after a run with no problems, so a failed run never loses data.
 */
export async function ingest({
  inputs,
  outDir,
  siteDir,
  siteUrl,
  progressStream,
  workers,
  cacheDir,
}: IngestOptions): Promise<IngestReport> {
  const started = performance.now()
  const problems: IngestProblem[] = []
  const { files, missing } = await collectInputs(inputs)
  for (const { path, reason } of missing) problems.push({ file: path, message: reason })

  const bar = progressBar(files.length, progressStream)
  const cache = cacheDir ? new BuildCache(cacheDir) : undefined
  let builtNow = 0
  const posts: Post[] = []
  // Without a cache to read them back from, the articles stay in memory until written (a small archive: the
  // CLI always has a cache).
  const heldArticles = new Map<string, Article>()
  const bySlug = new Map<string, string>()
  const builds = buildInOrder(files, {
    workers,
    cache,
    onBuilt: (done) => bar.tick(done),
    onFresh: () => builtNow++,
  })
  for await (const { file, built, key } of builds) {
    if (!built.ok) {
      problems.push({ file, message: built.message })
      continue
    }
    const owner = bySlug.get(built.article.slug)
    if (owner) {
      problems.push({ file, message: `duplicate slug "${built.article.slug}": ${owner} already has it` })
      continue
    }
    bySlug.set(built.article.slug, file)
    posts.push(postOf(file, key, built.article))
    if (!key || !cache) heldArticles.set(file, built.article)
  }
  bar.done()
  /** A post's article again, to write it: from memory, or from the cache, which holds every article built. */
  const articleOf = (post: Post): Article => {
    const held = heldArticles.get(post.file)
    if (held) return held
    const cached = post.key ? cache?.get(post.key) : undefined
    if (cached?.ok) return cached.article
    throw new Error(`${post.file}: its article is no longer in the build cache`)
  }

  const ordered = orderPosts(posts)
  let written = 0
  let unchanged = 0
  // A file that cannot be written (a read-only disk, a file where a folder should be) is reported like a bad
  // input; the others are still written, and the earlier version of that one stays whole.
  const write = (path: string, contents: string): boolean => {
    try {
      if (writeFileAtomic(path, contents) === 'written') written++
      else unchanged++
      return true
    } catch (error) {
      problems.push({ file: path, message: `cannot write: ${(error as Error).message}` })
      return false
    }
  }
  // Each article was validated when built (buildArticle); its neighbours are other valid articles' slugs and
  // titles, so it is not validated again (100,000 times). A post as the last run wrote it is left alone.
  const writtenPosts = new WrittenPosts(cacheDir && `${cacheDir}.posts.json`)
  for (const [index, post] of ordered.entries()) {
    const path = join(outDir, 'posts', `${post.summary.slug}.json`)
    const neighbours = neighboursOf(ordered, index)
    const made = post.key ? JSON.stringify([post.key, neighbours]) : null
    if (made && writtenPosts.isCurrent(path, made)) {
      unchanged++
      continue
    }
    if (write(path, toJson({ ...articleOf(post), ...neighbours })) && made) writtenPosts.record(path, made)
  }
  writtenPosts.save()
  const archive = archivePages(ordered)
  write(join(outDir, 'latest.json'), toJson(archive.latest))
  for (const month of archive.months) write(join(outDir, 'archive', `${month.month}.json`), toJson(month))
  write(join(outDir, 'archive', 'index.json'), toJson(archive.index))

  const newestFirst = [...ordered].reverse()
  // Everyone quoted: /data/speakers/<id>/…, and the lists of them in each order.
  const { speakers, index } = gatherSpeakers(newestFirst.map((post) => post.speakers))
  const speakerFiles = new Map<string, Set<string>>()
  for (const { page, older } of speakers) {
    speakerFiles.set(page.id, new Set(['latest.json', ...older.map((one) => `${one.page}.json`)]))
    write(join(outDir, 'speakers', page.id, 'latest.json'), toJson(page))
    for (const one of older) write(join(outDir, 'speakers', page.id, `${one.page}.json`), toJson(one))
  }
  for (const [order, listPages] of Object.entries(index)) {
    speakerFiles.set(order, new Set(listPages.map((page) => `${page.page}.json`)))
    for (const page of listPages)
      write(join(outDir, 'speaker-lists', order, `${page.page}.json`), toJson(page))
  }

  if (siteDir && siteUrl) {
    const newest = newestFirst.slice(0, FEED_SIZE).map(articleOf)
    write(join(siteDir, 'feed.xml'), atomFeed(newest, siteUrl))
    write(join(siteDir, 'feed.json'), jsonFeed(newest, siteUrl))
    const sitemapSpeakers = index.quoted.flatMap((page) => page.speakers)
    const sitemapPosts = newestFirst.map((post) => post.summary)
    write(join(siteDir, 'sitemap.xml'), sitemap(sitemapPosts, archive.index.months, siteUrl, sitemapSpeakers))
    write(join(siteDir, 'robots.txt'), robots(siteUrl))
  }
  cache?.prune()

  if (problems.length === 0) {
    await removeStale(join(outDir, 'posts'), new Set(ordered.map((post) => `${post.summary.slug}.json`)))
    await removeStale(
      join(outDir, 'archive'),
      new Set(['index.json', ...archive.months.map((month) => `${month.month}.json`)]),
    )
    // The archive by page number, as builds before the archive by month wrote it.
    await rm(join(outDir, 'pages'), { recursive: true, force: true })
    await removeStaleFolders(join(outDir, 'speakers'), speakerFiles)
    await removeStaleFolders(join(outDir, 'speaker-lists'), speakerFiles)
  }

  return {
    posts: ordered.length,
    quotes: ordered.reduce((sum, post) => sum + post.quoteCount, 0),
    speakers: ordered.reduce((sum, post) => sum + post.speakerCount, 0),
    built: builtNow,
    written,
    unchanged,
    seconds: (performance.now() - started) / 1000,
    problems,
  }
}

/** JSON files in a folder that this run did not produce: posts whose source was removed, pages past the end. */
async function removeStale(dir: string, keep: ReadonlySet<string>): Promise<void> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names)
    if (name.endsWith('.json') && !keep.has(name)) await rm(join(dir, name), { force: true })
}

/** Per-speaker (or per-order) folders: those no longer quoted go whole, the rest lose pages past their end. */
async function removeStaleFolders(
  dir: string,
  keep: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<void> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names) {
    const files = keep.get(name)
    if (files) await removeStale(join(dir, name), files)
    else await rm(join(dir, name), { recursive: true, force: true })
  }
}
