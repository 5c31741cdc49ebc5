import type { Speaker } from '../quotes/types.ts'
import { typographic } from './typography.ts'

const DETERMINER = /(?:^|\s)(the|a|an)\s+$/i

/** "a spokesman", "an inspector"; none for a plural ("engineers", "residents of the quay"). */
function indefinite(name: string): string {
  const head = name.split(/\s+(?:of|for|at|in|from|with)\s/)[0] ?? name
  if (/[^su]s$/.test(head)) return ''
  return /^[aeiou]/i.test(name) ? 'an' : 'a'
}

/**
 * How a speaker is named to readers. Names stand as found ("John Kirby"); a description the engine kept
 * without its article ("senate clerk's office", "spokesman") gets back the one the text gave it, or "a"/"an"
 * for an unnamed source, and a capital: "The senate clerk’s office", "A spokesman"; marks made typographic.
 */
export function displayName(
  speaker: Pick<Speaker, 'name' | 'kind' | 'mentions'>,
  paragraphs: readonly string[],
) {
  const name = typographic(speaker.name)
  const first = name.charAt(0)
  if (first === first.toUpperCase()) return name
  const mention = speaker.mentions[0]
  const before = mention
    ? (paragraphs[mention.paragraph]?.slice(Math.max(0, mention.start - 8), mention.start) ?? '')
    : ''
  const given = DETERMINER.exec(before)?.[1]?.toLowerCase()
  const determiner = given ?? (speaker.kind === 'unnamed' ? indefinite(name) : '')
  const named = determiner ? `${determiner} ${name}` : name
  return capitalise(named)
}

/** The first letter in capitals: a label that opens a line ("Probably John Kirby"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A display name inside a sentence: "by the senate clerk's office", "probably a spokesman", "by John Kirby". */
export function nameInSentence(name: string): string {
  return /^(?:The|An?) /.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name
}
