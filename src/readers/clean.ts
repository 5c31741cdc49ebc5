import { normaliseWhitespace } from '../article/text.ts'

/**
 * Lines that pages leave in the text and no reader wants: navigation, share and subscribe prompts,
 * advertisement labels. Each pattern matches a whole, short paragraph only, so real sentences that merely
 * mention sharing or subscribing stay.
 */
const JUNK: RegExp[] = [
  /^(?:(?:previous|next|prev)\s+(?:post|article|story|page)\s*){1,2}$/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: below)?)$/i,
  /^(?:(?:share|tweet|email|e-mail|print|pin|save|comment|copy link)(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via|to))?(?:\s+(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|messenger|telegram))?[\s|·•,:]*)+$/i,
  /^(?:subscribe|sign up|join)(?:\s+(?:now|today|here))?(?:\s+(?:to|for)\s+(?:our|the)\s+(?:free\s+)?(?:daily\s+|weekly\s+)?(?:newsletter|newsletters|updates|alerts))?[.!]?$/i,
  /^(?:related(?: coverage| stories| articles| content| links)?|read more|more from [^.]{1,40}|see also)(?::.*)?$/i,
  /^(?:toggle|hide) caption$/i,
]
const MAX_JUNK_LENGTH = 120

export function isJunk(paragraph: string): boolean {
  return paragraph.length <= MAX_JUNK_LENGTH && JUNK.some((pattern) => pattern.test(paragraph))
}

/** Whitespace normalised (NBSP, zero-width characters, line breaks), empty and junk paragraphs dropped. */
export function cleanParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map(normaliseWhitespace).filter((paragraph) => paragraph.length > 0 && !isJunk(paragraph))
}
