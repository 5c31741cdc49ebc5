import type { Quote, Speaker } from '../../quotes/types.ts'

export const PALETTE_SIZE = 7

export interface SpeakerStat {
  speaker: Speaker
  quotes: Quote[]
  /** Share of all quoted words, 0..1. */
  share: number
  /** Index into the speaker palette, stable for the article. */
  colour: number
}

export interface SpeakerSummary {
  speakers: SpeakerStat[]
  /** Quotations the engine could not attribute, listed at the end. */
  unattributed: Quote[]
  unattributedShare: number
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

function quotedWords(quote: Quote, paragraphs: readonly string[]): number {
  return quote.spans.reduce(
    (sum, span) => sum + wordCount(paragraphs[span.paragraph]?.slice(span.start, span.end) ?? ''),
    0,
  )
}

/**
 * Who is quoted, how often and how much: speakers by number of quotations (then by first appearance), each
 * with the share of quoted words and a palette colour in order of first quotation, so colours stay put.
 */
export function summariseSpeakers(
  paragraphs: readonly string[],
  speakers: readonly Speaker[],
  quotes: readonly Quote[],
): SpeakerSummary {
  const words = new Map<string | null, number>()
  const byId = new Map<string, Quote[]>()
  let total = 0
  for (const quote of quotes) {
    const count = quotedWords(quote, paragraphs)
    total += count
    words.set(quote.speakerId, (words.get(quote.speakerId) ?? 0) + count)
    if (quote.speakerId) {
      const list = byId.get(quote.speakerId)
      if (list) list.push(quote)
      else byId.set(quote.speakerId, [quote])
    }
  }
  const share = (id: string | null) => (total === 0 ? 0 : (words.get(id) ?? 0) / total)
  const order = new Map(speakers.map((speaker, index) => [speaker.id, index]))
  const firstQuoted = [...byId.keys()]
  const stats = speakers
    .filter((speaker) => byId.has(speaker.id))
    .map((speaker) => ({
      speaker,
      quotes: byId.get(speaker.id) ?? [],
      share: share(speaker.id),
      colour: firstQuoted.indexOf(speaker.id) % PALETTE_SIZE,
    }))
    .sort(
      (a, b) =>
        b.quotes.length - a.quotes.length || (order.get(a.speaker.id) ?? 0) - (order.get(b.speaker.id) ?? 0),
    )
  const unattributed = quotes.filter((quote) => quote.speakerId === null || !order.has(quote.speakerId))
  return { speakers: stats, unattributed, unattributedShare: share(null) }
}

export const KIND_LABELS: Record<Speaker['kind'], string> = {
  person: 'person',
  organization: 'organisation',
  unnamed: 'unnamed source',
}
