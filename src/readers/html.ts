import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normaliseWhitespace } from '../article/text.ts'
import { toIsoDate } from './dates.ts'
import { InputError } from './errors.ts'
import type { RawArticle } from './raw-article.ts'
import { asHttpUrl } from './urls.ts'

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DD',
  'DT',
  'TD',
  'TH',
])
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'pubdate',
  'publishdate',
  'date',
]
const AUTHOR_KEYS = ['author', 'sailthru.author', 'dc.creator', 'article:author', 'byl']

type Document = ReturnType<typeof parseHTML>['document']
type Element = ReturnType<Document['createElement']>

/** Every `<meta>` by its name, property or itemprop, lower case; some saved pages use `value` for `content`. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>()
  for (const meta of document.querySelectorAll('meta')) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop')
    )?.toLowerCase()
    const value = meta.getAttribute('content') ?? meta.getAttribute('value')
    if (key && value && !tags.has(key)) tags.set(key, normaliseWhitespace(value))
  }
  return tags
}

/** Block elements in reading order, innermost first: a <blockquote> of <p>s gives its paragraphs, not one blob. */
function blockTexts(root: Element): string[] {
  const texts: string[] = []
  const visit = (element: Element) => {
    const children = [...element.children] as Element[]
    const hasBlockChild = children.some(
      (child) => BLOCKS.has(child.tagName) || child.querySelector([...BLOCKS].join(',')),
    )
    if (BLOCKS.has(element.tagName) && !hasBlockChild) {
      texts.push(element.textContent ?? '')
      return
    }
    if (children.length === 0 || !hasBlockChild) {
      if (element !== root && (element.textContent ?? '').trim()) texts.push(element.textContent ?? '')
      return
    }
    children.forEach(visit)
  }
  visit(root)
  return texts.map(normaliseWhitespace).filter(Boolean)
}

/** "Headline – Chicago Tribune" → "Headline", when the tail is the site's own name. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title
  const tail = new RegExp(`\\s*[-–—|:]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i')
  const trimmed = title.replace(tail, '')
  return trimmed || title
}

/**
 * The page's own byline element ("By Ana Ruiz, Health Reporter"), read before Readability runs: Readability
 * drops whole story headers as unlikely content, and the byline inside them with it.
 */
function bylineElementText(document: Document): string | undefined {
  const candidates = document.querySelectorAll(
    '[itemprop~="author"], [rel="author"], [class*="byline" i], [class*="author-name" i]',
  )
  for (const element of candidates) {
    const text = normaliseWhitespace(element.textContent ?? '')
    if (text && text.length <= 120) return text
  }
  return undefined
}

/**
 * Figures of pictures go: their captions and photo credits ("Photograph: Ines Galloway") are not the story's
 * prose, and a credit read as a sentence would even hand the engine a speaker. A figure that holds a
 * <blockquote> stays: that is HTML's own markup for a quotation and the caption that names who said it.
 */
function dropFigures(content: Element): void {
  for (const figure of content.querySelectorAll('figure'))
    if (!figure.querySelector('blockquote')) figure.remove()
  for (const caption of content.querySelectorAll('figcaption'))
    if (!caption.closest('figure')) caption.remove()
}

function cleanByline(byline: string | null | undefined): string | undefined {
  if (!byline) return undefined
  const text = normaliseWhitespace(byline).replace(/^by\s+/i, '')
  if (!text || /^https?:/i.test(text)) return undefined
  return text.length > 120 ? undefined : text
}

/**
 * Real news pages nest 15–50 elements deep and hold a few thousand; Readability's cost grows with the cube of
 * the depth (1,000 levels take 14 s) and with the element count, so a page far past either is refused before
 * it is read: a zip bomb of <div>s gets a clear message instead of a hung build.
 */
export const MAX_HTML_DEPTH = 150
export const MAX_HTML_ELEMENTS = 60_000

/**
 * linkedom's parser slows down with the square of the depth too (80,000 levels: 2.6 s), so a rough count on
 * the source comes first. It counts only elements that need an end tag, and is lenient (MAX_RAW_DEPTH), since
 * stray tags can inflate it; the exact check on the parsed tree follows.
 */
const MAX_RAW_DEPTH = 1_000
const NO_DEPTH = new Set(
  `area base br col embed hr img input link meta source track wbr param p li dt dd tr td th option optgroup
  thead tbody tfoot colgroup rb rt rp`.split(/\s+/),
)
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g

function rawNestingExceeds(source: string, limit: number): boolean {
  let depth = 0
  for (const [, closing, name, selfClosing] of source.matchAll(TAG)) {
    if (!name || selfClosing || NO_DEPTH.has(name.toLowerCase())) continue
    if (closing) depth = Math.max(0, depth - 1)
    else if (++depth > limit) return true
  }
  return false
}

function refuseOversizedTree(root: Element): void {
  let elements = 0
  // Iterative, not recursive: a deep tree would overflow the stack of a recursive walk.
  const stack: Array<[Element, number]> = [[root, 1]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number]
    elements++
    if (depth > MAX_HTML_DEPTH)
      throw new InputError(
        `HTML nested more than ${MAX_HTML_DEPTH} levels deep: too deep for an article page (zip bomb?)`,
      )
    if (elements > MAX_HTML_ELEMENTS)
      throw new InputError(
        `HTML with more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements: too many for an article page`,
      )
    for (const child of element.children) stack.push([child as Element, depth + 1])
  }
}

/**
 * `.html`: the article's main content through Mozilla Readability on linkedom, reduced to plain paragraphs;
 * title, byline, publication time and site name from the page's metadata. Nothing of the markup survives.
 */
export function readHtml(source: string): RawArticle {
  if (rawNestingExceeds(source, MAX_RAW_DEPTH))
    throw new InputError(
      `HTML nested more than ${MAX_HTML_DEPTH} levels deep: too deep for an article page (zip bomb?)`,
    )
  const { document } = parseHTML(source)
  refuseOversizedTree(document.documentElement as unknown as Element)
  const meta = metaTags(document)
  // Readability edits the tree it reads; metadata is taken first.
  const canonical =
    asHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    asHttpUrl(meta.get('og:url'))
  const timeElement = document.querySelector('time[datetime]')?.getAttribute('datetime')
  const pageByline = bylineElementText(document)
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
  const content = parsed?.content
    ? parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body
    : null
  if (content) dropFigures(content as Element)
  const paragraphs = content ? blockTexts(content as Element) : []
  if (paragraphs.length === 0) throw new InputError('no article text found in the HTML')

  const siteName = meta.get('og:site_name') ?? parsed?.siteName ?? undefined
  const rawTitle = meta.get('og:title') ?? parsed?.title ?? document.querySelector('title')?.textContent ?? ''
  const title = withoutSiteName(normaliseWhitespace(rawTitle), siteName)
  if (!title) throw new InputError('no headline: the page has no <title> and no og:title')

  const publishedRaw = [
    ...PUBLISHED_KEYS.map((key) => meta.get(key)),
    parsed?.publishedTime,
    timeElement,
  ].find((value) => value && toIsoDate(value))
  const byline = cleanByline(
    AUTHOR_KEYS.map((key) => meta.get(key)).find((value) => value && !/^https?:/i.test(value)) ??
      parsed?.byline ??
      pageByline,
  )
  const sourceName = siteName ?? (canonical ? new URL(canonical).hostname.replace(/^www\./, '') : undefined)

  const article: RawArticle = { title, paragraphs }
  if (publishedRaw) article.published = toIsoDate(publishedRaw)
  if (byline) article.byline = byline
  if (sourceName || canonical) article.source = { name: sourceName, url: canonical }
  return article
}
