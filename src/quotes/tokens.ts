import { ABBREVIATIONS } from './lexicon.ts'
import type { MarkedSegment } from './marks.ts'

/**
 * A paragraph cut into words, punctuation and whole quotations. A quotation is one token, so that the
 * patterns around it ("…," X said) read the same whatever the quotation holds.
 */
export interface Token {
  kind: 'word' | 'punct' | 'quote'
  text: string
  lower: string
  start: number
  end: number
  /** For quotation tokens: the marked segment. */
  segment?: MarkedSegment
}

const WORD = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*/uy
const UPPER = /^\p{Lu}/u
const SENTENCE_END = /[.?!…]$/

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && UPPER.test(token.text)
}

/** Words that keep their full stop: Mr., J., U.S., Sept., Md. */
function keepsFullStop(word: string): boolean {
  const bare = word.toLowerCase()
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)
}

export function tokenize(text: string, segments: readonly MarkedSegment[]): Token[] {
  const tokens: Token[] = []
  let next = 0
  let index = 0
  while (index < text.length) {
    const segment = segments[next]
    if (segment && index === segment.open) {
      const end = segment.close === null ? text.length : segment.close + 1
      const raw = text.slice(index, end)
      tokens.push({ kind: 'quote', text: raw, lower: raw.toLowerCase(), start: index, end, segment })
      index = end
      next++
      continue
    }
    const char = text[index] as string
    if (/\s/.test(char)) {
      index++
      continue
    }
    WORD.lastIndex = index
    const match = WORD.exec(text)
    if (match) {
      let end = index + match[0].length
      if (text[end] === '.' && keepsFullStop(match[0])) end++
      // The residents' association: a plural possessive keeps its apostrophe (marks were found before this).
      else if ((text[end] === "'" || text[end] === '’') && /s$/i.test(match[0]) && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))
        end++
      const word = text.slice(index, end)
      tokens.push({ kind: 'word', text: word, lower: word.toLowerCase(), start: index, end })
      index = end
      continue
    }
    tokens.push({ kind: 'punct', text: char, lower: char, start: index, end: index + 1 })
    index++
  }
  return tokens
}

/** True when a quotation's own text finishes a sentence: "… story." */
export function quoteEndsSentence(text: string, token: Token): boolean {
  const segment = token.segment
  if (!segment) return false
  return SENTENCE_END.test(text.slice(segment.start, segment.end).replace(/[\s'‘’"“”)\]]+$/, ''))
}

/**
 * Sentences as [start, end) ranges of token indexes. A full stop ends a sentence when a capital, a digit or a
 * quotation follows; abbreviations keep their stop inside the word token, so they never end one.
 */
export function sentenceRanges(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (let index = 0; index < tokens.length - 1; index++) {
    const token = tokens[index] as Token
    const following = tokens[index + 1] as Token
    const ends =
      (token.kind === 'punct' && /[.?!…]/.test(token.text) && opensSentence(following)) ||
      (token.kind === 'quote' && quoteEndsSentence(text, token) && opensSentence(following) && following.kind !== 'punct')
    if (ends) {
      // Closing brackets and marks stay with the sentence they close.
      let end = index + 1
      while (end < tokens.length && isCloser(tokens[end] as Token)) end++
      ranges.push([start, end])
      start = end
      index = end - 1
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length])
  return ranges
}

function opensSentence(token: Token): boolean {
  if (token.kind === 'quote') return true
  if (token.kind === 'word') return /^[\p{Lu}\p{N}]/u.test(token.text)
  return /[([]/.test(token.text)
}

function isCloser(token: Token): boolean {
  return token.kind === 'punct' && /[)\]"”’']/.test(token.text)
}
