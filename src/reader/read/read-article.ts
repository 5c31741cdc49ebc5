import type { Article } from '../../article/schema.ts'
import { buildArticle } from '../../readers/build-article.ts'
import { InputError } from '../../readers/errors.ts'
import { READERS_BY_EXTENSION } from '../../readers/formats.ts'
import type { RawArticle } from '../../readers/raw-article.ts'
import { MAX_READ_CHARACTERS, READ_LIMIT_WORDS, READABLE_EXTENSIONS } from './read-limits.ts'

/**
 * What `/read` reads: text a reader pasted, or a file they chose or dropped; or an article as a link carries it
 * (article-link.ts), already read once: its headline and text, and what the reader found of date, byline and
 * source.
 */
export type ReadInput = { text: string; fileName?: string } | { carried: RawArticle }

export type ReadResult = { ok: true; article: Article } | { ok: false; message: string }

/** The readers of the files `/read` takes, by extension without its dot: ingest's own (src/readers/formats.ts). */
export const READERS: Readonly<Record<string, (source: string) => RawArticle>> = Object.fromEntries(
  READABLE_EXTENSIONS.map((extension) => [
    extension.slice(1),
    READERS_BY_EXTENSION[extension] as (source: string) => RawArticle,
  ]),
)

/** Characters no text holds: a NUL, or many other control characters, mean the file is not text. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true
  const sample = text.slice(0, 4096)
  let controls = 0
  for (const character of sample) {
    const code = character.charCodeAt(0)
    // Control characters other than tab, line feed, form feed and carriage return; and U+FFFD, what a decoder
    // puts where bytes are not UTF-8.
    if ((code < 32 && ![9, 10, 12, 13].includes(code)) || code === 0xfffd) controls++
  }
  return controls > sample.length / 20
}

/**
 * A reader's article built as ingest builds a post: the same readers (Readability for HTML, parsed by linkedom,
 * which runs no script and fetches nothing), the same engine, the same contract. Never throws for bad input:
 * the message says what is wrong, in words for the reader.
 */
export function readArticle(input: ReadInput): ReadResult {
  if ('carried' in input) {
    // A link is no way around the limit.
    const { title, paragraphs } = input.carried
    const length = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, title.length)
    if (length > MAX_READ_CHARACTERS)
      return { ok: false, message: `This link's article is too long: the limit is ${READ_LIMIT_WORDS}.` }
    return built(() => input.carried)
  }
  const { text, fileName } = input
  const extension = fileName ? (/\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '') : 'txt'
  const reader = READERS[extension]
  if (!reader)
    return {
      ok: false,
      message: `${fileName} is not a file Verbatim reads: choose a ${READABLE_EXTENSIONS.join(', ')} file.`,
    }
  if (text.trim() === '')
    return {
      ok: false,
      message: fileName ? `${fileName} is empty.` : 'There is no text to read: paste an article first.',
    }
  if (text.length > MAX_READ_CHARACTERS)
    return {
      ok: false,
      message: `${fileName ?? 'The text'} is too long: ${text.length.toLocaleString('en')} characters, and the limit is ${READ_LIMIT_WORDS}.`,
    }
  if (looksBinary(text))
    return { ok: false, message: `${fileName ?? 'The text'} is not text: it looks like a binary file.` }
  return built(() => reader(text))
}

/** The article a reader's raw article makes, or why it makes none. */
function built(raw: () => RawArticle): ReadResult {
  try {
    return { ok: true, article: buildArticle(raw(), 'read') }
  } catch (error) {
    if (error instanceof InputError)
      return { ok: false, message: `This does not read as an article: ${error.message}.` }
    throw error
  }
}
