import type { ArticleSpeaker } from '../../article/schema.ts'
import type { Quote } from '../../quotes/types.ts'

/** Colours for the most-quoted speakers of a post; everyone after them shares a neutral (see index.css). */
export const PALETTE_SIZE = 6

export interface SpeakerStat {
  speaker: ArticleSpeaker
  quotes: Quote[]
  /** Share of all quoted words, 0..1. */
  share: number
  /** Place in the sidebar, from 1: the chip that marks their quotations in the text shows it. */
  rank: number
  /** Index into the speaker palette for the first PALETTE_SIZE speakers; null for the rest (a neutral). */
  colour: number | null
}

/** What marks a speaker's quotations in the text: their number in the sidebar and their colour. */
export type SpeakerKey = Pick<SpeakerStat, 'rank' | 'colour'>

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
 * with the share of quoted words, their place in that list and a colour by it. Colours go by rank so that the
 * most-quoted speakers get the colours that are furthest apart, and no two speakers in a post share one.
 */
export function summariseSpeakers(
  paragraphs: readonly string[],
  speakers: readonly ArticleSpeaker[],
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
  const stats = speakers
    .filter((speaker) => byId.has(speaker.id))
    .map((speaker) => ({
      speaker,
      quotes: byId.get(speaker.id) ?? [],
      share: share(speaker.id),
    }))
    .sort(
      (a, b) =>
        b.quotes.length - a.quotes.length || (order.get(a.speaker.id) ?? 0) - (order.get(b.speaker.id) ?? 0),
    )
    .map((stat, index) => ({ ...stat, rank: index + 1, colour: index < PALETTE_SIZE ? index : null }))
  const unattributed = quotes.filter((quote) => quote.speakerId === null || !order.has(quote.speakerId))
  return { speakers: stats, unattributed, unattributedShare: share(null) }
}

export const KIND_LABELS: Record<ArticleSpeaker['kind'], string> = {
  person: 'person',
  organization: 'organisation',
  unnamed: 'unnamed source',
}
