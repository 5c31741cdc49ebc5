import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * An archive of `count` posts for benchmarks, written to `dir` (never to content/): the annotated articles of
 * `goldDir` repeated under new titles and dates, a day apart, so it has real news text, real speakers, and as
 * many quotations per post as real posts have.
 */
export function generateArchive(dir: string, count: number, goldDir: string): void {
  const articlesDir = join(goldDir, 'articles')
  const sources = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(articlesDir, name), 'utf8').split(/\n\s*\n/))
  if (sources.length === 0) throw new Error(`generate-archive: no articles in ${articlesDir}`)
  mkdirSync(dir, { recursive: true })
  const start = Date.UTC(2000, 0, 1)
  for (let index = 0; index < count; index++) {
    const [title = 'Untitled', ...paragraphs] = sources[index % sources.length] as string[]
    const published = new Date(start + index * 86_400_000).toISOString().slice(0, 10)
    const number = String(index + 1).padStart(6, '0')
    writeFileSync(
      join(dir, `post-${number}.txt`),
      `---\npublished: ${published}\n---\n${title.trim()} (${number})\n\n${paragraphs.join('\n\n')}\n`,
    )
  }
}
