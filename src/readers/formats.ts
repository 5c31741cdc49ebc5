import { readHtml } from './html.ts'
import { readJson } from './json.ts'
import { readMarkdown } from './markdown.ts'
import type { RawArticle } from './raw-article.ts'
import { readText } from './text.ts'

/** The reader of each input format, by file extension (lower case, with its dot): ingest's and `/read`'s. */
export const READERS_BY_EXTENSION: Readonly<Record<string, (source: string) => RawArticle>> = {
  '.txt': readText,
  '.text': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.html': readHtml,
  '.htm': readHtml,
  '.json': readJson,
}
