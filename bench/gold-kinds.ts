/**
 * Two slips in PolNeAR's conversion, put right by the scheme the corpora README itself gives (kind as in
 * shared/DESIGN.md: direct when the whole content is one quotation, mixed when part of it is quoted):
 * - The New York Times writes quotation marks as two apostrophes (''…''); the conversion did not read them as
 *   marks, so its quotations are labelled indirect.
 * - An interrupted quotation (`"A," X said. "B."`) was judged over a span that holds the speaker and cue, so it
 *   is labelled mixed although every word of its content is quoted.
 * Only the kind changes (and, for a newly mixed item, its text becomes the quoted words, as the scheme has it);
 * which words were annotated, and who said them, stays as annotated.
 */
import type { Kind } from './score.ts'

/** A quoted part; the last may run to the end of the span, which is sometimes cut before its closing mark. */
const QUOTED = /''(.+?)(?:''|$)|"(.+?)(?:"|$)|“(.+?)(?:”|$)/g
/** "Ana Ruiz, the harbour master, said": the most a frame between two quoted parts holds. */
const MAX_FRAME_WORDS = 8

export interface KindCorrection {
  kind: Kind
  text: string
}

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

/** The kind the content span shows, or null when the annotation stands. */
export function correctedKind(kind: Kind, content: string): KindCorrection | null {
  const quoted = [...content.matchAll(QUOTED)]
  if (quoted.length === 0) return null
  const inside = quoted.map((match) => match[1] ?? match[2] ?? match[3] ?? '')
  const outside = content.replace(QUOTED, ' ')
  const last = quoted[quoted.length - 1] as RegExpMatchArray
  const framed =
    /^\s*(?:''|["“])/.test(content) &&
    (/(?:''|["”])[\s.,;:!?]*$/.test(content) || (last.index ?? 0) + last[0].length === content.length)
  if (kind === 'indirect' && content.includes("''")) {
    if (wordCount(outside) === 0) return { kind: 'direct', text: inside.join(' ') }
    if (framed && quoted.length > 1 && isFrame(outside)) return { kind: 'direct', text: inside.join(' ') }
    return { kind: 'mixed', text: inside.join(' ') }
  }
  if (kind === 'mixed' && framed && quoted.length > 1 && isFrame(outside))
    return { kind: 'direct', text: inside.join(' ') }
  return null
}

/** Words between quoted parts that only say who spoke: short, and no reported clause ("adding that …"). */
function isFrame(outside: string): boolean {
  return wordCount(outside) <= MAX_FRAME_WORDS && !/\bthat\b/i.test(outside)
}
