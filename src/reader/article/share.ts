import { typographic } from '../../article/typography.ts'
import type { Quote } from '../../quotes/types.ts'

const FRAGMENT_WORDS = 4

/** Percent-encoding for a text directive: also "-", "," and "&", which the directive's syntax uses. */
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D')

/**
 * A text fragment directive (`:~:text=…`) that makes a browser scroll to and mark the quoted words, even before
 * the app runs: the whole quotation when it is short, else its first and last words as a range.
 */
export function textDirective(quoted: string): string {
  const words = quoted.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return ''
  if (words.length <= FRAGMENT_WORDS * 2) return `:~:text=${encodeTerm(words.join(' '))}`
  const start = words.slice(0, FRAGMENT_WORDS).join(' ')
  const end = words.slice(-FRAGMENT_WORDS).join(' ')
  return `:~:text=${encodeTerm(start)},${encodeTerm(end)}`
}

/**
 * The link to one quotation of the article a page shows, or null when it has none that can be shared (an
 * article from `/read` too long to carry in a link). Posts link to themselves (quoteUrl).
 */
export type QuoteLink = (quoteId: string, quoted: string) => string | null

/** The link that opens a post at one quotation: /posts/<slug>#q3:~:text=… on this site. */
export function quoteUrl(slug: string, quoteId: string, quoted = ''): string {
  const base = new URL(`${import.meta.env.BASE_URL}posts/${slug}`, window.location.origin).href
  return `${base}#${quoteId}${textDirective(quoted)}`
}

/** Copies text to the clipboard; falls back to a hidden text field where the Clipboard API is unavailable. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const field = document.createElement('textarea')
    field.value = text
    field.setAttribute('readonly', '')
    field.style.position = 'fixed'
    field.style.opacity = '0'
    document.body.append(field)
    field.select()
    const copied = document.execCommand('copy')
    field.remove()
    return copied
  }
}

/** A quotation's words as they read: each span's text, typographic, joined with an ellipsis where cut. */
export function quotationWords(paragraphs: readonly string[], quote: Quote): string {
  return quote.spans
    .map((span) => typographic(paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '').trim())
    .filter(Boolean)
    .join(' … ')
}

export interface ShareMessageParts {
  words: string
  kind: Quote['kind']
  /** As the reader names the speaker: "John Kirby", "probably John Kirby", "Unattributed". */
  who: string
  /** None when the quotation has no link to share. */
  url: string | null
}

/**
 * What sharing copies or sends: the words with who said them and where to read them. Reported speech is not the
 * speaker's own words, so it is never put in quotation marks.
 */
export function shareMessage({ words, kind, who, url }: ShareMessageParts): string {
  const speaker = who === 'Unattributed' ? 'speaker unknown' : who
  const bare = words.replace(/^[“”"]+|[“”"]+$/g, '')
  const body = kind === 'indirect' ? `${bare} (reported speech) — ${speaker}` : `“${bare}” — ${speaker}`
  return url ? `${body}, via Verbatim ${url}` : `${body}, via Verbatim`
}
