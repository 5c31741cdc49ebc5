import type { ReadInput } from './read-article.ts'

/**
 * A reader's article carried in the address's fragment, which the browser never sends to a server: the input
 * as JSON, compressed with the browser's own CompressionStream (deflate-raw), in base64url. A reload reads it
 * again; a shared link opens it on another machine, still without a server seeing it. A link to one of its
 * quotations adds `~q3`: `~` is not in base64url's alphabet.
 */
export const ARTICLE_FRAGMENT = 'a='

/** Past this, a link is too long for a chat or a mail to carry whole: the page offers a file instead. */
export const MAX_LINK_CHARACTERS = 16_000

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(piped).arrayBuffer())
}

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

/** The fragment (without `#`) that carries `input`. */
export async function articleFragment(input: ReadInput): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(input))
  return `${ARTICLE_FRAGMENT}${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`
}

/** The part of a fragment that carries the article, without the quotation it may point at (`~q3`). */
export const articlePart = (fragment: string): string => fragment.replace(/^#/, '').split('~')[0] ?? ''

/** The link that opens a reader's article at one quotation: `/read#a=…~q3`. */
export function readQuoteUrl(fragment: string, quoteId: string): string {
  const base = new URL(`${import.meta.env.BASE_URL}read`, window.location.origin).href
  return `${base}#${articlePart(fragment)}~${quoteId}`
}

/** The input a fragment carries, or null when it carries none or not one that reads (a link cut short). */
export async function inputFromFragment(fragment: string): Promise<ReadInput | null> {
  const data = articlePart(fragment)
  if (!data.startsWith(ARTICLE_FRAGMENT)) return null
  try {
    const bytes = await pipe(
      fromBase64Url(data.slice(ARTICLE_FRAGMENT.length)),
      new DecompressionStream('deflate-raw'),
    )
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<ReadInput>
    if (typeof value.text !== 'string') return null
    return typeof value.fileName === 'string'
      ? { text: value.text, fileName: value.fileName }
      : { text: value.text }
  } catch {
    return null
  }
}
