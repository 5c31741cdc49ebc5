import type { Article } from '../../article/schema.ts'
import type { RawArticle } from '../../readers/raw-article.ts'
import { MAX_READ_CHARACTERS } from './read-limits.ts'

/**
 * A reader's article carried in the address's fragment, which the browser never sends to a server: the article
 * as it was read (headline, text, and what was found of date, byline and source; never the page it came from,
 * which may hold far more than the article), as JSON, compressed with the browser's own CompressionStream
 * (deflate-raw), in base64url. A reload reads it again; a shared link opens it on another machine, still without
 * a server seeing it. A link to one of its quotations adds `~q3`: `~` is not in base64url's alphabet.
 */
export const ARTICLE_FRAGMENT = 'a='

/** Past this, a link is too long for a chat or a mail to carry whole: the page offers a file instead. */
export const MAX_LINK_CHARACTERS = 16_000

/** A fragment longer than any link this page makes is not one of its links, and is not decoded. */
const MAX_FRAGMENT_CHARACTERS = 4 * MAX_LINK_CHARACTERS

/** Decompressed, no article is larger: a crafted link that inflates past this is refused, not held in memory. */
const MAX_CARRIED_BYTES = 3 * MAX_READ_CHARACTERS

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (character) => character.charCodeAt(0))
}

/** The bytes through a (de)compression stream, or null once they pass `limit`. */
async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(next.value)
  }
  const joined = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    joined.set(chunk, offset)
    offset += chunk.length
  }
  return joined
}

/** What a link carries of an article: enough to read it again as it was read. */
function carriedOf(article: Article): RawArticle {
  return {
    title: article.title,
    paragraphs: article.paragraphs,
    ...(article.published ? { published: article.published } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.source ? { source: article.source } : {}),
  }
}

/** The fragment (without `#`) that carries `article`. */
export async function articleFragment(article: Article): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(carriedOf(article)))
  const compressed = (await through(json, new CompressionStream('deflate-raw'))) as Uint8Array
  return `${ARTICLE_FRAGMENT}${toBase64Url(compressed)}`
}

/** The part of a fragment that carries the article, without the quotation it may point at (`~q3`). */
export const articlePart = (fragment: string): string => fragment.replace(/^#/, '').split('~')[0] ?? ''

/** Whether a fragment carries an article: `#main` (the skip link) or `#q3` do not. */
export const carriesArticle = (fragment: string): boolean =>
  articlePart(fragment).startsWith(ARTICLE_FRAGMENT)

/** The link that opens a reader's article at one quotation: `/read#a=…~q3`. */
export function readQuoteUrl(fragment: string, quoteId: string): string {
  const base = new URL(`${import.meta.env.BASE_URL}read`, window.location.origin).href
  return `${base}#${articlePart(fragment)}~${quoteId}`
}

const isText = (value: unknown): value is string => typeof value === 'string'

/** The article a fragment carries, or null when it carries none that reads (a link cut short, or not ours). */
export async function carriedArticle(fragment: string): Promise<RawArticle | null> {
  const data = articlePart(fragment)
  if (!data.startsWith(ARTICLE_FRAGMENT) || data.length > MAX_FRAGMENT_CHARACTERS) return null
  try {
    const bytes = await through(
      fromBase64Url(data.slice(ARTICLE_FRAGMENT.length)),
      new DecompressionStream('deflate-raw'),
      MAX_CARRIED_BYTES,
    )
    if (!bytes) return null
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Record<keyof RawArticle, unknown>>
    if (!isText(value.title) || !Array.isArray(value.paragraphs) || !value.paragraphs.every(isText))
      return null
    const source = value.source as RawArticle['source'] | undefined
    return {
      title: value.title,
      paragraphs: value.paragraphs,
      ...(isText(value.published) ? { published: value.published } : {}),
      ...(isText(value.byline) ? { byline: value.byline } : {}),
      ...(source && typeof source === 'object'
        ? {
            source: {
              ...(isText(source.name) ? { name: source.name } : {}),
              ...(isText(source.url) ? { url: source.url } : {}),
            },
          }
        : {}),
    }
  } catch {
    return null
  }
}

/** The article as a plain-text file `/read` reads back: its headline, a blank line, its paragraphs. */
export const articleAsText = (article: Pick<Article, 'title' | 'paragraphs'>): string =>
  `${[article.title, ...article.paragraphs].join('\n\n')}\n`
