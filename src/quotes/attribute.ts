import {
  findCues,
  isAdverb,
  isNamingContext,
  isNonSpeech,
  isTitleCase,
  takesBareClause,
  takesInfinitive,
  takesObject,
  type Cue,
} from './cues.ts'
import { SOURCE_NOUNS, SPEECH_VERBS, TITLE_WORDS, wordSet } from './lexicon.ts'
import { isPlace, parseSpeakerPhrase, type SpeakerPhrase } from './phrases.ts'
import { isCapitalized, quoteEndsSentence, type Token } from './tokens.ts'
import type { QuoteKind } from './types.ts'

/**
 * One sentence read for who said what. Pure pattern work over tokens: it finds cues, the phrase that names the
 * speaker and the content each cue reports. Resolving phrases to people happens later, in reading order.
 */
export interface Finding {
  kind: QuoteKind
  /** Character range of the content in the paragraph. */
  start: number
  end: number
  /** The quotation token, for direct and mixed findings. */
  quoteToken?: number
  cue: { start: number; end: number }
  speaker: SpeakerPhrase
  /** How directly the pattern ties the content to the phrase, 0..1. */
  strength: number
  /** Which pattern tied them, for the calibrated confidence (confidence.ts). */
  pattern: Pattern
}

export type Pattern =
  | 'quote-before-cue'
  | 'quote-after-cue'
  | 'clause-after-cue'
  | 'according-to'
  | 'parenthetical'
  | 'clause-before-cue'
  | 'quote-before-cue-in-clause'

export interface SentenceReading {
  findings: Finding[]
  /** Quotation tokens that stand as whole sentences with no cue of their own: "…," said X. "Q2" */
  orphans: number[]
  /** "Donald Trump has said that more than once." — a cue whose content points back at a quotation before it. */
  anaphora?: { speaker: SpeakerPhrase; cue: { start: number; end: number } }
}

const CLAUSE_BREAKERS = wordSet(`
  how why what where which who that but because when while if as although though after before since so
  where whose than or whether until unless and nor yet whom
`)
const ADVERBIAL_STARTERS = wordSet(`
  in on at during when while as after before to for with from of about by if through last yesterday
  today tonight earlier later afterward afterwards but and because via over under this monday tuesday
  wednesday thursday friday saturday sunday again repeatedly publicly privately recently since without
  until outside inside near following amid despite according then too also here there nothing little
  much more less no yes so not anything something
`)
const INTRO_STARTERS = wordSet(`
  without with in on at after before during speaking asked as when while although though despite since
  following addressing responding writing for by
`)
const PERSON_OBJECTS = wordSet(`
  her him them us me you reporters journalists lawmakers senators jurors investigators police
  officials supporters students voters members staff employees workers residents listeners viewers
  readers parliament congress legislators
`)
const PERSON_OBJECT_NOUNS = wordSet(`
  jury court agents reporters press audience crowd committee panel lawmakers senators judge board
  council public officers police investigators residents students members staff employees workers
  voters nation country world children parents media journalists interviewer hearing assembly
  gathering meeting conference newspaper magazine station broadcaster network commission inquiry
  senate house
`)
const DEMONSTRATIVE_CONTENT = wordSet(`
  that this so it as the same
`)
const BRACKET = /^[[\]()]$/
const QUESTION_WORDS = wordSet(`whether if why how what when where who which`)
const SUBORDINATORS = wordSet(`
  when after before as while if because although though since until once unless whereas
`)
/** Shorter reported clauses are mostly fragments ("said so too"); after an explicit "that", two words do. */
const MIN_INDIRECT_WORDS = 3
const MIN_INDIRECT_WORDS_AFTER_THAT = 2
/** How far after a cue its content may run: longer reported speech in one sentence is not news prose. */
const MAX_REGION_TOKENS = 160
const MAX_SUBJECT_TOKENS = 14

const isPunct = (token: Token | undefined, chars: RegExp) => token?.kind === 'punct' && chars.test(token.text)
const isWord = (token: Token | undefined): token is Token => token?.kind === 'word'

export function readSentence(text: string, tokens: readonly Token[]): SentenceReading {
  const cues = findCues(tokens).filter((cue) => !isNonSpeech((tokens[cue.start] as Token).lower))
  const claimed = new Set<number>()
  // Quotation tokens that are names or titles ("the phrase "black on white crime"") may sit inside indirect speech.
  const names = new Set<number>()
  const findings: Finding[] = []
  const subjects: Array<{ from: number; to: number; phrase: SpeakerPhrase } | null> = []
  let anaphora: SentenceReading['anaphora']
  // Tokens already reported by an earlier cue: a verb inside them ("said the company reported its costs")
  // is part of what was reported, not a new report.
  let reportedUntil = -1
  const shape = sentenceShape(tokens, cues)

  cues.forEach((cue, cueIndex) => {
    const nested = cue.start < reportedUntil && !cue.participle && !cue.coordinated
    const subject = nested ? null : findSubject(text, tokens, cue, subjects)
    subjects.push(subject)
    if (!subject) return
    const cueSpan = { start: (tokens[cue.start] as Token).start, end: (tokens[cue.end - 1] as Token).end }
    const frameStart = Math.min(subject.from, cue.start)
    const frameEnd = extendOverAppositive(
      tokens,
      Math.max(subject.to, cue.end),
      subject.from >= cue.end,
      cue.verb === 'according to',
    )
    const regionEnd = Math.min(
      nextCueBoundary(tokens, cues, cueIndex, shape),
      frameEnd + MAX_REGION_TOKENS,
      // "When Ruiz warned of delays, Ek said …": a cue inside an opening clause reports no further than it.
      cue.start < shape.openingClauseEnd ? shape.openingClauseEnd : tokens.length,
    )
    const found: Finding[] = []
    let pattern: Pattern = 'clause-after-cue'
    const add = (kind: QuoteKind, start: number, end: number, strength: number, quoteToken?: number) => {
      if (quoteToken !== undefined) claimed.add(quoteToken)
      found.push({ kind, start, end, quoteToken, cue: cueSpan, speaker: subject.phrase, strength, pattern })
    }

    // "…," Kirby said.   "…," said Jeff Eagan.   "…" [Bruck] said.
    const before = quoteBefore(tokens, frameStart)
    if (before !== null && !claimed.has(before)) {
      const token = tokens[before] as Token
      pattern = 'quote-before-cue'
      const standsAlone =
        before === 0 || isPunct(tokens[before - 1], /^[,:;—–-]$/) || shape.firstWord >= before
      addQuote(add, token, before, standsAlone ? 'direct' : 'mixed', 0.95)
    }

    // Kirby said, "…"   Roof told her: "…"   warned against "…"   called that a "very modest adjustment"
    const regionStart = skipObject(tokens, frameEnd, cue)
    let quotesInRegion = 0
    for (let index = frameEnd; index < regionEnd; index++) {
      const token = tokens[index] as Token
      if (token.kind !== 'quote' || claimed.has(index)) continue
      if (isNamingContext(tokens, index) || isTitleCase(quoteText(text, token))) {
        claimed.add(index)
        names.add(index)
        continue
      }
      quotesInRegion++
      pattern = 'quote-after-cue'
      const separated =
        isPunct(tokens[index - 1], /^[,:—–]$/) && tokens.slice(frameEnd, index - 1).every(isWord)
      const adjacent = index === frameEnd && startsLikeSentence(text, token) && quoteEndsSentence(text, token)
      addQuote(add, token, index, (separated || adjacent) && quotesInRegion === 1 ? 'direct' : 'mixed', 0.9)
    }

    if (quotesInRegion > 0) reportedUntil = Math.max(reportedUntil, regionEnd)
    // Verbs that report speech only beside a quotation ("called", "described") and participles (", adding
    // that …", which look forward only) take no clause from before them.
    const looksBack = !cue.quoteOnly && !cue.participle
    if (found.length === 0 && quotesInRegion === 0) {
      const content = contentAfter(tokens, regionStart, regionEnd, cue)
      if (content) reportedUntil = Math.max(reportedUntil, content[1])
      const asClause =
        cue.start < shape.openingClauseEnd &&
        tokens[shape.firstWord]?.lower === 'as' &&
        frameStart > shape.firstWord
      if (asClause) {
        // As the harbour master said on Monday, the pier will close: the main clause is what was said.
        pattern = 'parenthetical'
        const end = nextCueBoundary(tokens, cues, cueIndex, shape)
        addIndirect(add, tokens, [shape.openingClauseEnd + 1, end], 0.75)
      } else if (content && isAnaphoric(tokens, content)) {
        anaphora = { speaker: subject.phrase, cue: cueSpan }
      } else if (content) {
        pattern = 'clause-after-cue'
        addIndirect(add, tokens, content, 0.8, names)
      } else if (
        cue.verb === 'according to' &&
        isPunct(tokens[frameEnd], /^,$/) &&
        shape.firstWord >= frameStart
      ) {
        // According to the statistics office, unemployment fell …
        pattern = 'according-to'
        addIndirect(add, tokens, [frameEnd + 1, regionEnd], 0.8, names)
      } else if (looksBack && isPunct(tokens[frameStart - 1], /^,$/)) {
        const leftEnd = frameStart - 1
        const parenthetical =
          isPunct(tokens[frameEnd], /^,$/) &&
          tokens[frameEnd + 1]?.kind === 'word' &&
          (leftEnd <= 5 || hasFiniteVerb(tokens.slice(frameEnd + 1, regionEnd)))
        if (parenthetical) {
          // America, he asserted, has been very candid …
          pattern = 'parenthetical'
          addIndirect(add, tokens, [frameEnd + 1, regionEnd], 0.75)
        } else {
          // The striking workers aren't aiming to disrupt travel, a spokeswoman … said.
          const leftStart = clauseStart(tokens, leftEnd, subjects, cues, cueIndex)
          const leftQuotes = range(leftStart, leftEnd).filter(
            (index) => tokens[index]?.kind === 'quote' && !claimed.has(index),
          )
          const marked = leftQuotes.filter(
            (index) =>
              !isNamingContext(tokens, index) && !isTitleCase(quoteText(text, tokens[index] as Token)),
          )
          leftQuotes.forEach((index) => claimed.add(index))
          pattern = marked.length > 0 ? 'quote-before-cue-in-clause' : 'clause-before-cue'
          // "On the question of names, officials rejected …": a phrase setting the scene is not a clause.
          const sceneSetting =
            ADVERBIAL_STARTERS.has((tokens[leftStart] as Token).lower) &&
            !hasFiniteVerb(tokens.slice(leftStart, leftEnd))
          if (marked.length > 0)
            marked.forEach((index) => addQuote(add, tokens[index] as Token, index, 'mixed', 0.8))
          else if (!sceneSetting) addIndirect(add, tokens, [leftStart, leftEnd], 0.75)
        }
      }
    }
    findings.push(...found)
  })

  const orphans: number[] = []
  tokens.forEach((token, index) => {
    if (token.kind !== 'quote' || claimed.has(index)) return
    if (standsAsSentence(tokens, index, shape)) orphans.push(index)
  })
  return { findings, orphans, anaphora }
}

function addQuote(
  add: (kind: QuoteKind, start: number, end: number, strength: number, quoteToken?: number) => void,
  token: Token,
  index: number,
  kind: QuoteKind,
  strength: number,
) {
  const segment = token.segment
  if (!segment) return
  add(kind, segment.start, segment.end, kind === 'direct' ? strength : strength - 0.1, index)
}

function addIndirect(
  add: (kind: QuoteKind, start: number, end: number, strength: number) => void,
  tokens: readonly Token[],
  [from, to]: [number, number],
  strength: number,
  namesOnly: ReadonlySet<number> = new Set(),
) {
  let end = to
  while (end > from && (tokens[end - 1] as Token).kind === 'punct') end--
  let start = from
  while (start < end && (tokens[start] as Token).kind === 'punct') start++
  const words = tokens.slice(start, end).filter((token) => token.kind === 'word').length
  const afterThat = tokens[start - 1]?.lower === 'that'
  if (words < (afterThat ? MIN_INDIRECT_WORDS_AFTER_THAT : MIN_INDIRECT_WORDS)) return
  if (
    tokens.slice(start, end).some((token, offset) => token.kind === 'quote' && !namesOnly.has(start + offset))
  )
    return
  add('indirect', (tokens[start] as Token).start, (tokens[end - 1] as Token).end, strength)
}

const FINITE_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
  "isn't",
  "wasn't",
  "won't",
  "can't",
])

/** "the map was the problem" is a clause; "no change from its assessment" is not. */
function hasFiniteVerb(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, index) =>
      FINITE_VERBS.has(token.lower) ||
      (token.lower.length > 4 &&
        token.lower.endsWith('ed') &&
        !/^(?:the|a|an|its|his|her|their)$/.test(tokens[index - 1]?.lower ?? '')),
  )
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset)
}

function quoteText(text: string, token: Token): string {
  return token.segment ? text.slice(token.segment.start, token.segment.end) : ''
}

function startsLikeSentence(text: string, token: Token): boolean {
  return /^[\p{Lu}\p{N}'‘"“]/u.test(quoteText(text, token))
}

/** A quotation that is a sentence of its own: nothing but punctuation around it, or a colon or dash before it. */
function standsAsSentence(tokens: readonly Token[], index: number, shape: SentenceShape): boolean {
  if (shape.lastContent > index) return false
  if (shape.firstContent >= index) return true
  return isPunct(tokens[index - 1], /^[:—–-]$/)
}

/**
 * Facts about a sentence that several patterns ask for, found once, so that reading a sentence stays linear in
 * its length however many cues and quotations it holds (a hostile 1 MB "sentence" included).
 */
interface SentenceShape {
  firstWord: number
  firstContent: number
  lastContent: number
  /** For each token, the index of the next ";" at or after it (or the sentence length). */
  nextSemicolon: Int32Array
  /** For each cue, the index of the next cue that shares its subject (participle or coordinated), or -1. */
  nextJoinedCue: Int32Array
  /** "When …, " / "After …, ": the comma that ends an opening subordinate clause, or -1. */
  openingClauseEnd: number
}

function sentenceShape(tokens: readonly Token[], cues: readonly Cue[]): SentenceShape {
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
  if (SUBORDINATORS.has(tokens[firstWord]?.lower ?? ''))
    openingClauseEnd = tokens.findIndex((token, index) => index > firstWord && isPunct(token, /^,$/))
  return {
    openingClauseEnd,
    firstWord: firstWord < 0 ? tokens.length : firstWord,
    firstContent: firstContent < 0 ? tokens.length : firstContent,
    lastContent,
    nextSemicolon,
    nextJoinedCue,
  }
}

function quoteBefore(tokens: readonly Token[], frameStart: number): number | null {
  let index = frameStart - 1
  while (isPunct(tokens[index], BRACKET)) index--
  if (isPunct(tokens[index], /^[,—–-]$/)) index--
  return tokens[index]?.kind === 'quote' ? index : null
}

/** Where the subject of a cue is: before it, after it ("said Jeff Eagan"), or shared with the cue before it. */
function findSubject(
  text: string,
  tokens: readonly Token[],
  cue: Cue,
  subjects: ReadonlyArray<{ from: number; to: number; phrase: SpeakerPhrase } | null>,
): { from: number; to: number; phrase: SpeakerPhrase } | null {
  if (cue.verb === 'according to') return phraseAfter(text, tokens, cue.end, true)
  if (cue.participle || cue.coordinated) {
    for (let index = subjects.length - 1; index >= Math.max(0, subjects.length - 8); index--) {
      const earlier = subjects[index]
      if (earlier) return { from: cue.start, to: cue.end, phrase: earlier.phrase }
    }
    const main = mainClauseSubject(text, tokens, cue.start)
    return main ? { from: cue.start, to: cue.end, phrase: main.phrase } : null
  }
  return (
    subjectBefore(text, tokens, cue.start) ??
    (isInverted(tokens, cue)
      ? phraseAfter(text, tokens, cue.end, false)
      : plainSubjectBefore(text, tokens, cue.start))
  )
}

/**
 * "An early post said", "Less than a third of voters said": a subject no pattern reads as a person or a body.
 * It is still the subject, so what it said is still a quotation: given to the words as written, an unnamed
 * source that can never be a wrong name.
 */
function plainSubjectBefore(
  text: string,
  tokens: readonly Token[],
  cueStart: number,
): { from: number; to: number; phrase: SpeakerPhrase } | null {
  let last = cueStart - 1
  while (last >= 0 && (isAdverb(tokens[last]) || TRAILING_ASIDES.has(tokens[last]?.lower ?? ''))) last--
  let first = last + 1
  while (first > 0 && cueStart - first < 8 && isWord(tokens[first - 1]) && isPhraseWord(tokens[first - 1]))
    first--
  if (first > last) return null
  const words = tokens.slice(first, last + 1)
  const head = words[words.length - 1] as Token
  // The subject starts the clause: at the sentence start, after a comma or after a clause word.
  const before = tokens[first - 1]
  if (before && !isPunct(before, /^[,;:—–(]$/) && before.kind !== 'quote') return null
  // A noun phrase: no pronoun, verb or scene-setting preposition in it, a noun at its end.
  const lead = words[0] as Token
  if (
    words.length > 6 ||
    INTRO_STARTERS.has(lead.lower) ||
    ADVERBIAL_STARTERS.has(lead.lower) ||
    words.some((token) => NOT_A_NOUN_PHRASE.test(token.lower) || FINITE_VERBS.has(token.lower)) ||
    RELATIVE_START.test(head.lower) ||
    CLAUSE_BREAKERS.has(head.lower) ||
    /(?:ly|ing)$/.test(head.lower)
  )
    return null
  // "defensive Obama said": the capitalised name at the end is the subject.
  if (isCapitalized(head)) {
    let from = words.length - 1
    while (from > 0 && isCapitalized(words[from - 1])) from--
    const named = parseSpeakerPhrase(text, words.slice(from))
    return named && named.type === 'named' ? { from: first + from, to: last + 1, phrase: named } : null
  }
  const core = /^(?:the|a|an)$/.test(lead.lower) && words.length > 1 ? words.slice(1) : words
  const start = (core[0] as Token).start
  return {
    from: first,
    to: last + 1,
    phrase: {
      type: 'descriptor',
      text: text.slice(start, head.end),
      head: head.lower,
      definite: lead.lower === 'the',
      plural: /s$/.test(head.lower) && !/ss$/.test(head.lower),
      organization: false,
      loose: true,
      start,
      end: head.end,
    },
  }
}

/** "Ruiz herself said", "officials now say": words between a subject and its verb that are not the subject. */
const TRAILING_ASIDES = wordSet(`herself himself themselves itself myself ourselves now then too also again`)
/** Words no plain noun phrase holds: pronouns, contractions, auxiliaries. */
const NOT_A_NOUN_PHRASE =
  /^(?:he|she|they|it|we|i|you|him|her|them|us|me|should|could|would|might|must|can|will|shall|be|been|being|to|not)$|['’](?:ve|re|ll|d|m)$/

/**
 * "…," said Ana Ruiz. / The port will close, says the mayor. / Said Ruiz: …: the subject follows the cue only
 * when nothing but the content (or the sentence start) stands before it. Otherwise the words after the cue are
 * the hearer or the content ("Ruiz, who …, said Ek was wrong"), never the speaker.
 */
function isInverted(tokens: readonly Token[], cue: Cue): boolean {
  let before = cue.start - 1
  while (before >= 0 && isAdverb(tokens[before])) before--
  const token = tokens[before]
  if (!token) return true
  if (token.kind === 'quote') return true
  if (!isPunct(token, /^[,—–:]$/)) return false
  const after = tokens[cue.end]
  return after !== undefined && (isCapitalized(after) || /^(?:the|a|an)$/.test(after.lower))
}

function isPhraseWord(token: Token | undefined): boolean {
  if (!token) return false
  if (token.kind === 'punct') return BRACKET.test(token.text)
  if (token.kind !== 'word') return false
  if (CLAUSE_BREAKERS.has(token.lower) && !isCapitalized(token)) return false
  return !SPEECH_VERBS.has(token.lower) || isCapitalized(token)
}

function subjectBefore(
  text: string,
  tokens: readonly Token[],
  cueStart: number,
): { from: number; to: number; phrase: SpeakerPhrase } | null {
  let last = cueStart - 1
  while (last >= 0 && isAdverb(tokens[last])) last--
  last = beforeParenthesis(tokens, last)
  last = beforeTimePhrase(tokens, last)
  if (last < 0) return null
  const token = tokens[last] as Token

  if (RELATIVE_START.test(token.lower) || token.lower === 'that') {
    // "the Obama administration, which has spoken about …": the speaker is what "which" stands for.
    if (!isPunct(tokens[last - 1], /^,$/)) return null
    const resolved = antecedentBefore(text, tokens, last - 1)
    return resolved ? { from: last, to: last + 1, phrase: resolved } : null
  }

  if (isPhraseWord(token)) {
    let first = last
    // "which he called": a relative pronoun opens the clause; it is the subject only when it stands alone.
    while (
      first > 0 &&
      isPhraseWord(tokens[first - 1]) &&
      !RELATIVE_START.test((tokens[first] as Token).lower) &&
      !(RELATIVE_START.test((tokens[first - 1] as Token).lower) && first <= last) &&
      last - first < MAX_SUBJECT_TOKENS
    )
      first--
    // The phrase must begin a clause: after the sentence start, a comma, a quotation or a clause word.
    // "As the mayor said": a clause word opening the sentence is capitalised, but not part of the subject.
    if (first === 0 && first < last && CLAUSE_BREAKERS.has((tokens[0] as Token).lower)) first++
    // The walk stops at "and": a name before it makes the two a joint source ("Ruiz and Ek said"), or one
    // body with "and" in its name ("the Department of Health and Social Care said").
    if (tokens[first - 1]?.lower === 'and' && isCapitalized(tokens[first - 2])) {
      let from = first - 2
      while (from > 0 && isPhraseWord(tokens[from - 1]) && last - from < MAX_SUBJECT_TOKENS) from--
      const whole = parseSpeakerPhrase(text, tokens.slice(from, last + 1))
      const joint = whole?.type === 'descriptor' && (whole.head === 'and' || whole.organization)
      if (whole && (joint || (whole.type === 'named' && whole.kind === 'organization')))
        return { from, to: last + 1, phrase: whole }
    }
    const phrase = parseSpeakerPhrase(text, tokens.slice(first, last + 1))
    if (!phrase) return null
    if (phrase.type === 'relative') {
      // "the Obama administration, which has spoken about …": the speaker is what "which" stands for.
      if (!isPunct(tokens[first - 1], /^,$/)) return null
      const resolved = antecedentBefore(text, tokens, first - 1)
      return resolved ? { from: first, to: last + 1, phrase: resolved } : null
    }
    return { from: first, to: last + 1, phrase }
  }

  // "Jim Cantrell, Vector Space Systems CEO and a founding member of SpaceX, told NBC News"
  // "J. David Cox Sr., who also represents Energy employees, warned …"
  if (isPunct(token, /^,$/)) {
    let comma = last
    let role: string | undefined
    for (let hop = 0; hop < 3; hop++) {
      const chunk = chunkBefore(tokens, comma)
      if (!chunk) return null
      const [from, to, rawFrom] = chunk
      const chunkTokens = tokens.slice(from, to)
      // "…, a fisherman from Lowmoor, Kestrel County, said": the chunk goes on saying where from.
      const place = isPlace(chunkTokens) || placeGoesOn(tokens, rawFrom)
      const phrase = place ? null : parseSpeakerPhrase(text, chunkTokens)
      const appositive = place || isAppositive(chunkTokens)
      // "Penhallow, asked whether …, was careful": a name alone before a comma at the start of the sentence is
      // the subject of some later verb; the cue here is a passive participle.
      const startsSentence = hop === 0 && !tokens.slice(0, rawFrom).some(isWord)
      if (
        phrase &&
        (phrase.type === 'named' || phrase.type === 'pronoun') &&
        !startsSentence &&
        !(appositive && hop === 0 && nextChunkIsName(text, tokens, rawFrom))
      ) {
        if (phrase.type === 'named' && role && !phrase.role) phrase.role = role
        return { from, to: last + 1, phrase }
      }
      if (!appositive && !(phrase && phrase.type === 'descriptor')) return null
      if (!RELATIVE_START.test(tokens[rawFrom]?.lower ?? '') && chunkTokens.length > 1)
        role ??= text
          .slice((chunkTokens[0] as Token).start, (chunkTokens[chunkTokens.length - 1] as Token).end)
          .replace(/^(?:an?|the)\s+/i, '')
      if (!isPunct(tokens[rawFrom - 1], /^,$/)) {
        return phrase && phrase.type === 'descriptor' ? { from, to: last + 1, phrase } : null
      }
      comma = rawFrom - 1
    }
  }
  return null
}

const RELATIVE_START = /^(?:who|which|whose|whom)$/

/** The chunk before the comma ahead of `chunkFrom` ends "from|in|of <Capitalised>": a place named in parts. */
function placeGoesOn(tokens: readonly Token[], chunkFrom: number): boolean {
  if (!isPunct(tokens[chunkFrom - 1], /^,$/)) return false
  let index = chunkFrom - 2
  while (index >= 0 && isCapitalized(tokens[index])) index--
  return index < chunkFrom - 2 && /^(?:from|in|of)$/.test(tokens[index]?.lower ?? '')
}

/** "Rep. Lena Marsh (D-Vt.) said": the index before a parenthesis that ends at `last`, else `last`. */
function beforeParenthesis(tokens: readonly Token[], last: number): number {
  if (!isPunct(tokens[last], /^\)$/)) return last
  for (let index = last - 1; index >= Math.max(0, last - 10); index--)
    if (isPunct(tokens[index], /^\($/)) return index - 1
  return last
}

const TIME_WORDS = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
  evening night week weekend month year earlier later
`)
const TIME_LEADS = wordSet(`on at in last this early late earlier later`)

/** "Reyes on Friday said", "Ramos late Tuesday said": the index before a time phrase ending at `last`. */
function beforeTimePhrase(tokens: readonly Token[], last: number): number {
  let index = last
  while (index >= 0 && TIME_WORDS.has(tokens[index]?.lower ?? '')) index--
  if (index === last) return last
  while (index >= 0 && TIME_LEADS.has(tokens[index]?.lower ?? '')) index--
  return index
}

/**
 * What a relative pronoun after the comma at `comma` stands for: the longest noun phrase ending there that
 * reads as a speaker and starts with an article or a capital ("… outside the hall of Osric Danefield, who
 * said" → Osric Danefield; "… followed the Kestrel Vale administration, which has spoken" → the administration).
 */
function antecedentBefore(text: string, tokens: readonly Token[], comma: number): SpeakerPhrase | null {
  let start = comma
  while (start > 0 && isPhraseWord(tokens[start - 1]) && comma - start < MAX_SUBJECT_TOKENS) start--
  for (let from = start; from < comma; from++) {
    const first = tokens[from] as Token
    if (from > start && !isCapitalized(first) && !/^(?:the|a|an)$/.test(first.lower)) continue
    const phrase = parseSpeakerPhrase(text, tokens.slice(from, comma))
    if (phrase && phrase.type !== 'relative' && phrase.type !== 'pronoun') return phrase
  }
  return null
}

function nextChunkIsName(text: string, tokens: readonly Token[], chunkFrom: number): boolean {
  if (!isPunct(tokens[chunkFrom - 1], /^,$/)) return false
  const chunk = chunkBefore(tokens, chunkFrom - 1)
  if (!chunk) return false
  const phrase = parseSpeakerPhrase(text, tokens.slice(chunk[0], chunk[1]))
  return phrase?.type === 'named' && phrase.kind === 'person'
}

/** A phrase set off by commas that describes rather than names: a role, a state ("Md."), a relative clause. */
function isAppositive(chunk: readonly Token[]): boolean {
  const first = chunk[0]
  if (!first) return false
  if (RELATIVE_START.test(first.lower)) return true
  if (chunk.length === 1 && /^(?:[A-Z][a-z]{1,4}\.|[DRI]-[A-Z][\w.]*)$/.test(first.text)) return true
  if (/^(?:a|an|the)$/.test(first.lower)) return true
  // Any lower-case word ("president of the union", "a founding member") makes it a description, not a name.
  return chunk.some((token) => token.kind === 'word' && !isCapitalized(token))
}

/**
 * The tokens between the comma at `comma` and the comma or sentence start before it: [from, to), leading
 * clause words skipped, and where the chunk really starts.
 */
function chunkBefore(tokens: readonly Token[], comma: number): [number, number, number] | null {
  let from = comma
  while (from > 0 && !isPunct(tokens[from - 1], /^[,;:—–]$/) && tokens[from - 1]?.kind !== 'quote') from--
  if (from === comma || comma - from > MAX_SUBJECT_TOKENS + 6) return null
  let start = from
  while (
    start < comma &&
    CLAUSE_BREAKERS.has((tokens[start] as Token).lower) &&
    !isCapitalized(tokens[start])
  )
    start++
  return start < comma ? [start, comma, from] : null
}

/** "said Jeff Eagan, president of …": the phrase after an inverted cue, and the role in the appositive after it. */
function phraseAfter(
  text: string,
  tokens: readonly Token[],
  from: number,
  allowQuotes: boolean,
): { from: number; to: number; phrase: SpeakerPhrase } | null {
  let to = from
  while (
    to < tokens.length &&
    (isWord(tokens[to]) || (allowQuotes && tokens[to]?.kind === 'quote')) &&
    to - from < MAX_SUBJECT_TOKENS
  ) {
    const token = tokens[to] as Token
    if (
      to > from &&
      !isCapitalized(token) &&
      !/^(?:of|for|at|the|and|de|van|von|al|bin)$/.test(token.lower) &&
      isCapitalized(tokens[from]) &&
      !rolesBeforeName(tokens, to)
    )
      break
    if (
      to > from &&
      (CLAUSE_BREAKERS.has(token.lower) || RELATIVE_START.test(token.lower)) &&
      token.lower !== 'and'
    )
      break
    to++
  }
  // Trailing small words ("of", "the") belong to what follows, not to the name.
  while (to > from && /^(?:of|for|at|the|and|in|on)$/.test((tokens[to - 1] as Token).lower)) to--
  if (to === from) return null
  const phraseTokens = tokens.slice(from, to)
  let phrase = parseSpeakerPhrase(
    text,
    phraseTokens.filter((token) => token.kind === 'word'),
  )
  if (!phrase && allowQuotes) {
    const words = phraseTokens.filter((token) => token.kind !== 'punct')
    const first = words.findIndex((token) => !/^(?:the|a|an|new|latest)$/.test(token.lower))
    // "the new "dot plot" of rate projections": the head is what comes before "of".
    const of = words.findIndex((token, index) => index > first && /^(?:of|for|from|by|in)$/.test(token.lower))
    const core = words.slice(Math.max(0, first), of > first ? of : undefined)
    if (core.length > 0) {
      const raw = text
        .slice((core[0] as Token).start, (core[core.length - 1] as Token).end)
        .replace(/["“”«»]/g, '')
      phrase = {
        type: 'descriptor',
        text: raw,
        head: (core[core.length - 1] as Token).lower,
        definite: true,
        plural: false,
        organization: true,
        start: (core[0] as Token).start,
        end: (core[core.length - 1] as Token).end,
      }
    }
  }
  if (!phrase || phrase.type === 'relative') return null
  if (phrase.type === 'named' && !phrase.role && isPunct(tokens[to], /^,$/)) {
    const role = appositiveAfter(text, tokens, to)
    if (role) phrase.role = role
  }
  return { from, to, phrase }
}

/** Words that make a role between a name and the person it qualifies: "CBS moderator", "Republican presidential candidate". */
const ROLE_MODIFIERS = wordSet(`
  former senior chief deputy acting presidential judicial legal political press campaign top longtime
  fellow vice assistant executive national state local foreign general moderator host anchor analyst
  correspondent candidate nominee hopeful constituent strategist pollster commentator columnist
  contributor reporter
`)

/** "said CBS moderator Nancy Cordes": lower-case role words at `at`, then a capitalised name. */
function rolesBeforeName(tokens: readonly Token[], at: number): boolean {
  let index = at
  while (index < at + 3 && isWord(tokens[index]) && !isCapitalized(tokens[index])) {
    const lower = (tokens[index] as Token).lower
    if (!TITLE_WORDS.has(lower) && !SOURCE_NOUNS.has(lower) && !ROLE_MODIFIERS.has(lower)) return false
    index++
  }
  return index > at && isCapitalized(tokens[index])
}

function appositiveAfter(text: string, tokens: readonly Token[], comma: number): string | undefined {
  let from = comma + 1
  for (let hop = 0; hop < 2; hop++) {
    let to = from
    while (to < tokens.length && !isPunct(tokens[to], /^[,;:.—–]$/) && tokens[to]?.kind !== 'quote') to++
    const chunk = tokens.slice(from, to)
    const first = chunk[0]
    if (!first || first.kind !== 'word') return undefined
    if (chunk.length === 1 && /^(?:[A-Z][a-z]{1,4}\.|[DRI]-[A-Z][\w.]*)$/.test(first.text)) {
      from = to + 1
      continue
    }
    if (RELATIVE_START.test(first.lower) || CLAUSE_BREAKERS.has(first.lower) || SPEECH_VERBS.has(first.lower))
      return undefined
    if (
      chunk.some((token) => token.kind === 'word' && SPEECH_VERBS.has(token.lower) && !isCapitalized(token))
    )
      return undefined
    const role = text
      .slice(first.start, (chunk[chunk.length - 1] as Token).end)
      .replace(/^(?:an?|the)\s+/i, '')
    return role.length > 0 && chunk.length <= 16 ? role : undefined
  }
  return undefined
}

/** For an inverted cue, the frame runs on over the appositive after the name: ", president of the union". */
function extendOverAppositive(
  tokens: readonly Token[],
  frameEnd: number,
  inverted: boolean,
  strict: boolean,
): number {
  if (!inverted || !isPunct(tokens[frameEnd], /^,$/)) return frameEnd
  // After "according to X," the next words are usually the content; only a plain appositive belongs to X.
  if (strict && !/^(?:a|an|the|who|which|whose)$/.test(tokens[frameEnd + 1]?.lower ?? '')) return frameEnd
  let end = frameEnd + 1
  for (let hop = 0; hop < 2; hop++) {
    let to = end
    while (to < tokens.length && !isPunct(tokens[to], /^[,;:.—–]$/) && tokens[to]?.kind !== 'quote') to++
    const chunk = tokens.slice(end, to)
    if (
      chunk.length === 0 ||
      chunk.some((token) => token.kind === 'word' && SPEECH_VERBS.has(token.lower) && !isCapitalized(token))
    )
      return end - 1
    end = to
    if (!isPunct(tokens[to], /^,$/) || tokens[to + 1]?.kind === 'quote') return end
    end = to + 1
  }
  return end
}

/** The subject of the main clause, for a participle with no cue before it: "…, the First Lady tore into …, insinuating". */
export function mainClauseSubject(
  text: string,
  tokens: readonly Token[],
  before: number,
): { phrase: SpeakerPhrase } | null {
  let from = 0
  const opener = tokens[0] as Token | undefined
  // "Walking to his car, …", "Later, …": an opening phrase before the comma is not the subject.
  const opensWithPhrase =
    opener !== undefined &&
    (INTRO_STARTERS.has(opener.lower) ||
      ADVERBIAL_STARTERS.has(opener.lower) ||
      /(?:ing|ed|ly)$/.test(opener.lower))
  if (opensWithPhrase && tokens.slice(0, before).some((token) => isPunct(token, /^,$/))) {
    while (from < before && !isPunct(tokens[from], /^,$/)) from++
    from++
  }
  const nounish = (token: Token | undefined) =>
    isWord(token) &&
    (isCapitalized(token) ||
      /^(?:the|a|an|first|former|senior|top|chief|deputy)$/.test(token.lower) ||
      SOURCE_NOUNS.has(token.lower) ||
      TITLE_WORDS.has(token.lower))
  let to = from
  // An adjective counts when a noun of the subject follows it: "the striking workers".
  const sourceNoun = (token: Token | undefined) => isWord(token) && SOURCE_NOUNS.has(token.lower)
  while (
    to < before &&
    (nounish(tokens[to]) || (isWord(tokens[to]) && to > from && sourceNoun(tokens[to + 1])))
  )
    to++
  if (to === from) return null
  const phrase = parseSpeakerPhrase(text, tokens.slice(from, to))
  return phrase && phrase.type !== 'relative' ? { phrase } : null
}

/** Content of a speech verb ends where the next verb sharing its subject begins: "… and explained to the agents …". */
function nextCueBoundary(
  tokens: readonly Token[],
  cues: readonly Cue[],
  cueIndex: number,
  shape: SentenceShape,
): number {
  const later = cues[shape.nextJoinedCue[cueIndex] ?? -1]
  if (later) {
    let boundary = later.start
    while (
      boundary > 0 &&
      (isPunct(tokens[boundary - 1], /^,$/) ||
        /^(?:and|also|while)$/.test((tokens[boundary - 1] as Token).lower))
    )
      boundary--
    return boundary
  }
  return shape.nextSemicolon[cues[cueIndex]?.end ?? 0] ?? tokens.length
}

/** Skips the hearer after "told", "urged", "asked": her, reporters, the jury, NBC News. */
function skipObject(tokens: readonly Token[], from: number, cue: Cue): number {
  if (!takesObject(cue)) return from
  const first = tokens[from]
  if (!isWord(first)) return from
  if (PERSON_OBJECTS.has(first.lower)) return from + 1
  if (/^(?:the|a|an)$/.test(first.lower) && PERSON_OBJECT_NOUNS.has(tokens[from + 1]?.lower ?? ''))
    return from + 2
  // "asked engineer Rafael Stoakes whether …": a role, then the name.
  if (TITLE_WORDS.has(first.lower) && isCapitalized(tokens[from + 1])) {
    let to = from + 1
    while (isCapitalized(tokens[to])) to++
    return to
  }
  // "told the Courier", "told The Vale Post"
  if (/^(?:the|a|an)$/.test(first.lower) && isCapitalized(tokens[from + 1])) {
    let to = from + 1
    while (isCapitalized(tokens[to])) to++
    return to
  }
  // "asked the review to look at staffing": whatever stands before the infinitive is the object.
  if (takesInfinitive(cue)) {
    for (let index = from + 1; index < Math.min(tokens.length, from + 5); index++) {
      const token = tokens[index] as Token
      if (token.kind !== 'word') break
      if (token.lower === 'to') return index
    }
  }
  if (isCapitalized(first)) {
    let to = from
    while (
      isCapitalized(tokens[to]) ||
      (to > from && /^(?:of|the|and)$/.test(tokens[to]?.lower ?? '') && isCapitalized(tokens[to + 1]))
    )
      to++
    return to
  }
  return from
}

/** The reported clause after a cue: "said (in a statement) (that) CLAUSE", "urged him to ACT". */
function contentAfter(
  tokens: readonly Token[],
  from: number,
  end: number,
  cue: Cue,
): [number, number] | null {
  if (takesInfinitive(cue) && (tokens[from] as Token | undefined)?.lower === 'to' && from > cue.end)
    return [from, cutAtNewClause(tokens, from, end)]
  if (cue.quoteOnly || cue.verb === 'according to') return null
  for (let index = from; index < Math.min(end, from + 9); index++) {
    const token = tokens[index] as Token
    if (token.kind !== 'word') break
    if (token.lower === 'that') {
      const lead = tokens[from] as Token
      if (index === from || ADVERBIAL_STARTERS.has(lead.lower))
        return [index + 1, cutAtNewClause(tokens, index + 1, end)]
      break
    }
  }
  const first = tokens[from]
  if (!first || first.kind !== 'word') return null
  // "asked whether …", "wondered how …": a question is what was said.
  if (QUESTION_WORDS.has(first.lower) && from > cue.end - 1) return [from, cutAtNewClause(tokens, from, end)]
  if (!takesBareClause(cue) && cue.verb !== 'according to') return null
  if (ADVERBIAL_STARTERS.has(first.lower) || /^(?:a|an)$/.test(first.lower)) return null
  return [from, cutAtNewClause(tokens, from, end)]
}

/** "to fire feds faster and Energy staffers know …": a new subject after "and" starts a sentence of its own. */
function cutAtNewClause(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from + 2; index < end - 1; index++) {
    const token = tokens[index] as Token
    if (token.lower === 'and' && isCapitalized(tokens[index + 1]) && !isCapitalized(tokens[index - 1]))
      return index
  }
  return end
}

/** "has said that more than once", "said so": the content is a word pointing back, not a clause. */
function isAnaphoric(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  const previous = tokens[from - 1]
  const words = tokens.slice(from, to).filter((token) => token.kind === 'word')
  if (
    previous?.lower === 'that' &&
    words.length <= 4 &&
    words.every(
      (token) =>
        ADVERBIAL_STARTERS.has(token.lower) ||
        /^(?:than|once|twice|times|before|many|several|often)$/.test(token.lower),
    )
  )
    return true
  return (
    words.length <= 3 &&
    DEMONSTRATIVE_CONTENT.has(words[0]?.lower ?? '') &&
    !previous?.lower.startsWith('that') &&
    words.every(
      (token) =>
        ADVERBIAL_STARTERS.has(token.lower) ||
        DEMONSTRATIVE_CONTENT.has(token.lower) ||
        /^(?:than|once|twice|times|before|many|several|often|publicly|repeatedly)$/.test(token.lower),
    )
  )
}

/** Where a left-hand clause begins: the sentence start, or just after the previous cue's frame. */
function clauseStart(
  tokens: readonly Token[],
  leftEnd: number,
  subjects: ReadonlyArray<{ from: number; to: number } | null>,
  cues: readonly Cue[],
  cueIndex: number,
): number {
  // The nearest earlier cue whose frame ends before this clause; a few steps back at most, so a sentence of
  // thousands of cues stays linear.
  let start = 0
  for (let index = cueIndex - 1; index >= Math.max(0, cueIndex - 8); index--) {
    const end = Math.max((cues[index] as Cue).end, subjects[index]?.to ?? 0)
    if (end < leftEnd) {
      start = end
      break
    }
  }
  while (
    start < leftEnd &&
    (isPunct(tokens[start], /^[,:;—–-]$/) || /^(?:but|and|so)$/.test((tokens[start] as Token).lower))
  )
    start++
  return start
}
