/** Facts about a sentence's tokens that several patterns ask for: its shape, where its quotations stand. */
import type { Cue } from './cues.ts'
import { FINITE_VERBS, OPENER_QUALIFIERS, SUBORDINATORS } from './lexicon.ts'
import { BRACKET, isPunct, isWord, type Token } from './tokens.ts'

/** "the map was the problem" is a clause; "no change from its assessment" is not. */
export function hasFiniteVerb(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, index) =>
      FINITE_VERBS.has(token.lower) ||
      (token.lower.length > 4 &&
        token.lower.endsWith('ed') &&
        !/^(?:the|a|an|its|his|her|their)$/.test(tokens[index - 1]?.lower ?? '')),
  )
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset)
}

export function quoteText(text: string, token: Token): string {
  return token.segment ? text.slice(token.segment.start, token.segment.end) : ''
}

export function startsLikeSentence(text: string, token: Token): boolean {
  return /^[\p{Lu}\p{N}'‘"“]/u.test(quoteText(text, token))
}

/** A quotation that is a sentence of its own: nothing but punctuation around it, or a colon or dash before it. */
export function standsAsSentence(tokens: readonly Token[], index: number, shape: SentenceShape): boolean {
  if (shape.lastContent > index) return false
  if (shape.firstContent >= index) return true
  return isPunct(tokens[index - 1], /^[:—–-]$/)
}

/**
 * Facts about a sentence that several patterns ask for, found once, so that reading a sentence stays linear in
 * its length however many cues and quotations it holds (a hostile 1 MB "sentence" included).
 */
export interface SentenceShape {
  firstWord: number
  firstContent: number
  lastContent: number
  /** For each token, the index of the next ";" at or after it (or the sentence length). */
  nextSemicolon: Int32Array
  /** For each cue, the index of the next cue that shares its subject (participle or coordinated), or -1. */
  nextJoinedCue: Int32Array
  /** "When …, " / "After …, ": the comma that ends an opening subordinate clause, or -1. */
  openingClauseEnd: number
  /**
   * Where the opening subordinate clause's tokens end (exclusive), or -1: its comma, or straight after a
   * quotation that carries the comma inside its marks ("After Ruiz warned of "delays," Ek said …").
   */
  openingClauseLimit: number
  /** The subordinator that opens that clause ("as", "after"), past any words qualifying it, or -1. */
  openingSubordinator: number
}

export function sentenceShape(tokens: readonly Token[], cues: readonly Cue[]): SentenceShape {
  const firstWord = tokens.findIndex(isWord)
  const firstContent = tokens.findIndex((token) => token.kind !== 'punct')
  let lastContent = -1
  for (let index = tokens.length - 1; index >= 0; index--) {
    if ((tokens[index] as Token).kind !== 'punct') {
      lastContent = index
      break
    }
  }
  const nextSemicolon = new Int32Array(tokens.length + 1).fill(tokens.length)
  for (let index = tokens.length - 1; index >= 0; index--)
    nextSemicolon[index] = isPunct(tokens[index], /^;$/) ? index : (nextSemicolon[index + 1] as number)
  const nextJoinedCue = new Int32Array(cues.length).fill(-1)
  let joined = -1
  for (let index = cues.length - 1; index >= 0; index--) {
    nextJoinedCue[index] = joined
    const cue = cues[index] as Cue
    if (cue.participle || cue.coordinated) joined = index
  }
  let openingClauseEnd = -1
  let openingClauseLimit = -1
  // "Years after …", "Shortly before …", "But when …": a few words may qualify the subordinator.
  let opener = firstWord
  while (
    opener >= 0 &&
    opener - firstWord < 2 &&
    OPENER_QUALIFIERS.has(tokens[opener]?.lower ?? '') &&
    isWord(tokens[opener + 1])
  )
    opener++
  // "Even as …", "But as Ruiz pointed out, …": "as" after other words is left as it reads on its own.
  if (opener > firstWord && tokens[opener]?.lower === 'as') opener = firstWord
  if (opener >= 0 && SUBORDINATORS.has(tokens[opener]?.lower ?? '')) {
    openingClauseEnd = tokens.findIndex((token, index) => index > opener && isPunct(token, /^,$/))
    const quoted = tokens.findIndex(
      (token, index) =>
        index > opener &&
        (openingClauseEnd < 0 || index < openingClauseEnd) &&
        token.kind === 'quote' &&
        /,\s*["”'’»]*$/.test(token.text),
    )
    openingClauseLimit = quoted >= 0 ? quoted + 1 : openingClauseEnd
  }
  return {
    openingClauseEnd,
    openingClauseLimit,
    openingSubordinator: openingClauseEnd >= 0 || openingClauseLimit >= 0 ? opener : -1,
    firstWord: firstWord < 0 ? tokens.length : firstWord,
    firstContent: firstContent < 0 ? tokens.length : firstContent,
    lastContent,
    nextSemicolon,
    nextJoinedCue,
  }
}

export function quoteBefore(tokens: readonly Token[], frameStart: number): number | null {
  let index = frameStart - 1
  while (isPunct(tokens[index], BRACKET)) index--
  if (isPunct(tokens[index], /^[,—–-]$/)) index--
  return tokens[index]?.kind === 'quote' ? index : null
}
