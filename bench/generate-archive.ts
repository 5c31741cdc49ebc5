import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Real news text to repeat: the annotated articles beside the project, or the seed post and its fiction. */
export const ARCHIVE_SOURCES = existsSync(resolve('../shared/gold/articles'))
  ? resolve('../shared/gold/articles')
  : resolve('content')

/**
 * An archive of `count` posts for benchmarks, written to `dir` (never to content/): the plain-text articles of
 * `articlesDir` repeated under new titles and dates, a day apart, so it has real news text, real speakers, and
 * as many quotations per post as real posts have.
 */
export function generateArchive(dir: string, count: number, articlesDir = ARCHIVE_SOURCES): void {
  const sources = readSources(articlesDir)
  if (sources.length === 0) throw new Error(`generate-archive: no articles in ${articlesDir}`)
  mkdirSync(dir, { recursive: true })
  for (let index = 0; index < count; index++) writeGeneratedPost(dir, index, sources)
}

const START = Date.UTC(2000, 0, 1)

/** Post number `index` (from 0) of a generated archive: its file, its date, and a source's text. */
export function writeGeneratedPost(dir: string, index: number, sources: string[][] = readSources()): string {
  const [title = 'Untitled', ...paragraphs] = sources[index % sources.length] as string[]
  const published = new Date(START + index * 86_400_000).toISOString().slice(0, 10)
  const number = String(index + 1).padStart(6, '0')
  const file = join(dir, `post-${number}.txt`)
  writeFileSync(
    file,
    `---\npublished: ${published}\n---\n${title.trim()} (${number})\n\n${paragraphs.join('\n\n')}\n`,
  )
  return file
}

function readSources(articlesDir = ARCHIVE_SOURCES): string[][] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(articlesDir, name), 'utf8').split(/\n\s*\n/))
}
