import { ABBREVIATIONS, SPEECH_VERBS, isPhrasalSpeech } from './lexicon.ts'
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
  /** A word that begins with a capital letter. */
  upper: boolean
  /** For quotation tokens: the marked segment. */
  segment?: MarkedSegment
}

const UPPER = /^\p{Lu}/u

function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return UPPER.test(word)
}
const SENTENCE_END = /[.?!…]$/

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.upper
}

/** Words that keep their full stop: Mr., J., U.S., Sept., Md. */
function keepsFullStop(word: string): boolean {
  const bare = word.toLowerCase()
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u
const SPACE = /\s/

/** Letters and digits in any script; ASCII answered without a regular expression, the hot path in English. */
function isWordChar(code: number, char: string): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return LETTER_OR_DIGIT.test(char)
}

function isSpace(code: number, char: string): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return SPACE.test(char)
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** A comma at `at` with a digit before it and exactly three after: "50,000". */
function isThousands(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3)) &&
    !isDigit(text.charCodeAt(at + 4))
  )
}

/** Characters that join two runs of letters into one word: don't, U.S, Burnham-Snyder, AT&T. */
const JOINERS = new Set(['.', "'", '’', '-', '&'])

export function tokenize(text: string, segments: readonly MarkedSegment[]): Token[] {
  const tokens: Token[] = []
  let next = 0
  let index = 0
  const length = text.length
  while (index < length) {
    const segment = segments[next]
    // A quotation is one token, from its opening mark to its closing one (or the paragraph's end).
    if (segment && index >= segment.open) {
      const end = segment.close === null ? length : segment.close + 1
      const raw = text.slice(segment.open, end)
      tokens.push({ kind: 'quote', text: raw, lower: raw, start: segment.open, end, upper: false, segment })
      index = end
      next++
      continue
    }
    const char = text[index] as string
    const code = text.charCodeAt(index)
    if (isSpace(code, char)) {
      index++
      continue
    }
    if (!isWordChar(code, char)) {
      tokens.push({ kind: 'punct', text: char, lower: char, start: index, end: index + 1, upper: false })
      index++
      continue
    }
    const start = index
    let end = index + 1
    for (;;) {
      while (end < length && isWordChar(text.charCodeAt(end), text[end] as string)) end++
      const joiner = text[end]
      if (
        joiner !== undefined &&
        JOINERS.has(joiner) &&
        end + 1 < length &&
        isWordChar(text.charCodeAt(end + 1), text[end + 1] as string)
      )
        end += 2
      // "50,000", "$1,130,000": a comma between digits groups thousands, it ends no clause.
      else if (joiner === ',' && isThousands(text, end)) end += 4
      else break
    }
    const bareWord = text.slice(start, end)
    if (text[end] === '.' && keepsFullStop(bareWord)) end++
    // The residents' association: a plural possessive keeps its apostrophe (marks were found before this).
    else if (
      (text[end] === "'" || text[end] === '’') &&
      (text[end - 1] === 's' || text[end - 1] === 'S') &&
      !(end + 1 < length && isWordChar(text.charCodeAt(end + 1), text[end + 1] as string))
    )
      end++
    const word = end === start + bareWord.length ? bareWord : text.slice(start, end)
    tokens.push({ kind: 'word', text: word, lower: word.toLowerCase(), start, end, upper: startsUpper(word) })
    index = end
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
      (token.kind === 'punct' &&
        /[.?!…]/.test(token.text) &&
        opensSentence(afterClosers(tokens, index + 1))) ||
      (token.kind === 'quote' &&
        quoteEndsSentence(text, token) &&
        opensSentence(following) &&
        following.kind !== 'punct' &&
        !namesItsSpeaker(tokens, index + 1))
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

/**
 * "“Loved it!” Bush said.", "“…?” Trump asked.": a short name and a speech verb after a quotation that ends in
 * its own stop are that quotation's attribution, not a new sentence.
 */
function namesItsSpeaker(tokens: readonly Token[], from: number): boolean {
  let index = from
  while (
    index < tokens.length &&
    index - from < 4 &&
    /^\p{Lu}/u.test((tokens[index] as Token).text) &&
    tokens[index]?.kind === 'word'
  )
    index++
  const verb = tokens[index]
  if (index === from || verb?.kind !== 'word' || /^\p{Lu}/u.test(verb.text)) return false
  // "“…?” Trump went on.": a phrasal verb of speech, its particle closing the clause.
  if (isPhrasalSpeech(verb.lower, tokens[index + 1]?.lower ?? '')) {
    const next = tokens[index + 2]
    return !next || next.kind === 'punct'
  }
  if (!SPEECH_VERBS.has(verb.lower)) return false
  // "Bush said." or "Bush said on Friday", not "Bush said the polls were wrong": that is a report of its own.
  const after = tokens[index + 1]
  return !after || after.kind === 'punct' || ATTRIBUTION_TAILS.test(after.lower)
}

const ATTRIBUTION_TAILS =
  /^(?:on|in|at|to|during|after|before|from|with|as|while|of|in|about|reporters|today|yesterday|later|then|told)$/

/** "(See the timeline below.) Sexton, …": the token after the closing brackets that end a sentence. */
function afterClosers(tokens: readonly Token[], from: number): Token {
  let index = from
  while (index < tokens.length - 1 && isBracketCloser(tokens[index] as Token)) index++
  return tokens[index] as Token
}

const isBracketCloser = (token: Token) => token.kind === 'punct' && /^[)\]]$/.test(token.text)

function opensSentence(token: Token): boolean {
  if (token.kind === 'quote') return true
  if (token.kind === 'word') return /^[\p{Lu}\p{N}]/u.test(token.text)
  return /[([]/.test(token.text)
}

function isCloser(token: Token): boolean {
  return token.kind === 'punct' && /[)\]"”’']/.test(token.text)
}

export const BRACKET = /^[[\]()]$/

export const isPunct = (token: Token | undefined, chars: RegExp) =>
  token?.kind === 'punct' && chars.test(token.text)

export const isWord = (token: Token | undefined): token is Token => token?.kind === 'word'
