import { findCues, isNamingContext, isNonSpeech, isTitleCase, takesBareClause, type Cue } from './cues.ts'
import {
  ADVERBIAL_STARTERS,
  INTRO_STARTERS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  SUBORDINATORS,
  TITLE_WORDS,
  wordSet,
} from './lexicon.ts'
import { isPlace, parseSpeakerPhrase, type SpeakerPhrase } from './phrases.ts'
import {
  clauseStart,
  contentAfter,
  cutBeforeLaterCue,
  isAnaphoric,
  nextCueBoundary,
  nounContent,
  skipObject,
} from './reported-content.ts'
import {
  hasFiniteVerb,
  quoteBefore,
  quoteText,
  range,
  sentenceShape,
  type SentenceShape,
  standsAsSentence,
  startsLikeSentence,
} from './sentence-shape.ts'
import {
  clauseSubjectBefore,
  extendOverAppositive,
  findSubject,
  mainClauseSubject,
  wordsBeforeCue,
  type PlacedPhrase,
} from './speaker-position.ts'
import { isCapitalized, isPunct, isWord, quoteEndsSentence, type Token } from './tokens.ts'
import type { QuoteKind } from './types.ts'
import type { MarkedSegment } from './marks.ts'

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
  /** The speaker is the sentence's subject, read when no phrase stood before the cue. */
  fromMain?: boolean
}

export type Pattern =
  | 'quote-before-cue'
  | 'quote-after-cue'
  | 'clause-after-cue'
  | 'according-to'
  | 'parenthetical'
  | 'clause-before-cue'
  | 'quote-before-cue-in-clause'
  | 'name-colon'
  | 'credit-line'
  | 'asked'
  | 'object-after-cue'

export interface SentenceReading {
  findings: Finding[]
  /** Quotation tokens that stand as whole sentences with no cue of their own: "…," said X. "Q2" */
  orphans: number[]
  /** Quoted words inside a sentence that no cue claims: promising to "carpet the town in roses". */
  fragments: number[]
  /** Those of them that are only a word or two ("called him a "stiff""): whose they are, only a cue says. */
  shortFragments: Set<number>
  /** "Donald Trump has said that more than once." — a cue whose content points back at a quotation before it. */
  anaphora?: { speaker: SpeakerPhrase; cue: { start: number; end: number } }
  /** "In a statement, the mayor said:" at the end: what follows, in the next paragraph, is what was said. */
  introduces?: { speaker: SpeakerPhrase; cue: { start: number; end: number } }
}

/** Shorter reported clauses are mostly fragments ("said so too"); after an explicit "that", two words do. */
const MIN_INDIRECT_WORDS = 3

const MIN_INDIRECT_WORDS_AFTER_THAT = 2

/** An object reported as what was said ("denied the charges") is short; a single word rarely is one. */
const MIN_NOUN_CONTENT_WORDS = 3

/** How far after a cue its content may run: longer reported speech in one sentence is not news prose. */
const MAX_REGION_TOKENS = 160

export function readSentence(text: string, tokens: readonly Token[]): SentenceReading {
  const cues = findCues(tokens).filter((cue) => !isNonSpeech((tokens[cue.start] as Token).lower))
  const claimed = new Set<number>()
  // Quotation tokens that are names or titles ("the phrase "black on white crime"") may sit inside indirect speech.
  const names = new Set<number>()
  const findings: Finding[] = []
  // Quotations a cue with no one before it left to a later cue: see below.
  const deferred: Finding[] = []
  const subjects: Array<PlacedPhrase | null> = []
  // Whether each cue reported anything: one that did not ("9.2 percentage points", "will speak at") does
  // not end the clause a later cue looks back on.
  const productive: boolean[] = []
  const reporting: Array<PlacedPhrase | null> = []
  let anaphora: SentenceReading['anaphora']
  let introduces: SentenceReading['introduces']
  // Tokens already reported by an earlier cue: a verb inside them ("said the company reported its costs")
  // is part of what was reported, not a new report.
  let reportedUntil = -1
  const shape = sentenceShape(tokens, cues)
  const subjectStarts = nextSubjectStarts(tokens, cues)
  // For each cue, the next one after it with a subject of its own (not a participle or a joined verb).
  const nextPlainCue = new Array<Cue | undefined>(cues.length)
  for (let index = cues.length - 1, next: Cue | undefined; index >= 0; index--) {
    nextPlainCue[index] = next
    const cue = cues[index] as Cue
    if (!cue.participle && !cue.coordinated) next = cue
  }

  // Ana Ruiz: "The tide is late." — a name and a colon, as in a transcript, introduce a quotation.
  const label = speakerLabel(text, tokens, shape.firstWord)
  if (label) {
    claimed.add(label.quote)
    const segment = (tokens[label.quote] as Token).segment
    if (segment)
      findings.push({
        kind: 'direct',
        start: segment.start,
        end: segment.end,
        quoteToken: label.quote,
        cue: label.cue,
        speaker: label.phrase,
        strength: 0.85,
        pattern: 'name-colon',
      })
  }

  cues.forEach((cue, cueIndex) => {
    const nested = cue.start < reportedUntil && !cue.participle && !cue.coordinated
    const subject = nested
      ? null
      : // ", saying …", "but said …": the subject of an earlier cue that reported something, first.
        (findSubject(
          text,
          tokens,
          cue,
          outsideOpeningClause(reporting, cues, cue, shape),
          outsideOpeningClause(subjects, cues, cue, shape),
        ) ??
        wordsBeforeCue(text, tokens, cue) ??
        unnamedSubject(tokens, cue))
    // No one before a cue ("Trump - in a line … - declared"): the sentence's subject, measured apart.
    const main =
      subject?.phrase.type === 'relative' && !cue.participle && !cue.coordinated
        ? (mainClauseSubject(text, tokens, cue.start) ?? clauseSubjectBefore(text, tokens, cue.start, true))
        : null
    const fromMain = main !== null && (main.phrase.type === 'named' || main.phrase.type === 'pronoun')
    if (fromMain && subject) subject.phrase = (main as { phrase: SpeakerPhrase }).phrase
    subjects.push(subject)
    productive.push(false)
    reporting.push(null)
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
      cue.start < shape.openingClauseLimit ? shape.openingClauseLimit : tokens.length,
      subjectStarts[cueIndex] ?? tokens.length,
      subject.phrase.type === 'relative' ? laterSubjectStart(text, tokens, cues, cueIndex) : tokens.length,
    )
    const found: Finding[] = []
    let pattern: Pattern = 'clause-after-cue'
    const add = (kind: QuoteKind, start: number, end: number, strength: number, quoteToken?: number) => {
      if (quoteToken !== undefined) claimed.add(quoteToken)
      // Quoted words after a cue with no one before it are mostly a noun's ("a snappy retort"): not the subject's.
      // Quoted words after it are the subject's too, measured apart ("main-quote-…").
      found.push({
        kind,
        start,
        end,
        quoteToken,
        cue: cueSpan,
        speaker: subject.phrase,
        strength,
        pattern,
        fromMain,
      })
    }

    // "…," Kirby said.   "…," said Jeff Eagan.   "…" [Bruck] said.
    const before = quoteBefore(tokens, frameStart)
    if (before !== null && !claimed.has(before)) {
      const token = tokens[before] as Token
      pattern = 'quote-before-cue'
      const standsAlone =
        before === 0 || isPunct(tokens[before - 1], /^[,:;—–-]$/) || shape.firstWord >= before
      // "Speaking on ABC's "This Week," Carson said": inside a sentence, a title or a name, not what was said.
      const named = !standsAlone && (isNamingContext(tokens, before) || isTitleCase(quoteText(text, token)))
      if (named) claimed.add(before)
      else addQuote(add, token, before, standsAlone ? 'direct' : 'mixed', 0.95)
    }

    // Kirby said, "…"   Roof told her: "…"   warned against "…"   called that a "very modest adjustment"
    const regionStart = skipObject(tokens, frameEnd, cue)
    let quotesInRegion = 0
    // "said the plan failed, which he called "a mess"": a later cue with a clause of its own claims the
    // quotation, and this cue keeps the clause before it, when that reads as one.
    let quoteEnd = regionEnd
    const cut = cutBeforeLaterCue(tokens, cues, cueIndex, [regionStart, regionEnd])?.[1] ?? regionEnd
    if (cut < regionEnd && !range(frameEnd, cut).some((index) => tokens[index]?.kind === 'quote')) {
      const clause = contentAfter(tokens, regionStart, cut, cue)
      if (clause && hasFiniteVerb(tokens.slice(clause[0], clause[1]))) quoteEnd = cut
    }
    // A cue with no one before it ("in a phone call", "in Asian states") is most likely a noun: a quotation
    // after it that a later cue in the sentence may claim ("…," the White House said) is left to that cue.
    const nobody = subject.phrase.type === 'relative' && !fromMain && !cue.participle && !cue.coordinated
    const laterCue = nextPlainCue[cueIndex]
    for (let index = frameEnd; index < quoteEnd; index++) {
      const token = tokens[index] as Token
      if (token.kind !== 'quote' || claimed.has(index)) continue
      if (nobody && laterCue && laterCue.start > index) {
        // Kept for that cue; if no later one claims it, it is this cue's after all.
        const separated = isPunct(tokens[index - 1], /^[,:—–]$/)
        const segment = token.segment
        if (segment)
          deferred.push({
            kind: 'mixed',
            start: segment.start,
            end: segment.end,
            quoteToken: index,
            cue: cueSpan,
            speaker: subject.phrase,
            strength: separated ? 0.9 : 0.8,
            pattern: 'quote-after-cue',
            fromMain,
          })
        continue
      }
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
      const content = cutBeforeLaterCue(
        tokens,
        cues,
        cueIndex,
        contentAfter(tokens, regionStart, regionEnd, cue),
      )
      const nounObject = content
        ? null
        : cutBeforeLaterCue(tokens, cues, cueIndex, nounContent(tokens, regionStart, regionEnd, cue))
      if (content) reportedUntil = Math.max(reportedUntil, content[1])
      if (nounObject) reportedUntil = Math.max(reportedUntil, nounObject[1])
      // The sentence ends with a colon after the cue ("X said:", "X called them on it:"): the quotation
      // follows in the next paragraph.
      if (!content && isPunct(tokens[tokens.length - 1], /^:$/) && tokens.length - 1 >= regionStart)
        introduces = { speaker: subject.phrase, cue: cueSpan }
      const asClause =
        cue.start < shape.openingClauseEnd &&
        tokens[shape.firstWord]?.lower === 'as' &&
        frameStart > shape.firstWord
      const opensWithQuote = asClause && tokens[shape.openingClauseEnd + 1]?.kind === 'quote'
      if (opensWithQuote) {
        // As the Courier put it, "…": the quotation after the clause is what was said.
        pattern = 'parenthetical'
        const index = shape.openingClauseEnd + 1
        if (!claimed.has(index)) addQuote(add, tokens[index] as Token, index, 'direct', 0.85)
      } else if (asClause) {
        // As the harbour master said on Monday, the pier will close: the main clause is what was said.
        pattern = 'parenthetical'
        const end = nextCueBoundary(tokens, cues, cueIndex, shape)
        // As the clerk explained, the levy was "a lot of money": quoted words in that clause are the source's
        // own, not a fragment with no one behind it.
        const quoted = range(shape.openingClauseEnd + 1, end).filter(
          (index) =>
            tokens[index]?.kind === 'quote' &&
            !claimed.has(index) &&
            !isNamingContext(tokens, index) &&
            !isTitleCase(quoteText(text, tokens[index] as Token)),
        )
        if (quoted.length > 0)
          quoted.forEach((index) => addQuote(add, tokens[index] as Token, index, 'mixed', 0.8))
        else addIndirect(add, tokens, [shape.openingClauseEnd + 1, end], 0.75)
      } else if (content && isAnaphoric(tokens, content)) {
        anaphora = { speaker: subject.phrase, cue: cueSpan }
      } else if (content) {
        pattern = 'clause-after-cue'
        addIndirect(add, tokens, content, 0.8, names)
      } else if (nounObject) {
        // "Ruiz cited the figures", "Ek proposed a carbon tax": the object is what was said.
        pattern = 'object-after-cue'
        addIndirect(add, tokens, nounObject, 0.8, names, MIN_NOUN_CONTENT_WORDS)
      } else if (
        cue.verb === 'according to' &&
        openingComma(tokens, frameStart, frameEnd, regionEnd, shape) >= 0
      ) {
        // According to the statistics office, unemployment fell …
        // According to early results of exit polls conducted by Edison Research, majorities …
        pattern = 'according-to'
        const comma = openingComma(tokens, frameStart, frameEnd, regionEnd, shape)
        const before = found.length
        addIndirect(add, tokens, [comma + 1, regionEnd], 0.8, names)
        // The source runs on past the words read as its name ("State Department cables at the time …"): the
        // whole phrase is the source, as a name only if it reads as one.
        if (comma > frameEnd && found.length > before) {
          const words = tokens.slice(cue.end, comma).filter((token) => token.kind === 'word')
          const whole = parseSpeakerPhrase(text, words)
          const first = words[0] as Token
          const last = words[words.length - 1] as Token
          ;(found[found.length - 1] as Finding).speaker =
            whole && whole.type !== 'relative' && whole.type !== 'pronoun'
              ? whole
              : {
                  type: 'descriptor',
                  text: text.slice(first.start, last.end),
                  head: last.lower,
                  definite: false,
                  plural: false,
                  organization: false,
                  loose: true,
                  start: first.start,
                  end: last.end,
                }
        }
      } else if (looksBack && isPunct(tokens[frameStart - 1], /^,$/)) {
        const leftEnd = frameStart - 1
        // "…, according to Dennis Ross, a former envoy, was a decision …": a description of the source is
        // part of the frame; "…, according to Ana Ruiz, who chairs the board": a relative clause on it ends it.
        const right = isPunct(tokens[frameEnd], /^,$/)
          ? afterSourceDescription(tokens, frameEnd + 1, regionEnd)
          : -1
        const parenthetical =
          right >= 0 &&
          tokens[right]?.kind === 'word' &&
          !SOURCE_RELATIVES.has((tokens[right] as Token).lower) &&
          // "…, according to Uzi Arad, referring to …": a participle goes on about the source.
          !(tokens[right] as Token).lower.endsWith('ing') &&
          (leftEnd <= 5 || hasFiniteVerb(tokens.slice(right, regionEnd)))
        if (parenthetical) {
          // America, he asserted, has been very candid …
          pattern = 'parenthetical'
          addIndirect(add, tokens, [right, regionEnd], 0.75)
        } else {
          // The striking workers aren't aiming to disrupt travel, a spokeswoman … said.
          const leftStart = clauseStart(tokens, leftEnd, subjects, cues, cueIndex, productive)
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
          // "When pressed about it, Ruiz rejected …": a subordinate clause is not what was said either.
          const lead = (tokens[leftStart] as Token).lower
          // "Since clinching the nomination, Ruiz has spent $7 million, according to …": an opening phrase
          // with its main clause after a comma is a whole clause.
          const sceneSetting =
            (SUBORDINATORS.has(lead) ||
              (ADVERBIAL_STARTERS.has(lead) && !hasFiniteVerb(tokens.slice(leftStart, leftEnd)))) &&
            !mainClauseAfterComma(tokens, leftStart, leftEnd)
          if (marked.length > 0)
            marked.forEach((index) => addQuote(add, tokens[index] as Token, index, 'mixed', 0.8))
          else if (!sceneSetting) addIndirect(add, tokens, [leftStart, leftEnd], 0.75)
        }
      }
    }
    findings.push(...found)
    if (found.length > 0 || anaphora || introduces) {
      productive[cueIndex] = true
      reporting[cueIndex] = subject
    }
  })

  const unclaimed = deferred.filter(
    (finding) => finding.quoteToken !== undefined && !claimed.has(finding.quoteToken),
  )
  if (unclaimed.length > 0) {
    for (const finding of unclaimed) claimed.add(finding.quoteToken as number)
    findings.push(...unclaimed)
    findings.sort((a, b) => a.start - b.start)
  }
  findings.push(...askedQuestions(text, tokens, findings))
  const credit = creditLine(text, tokens, claimed)
  if (credit) {
    claimed.add(credit.quote)
    const segment = (tokens[credit.quote] as Token).segment as MarkedSegment
    findings.push({
      kind: 'direct',
      start: segment.start,
      end: segment.end,
      quoteToken: credit.quote,
      cue: credit.cue,
      speaker: credit.phrase,
      strength: 0.85,
      pattern: 'credit-line',
    })
  }

  const orphans: number[] = []
  const fragments: number[] = []
  const shortFragments = new Set<number>()
  tokens.forEach((token, index) => {
    if (token.kind !== 'quote' || claimed.has(index)) return
    if (standsAsSentence(tokens, index, shape)) orphans.push(index)
    else if (isFragment(text, tokens, index)) {
      fragments.push(index)
      if (wordCount(quoteText(text, token)) < MIN_FRAGMENT_WORDS) shortFragments.add(index)
    }
  })
  return { findings, orphans, fragments, shortFragments, anaphora, introduces }
}

/** Words that open a relative clause on the source, never the rest of what it said. */
const SOURCE_RELATIVES = wordSet(`who which where whose whom`)

/**
 * Where the words after a frame's comma go on, past a description of the source set off by commas (a phrase
 * with no verb: "…, according to Ana Ruiz, director of the port, …").
 */
function afterSourceDescription(tokens: readonly Token[], from: number, end: number): number {
  let comma = from
  while (comma < end && comma - from <= 12 && !isPunct(tokens[comma], /^,$/)) comma++
  const lead = tokens[from]
  const described =
    comma < end &&
    comma - from <= 12 &&
    isPunct(tokens[comma], /^,$/) &&
    isWord(lead) &&
    (/^(?:a|an|the)$/.test(lead.lower) ||
      TITLE_WORDS.has(lead.lower) ||
      ROLE_MODIFIERS.has(lead.lower) ||
      (isCapitalized(lead) && !SUBORDINATORS.has(lead.lower) && !ADVERBIAL_STARTERS.has(lead.lower))) &&
    !hasFiniteVerb(tokens.slice(from, comma))
  return described ? comma + 1 : from
}

/**
 * "Since clinching the nomination, Ruiz has spent …": after the opening phrase's comma, a clause of a few words
 * that opens with neither a preposition, a subordinator nor a participle ("on the eve of …", "leading …").
 */
function mainClauseAfterComma(tokens: readonly Token[], from: number, to: number): boolean {
  let comma = -1
  for (let index = to - 1; index > from; index--)
    if (isPunct(tokens[index], /^,$/)) {
      comma = index
      break
    }
  if (comma < 0 || to - comma <= 4) return false
  const lead = tokens[comma + 1]
  return (
    isWord(lead) &&
    !ADVERBIAL_STARTERS.has(lead.lower) &&
    !SUBORDINATORS.has(lead.lower) &&
    !INTRO_STARTERS.has(lead.lower) &&
    !/(?:ing|ed)$/.test(lead.lower)
  )
}

/** Words that open the question a passive "asked" reports: "Asked whether …", "when asked why …". */
const QUESTION_OPENERS = wordSet(`whether if why what how who whom which where`)
/** Words before "asked" that make it passive or part of a clause with no subject of its own. */
const ASKED_LEADS = wordSet(`when after once if before while was were is are be been being`)
/** How far after "asked" the question may begin: "Asked by Matt Lauer on Monday at a briefing whether …". */
const ASKED_REACH = 12

/**
 * "Asked whether he would run, Ruiz said …", "… she said when asked about the budget", "Ek was asked by a
 * reporter if …": the question put to someone is reported speech, whoever asked it (named only after "by").
 * findCues skips a passive or sentence-opening "asked", and no subject stands before it.
 */
function askedQuestions(text: string, tokens: readonly Token[], found: readonly Finding[]): Finding[] {
  const results: Finding[] = []
  // For each token, where the clause it stands in ends: the next comma, colon, dash, semicolon or quotation.
  let boundary = -1
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.lower !== 'asked' || token.kind !== 'word') continue
    const previous = tokens[index - 1]
    const opens = !tokens.slice(Math.max(0, index - 2), index).some(isWord) && isCapitalized(token)
    if (!opens && !(isWord(previous) && ASKED_LEADS.has(previous.lower))) continue
    let at = index + 1
    let by: [number, number] | null = null
    while (at < tokens.length && at - index <= ASKED_REACH && isWord(tokens[at])) {
      const word = tokens[at] as Token
      if (QUESTION_OPENERS.has(word.lower)) break
      if (word.lower === 'by' && by === null) by = [at + 1, at + 1]
      else if (by && by[1] === at && !/^(?:on|at|in|during|after|before|last|this)$/.test(word.lower))
        by[1] = at + 1
      at++
    }
    const opener = tokens[at]
    if (!isWord(opener) || !QUESTION_OPENERS.has(opener.lower)) continue
    if (boundary < at) {
      boundary = at
      while (
        boundary < tokens.length &&
        !isPunct(tokens[boundary], /^[,;:—–.?!()]$/) &&
        tokens[boundary]?.kind !== 'quote'
      )
        boundary++
    }
    let end = boundary
    while (end > at && !isWord(tokens[end - 1])) end--
    const words = tokens.slice(at, end).filter(isWord).length
    if (words < 2) continue
    const start = opener.start
    const stop = (tokens[end - 1] as Token).end
    if (found.some((finding) => finding.start < stop && start < finding.end)) continue
    const asker = by && by[1] > by[0] ? parseSpeakerPhrase(text, tokens.slice(by[0], by[1])) : null
    // A question from no one named ("when asked if …", "Asked whether …") is the interviewer's, not a quotation.
    if (!asker || asker.type === 'relative' || asker.type === 'pronoun') continue
    results.push({
      kind: 'indirect',
      start,
      end: stop,
      cue: { start: token.start, end: token.end },
      speaker: asker,
      strength: 0.6,
      pattern: 'asked',
    })
  }
  return results
}

/** Forms of "say" that are verbs wherever findCues finds them. */
const PLAIN_SAY = wordSet(`said says say`)
const NOT_BEFORE_PLAIN_SAY =
  /^(?:could|would|will|can|may|might|must|shall|should|to|him|her|them|me|us|you|it|i|we|they|he|she)$/
const RELATIVE_SUBJECT = /^(?:who|that)$/

/** "…, said former governor Ed Rendell", "…, says the mayor": words after a cue that open a speaker's name. */
function namesAfter(token: Token | undefined): boolean {
  return (
    isCapitalized(token) ||
    /^(?:the|a|an)$/.test(token?.lower ?? '') ||
    TITLE_WORDS.has(token?.lower ?? '') ||
    ROLE_MODIFIERS.has(token?.lower ?? '')
  )
}

/**
 * "Voters who say the economy matters most were evenly divided": a relative clause inside the subject that
 * opens the sentence, whose report runs into the main verb. Short words, no comma, from the sentence start.
 */
function opensSentenceSubject(tokens: readonly Token[], relative: number): boolean {
  return relative <= 7 && tokens.slice(0, relative).every(isWord)
}

/** How many tokens after a cue with no subject quoted words may start and still be its report. */
const QUOTE_REACH = 12

/**
 * No phrase reads as the speaker ("Three-in-five GOP insiders … — said that …"): the report still stands,
 * with no one named. Only for a cue that opens its own clause after the sentence's first words.
 */
function unnamedSubject(tokens: readonly Token[], cue: Cue): PlacedPhrase | null {
  // "The departments declined to comment, saying they cannot …": a participle whose clause has no subject
  // the engine reads still reports, for no one named.
  const next = tokens[cue.end]
  if (cue.participle && cue.start > 0 && (next?.lower === 'that' || (takesBareClause(cue) && isWord(next)))) {
    const token = tokens[cue.start] as Token
    return {
      from: cue.start,
      to: cue.start,
      phrase: { type: 'relative', start: token.start, end: token.end },
    }
  }
  if (cue.participle || cue.coordinated || cue.verb === 'according to' || cue.start === 0) return null
  // "voters who said they …", "Some 56 percent of those polled said they …": "say" is never a noun once
  // findCues let it through, so whatever stands before it, a clause after it is a report.
  const before = tokens[cue.start - 1]
  const after = tokens[cue.end]
  if (
    PLAIN_SAY.has(cue.verb) &&
    isWord(tokens[cue.end]) &&
    // "…," said Ana Ruiz: after a quotation, or a comma with a name or "the" next, the cue is inverted and
    // what follows names the speaker.
    before !== undefined &&
    before.kind !== 'quote' &&
    !(isPunct(before, /^[^%)]$/) && namesAfter(after)) &&
    // "could say goodbye", "hearing him say it": what might be said, or said by an object, is no report.
    !NOT_BEFORE_PLAIN_SAY.test(before.lower) &&
    !(RELATIVE_SUBJECT.test(before.lower) && opensSentenceSubject(tokens, cue.start - 1))
  ) {
    const token = tokens[cue.start] as Token
    return {
      from: cue.start,
      to: cue.start,
      phrase: { type: 'relative', start: token.start, end: token.end },
    }
  }
  // "(On Monday he said he would "strongly consider" …)": quoted words after the cue are a report, whoever made it.
  const quoted = tokens.slice(cue.end, cue.end + QUOTE_REACH).some((token) => token.kind === 'quote')
  if (tokens[cue.end]?.lower !== 'that' && !quoted) return null
  // "rejected claims that …": after a verb, the cue is a noun.
  const previous = tokens[cue.start - 1]
  if (isWord(previous) && (/(?:ed|ing)$/.test(previous.lower) || isNonSpeech(previous.lower))) return null
  const token = tokens[cue.start] as Token
  return { from: cue.start, to: cue.start, phrase: { type: 'relative', start: token.start, end: token.end } }
}

/**
 * "in a conference call …, Col. Warren said, "…"": a cue with no one before it ("call", "state") is often a
 * noun. Its reach ends where the next cue that has a subject of its own begins, so that cue reports what follows.
 */
function laterSubjectStart(
  text: string,
  tokens: readonly Token[],
  cues: readonly Cue[],
  cueIndex: number,
): number {
  for (let index = cueIndex + 1; index < cues.length; index++) {
    const later = cues[index] as Cue
    if (later.participle || later.coordinated) continue
    const subject = findSubject(text, tokens, later, [])
    if (subject && subject.phrase.type !== 'relative') return Math.min(subject.from, later.start)
    return tokens.length
  }
  return tokens.length
}

/** Words that may open a sentence before "according to": "But according to …". */
const LEADING_JOINERS = wordSet(`but and still yet so`)

/**
 * "According to X, CLAUSE" at the start of a sentence: the comma that ends the source phrase, however long
 * ("early results of exit polls conducted by …"), skipping a relative clause set off after it; -1 if none.
 */
function openingComma(
  tokens: readonly Token[],
  frameStart: number,
  frameEnd: number,
  regionEnd: number,
  shape: SentenceShape,
): number {
  let first = shape.firstWord
  if (LEADING_JOINERS.has(tokens[first]?.lower ?? '')) first++
  if (first < frameStart) return -1
  if (isPunct(tokens[frameEnd], /^,$/)) return frameEnd
  for (let index = frameEnd; index < Math.min(regionEnd, frameEnd + 25); index++) {
    const token = tokens[index] as Token
    if (token.kind === 'quote' || isPunct(token, /^[;:—–]$/)) return -1
    if (!isPunct(token, /^,$/)) continue
    if (/^(?:who|which|whose)$/.test(tokens[index + 1]?.lower ?? '')) continue
    return index
  }
  return -1
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
  minWords = MIN_INDIRECT_WORDS,
) {
  let end = to
  while (end > from && (tokens[end - 1] as Token).kind === 'punct') end--
  let start = from
  while (start < end && (tokens[start] as Token).kind === 'punct') start++
  const words = tokens.slice(start, end).filter((token) => token.kind === 'word').length
  const afterThat = tokens[start - 1]?.lower === 'that'
  if (words < (afterThat ? MIN_INDIRECT_WORDS_AFTER_THAT : minWords)) return
  if (
    tokens.slice(start, end).some((token, offset) => token.kind === 'quote' && !namesOnly.has(start + offset))
  )
    return
  add('indirect', (tokens[start] as Token).start, (tokens[end - 1] as Token).end, strength)
}

/** Words that stand before a colon as labels, not speakers: "Update:", "Photo:", "Q:". */
const LABELS = wordSet(`
  update note editor correction source photo photos video watch read related q a advertisement listen
  background context clarification disclosure warning
`)

/** "Ana Ruiz: "…"" at the start of a sentence: the name, the colon as its cue, and the quotation token. */
function speakerLabel(
  text: string,
  tokens: readonly Token[],
  firstWord: number,
): { phrase: SpeakerPhrase; cue: { start: number; end: number }; quote: number } | null {
  const colon = tokens.findIndex((token, index) => index > firstWord && isPunct(token, /^:$/))
  if (colon < 0 || tokens[colon + 1]?.kind !== 'quote') return null
  // The name just before the colon: the whole label at the sentence start, or a person named at the end of
  // a clause ("… did not surprise pollster Dara Shaw: "…"").
  let from = colon
  while (from > firstWord && colon - from < 6 && isWord(tokens[from - 1])) from--
  const words = tokens.slice(from, colon)
  if (words.length === 0 || words.some((token) => LABELS.has(token.lower))) return null
  const atStart = from === firstWord && words.length <= 4
  const capital = words.findIndex((token) => isCapitalized(token))
  const name = atStart ? words : capital < 0 ? [] : words.slice(capital)
  const phrase = name.length > 0 ? parseSpeakerPhrase(text, name) : null
  if (phrase?.type !== 'named' || phrase.kind === 'organization') return null
  if (!atStart && (phrase.kind !== 'person' || !isCapitalized(tokens[colon - 1]))) return null
  const mark = tokens[colon] as Token
  return { phrase, cue: { start: mark.start, end: mark.end }, quote: colon + 1 }
}

/** What separates a credit from its quotation and its details from each other. */
const CREDIT_SEPARATOR = /^[,;:()[\]—–-]$/
/** Words that open a phrase around a name, not the name: "In Europe, "…"". */
const CREDIT_NOT_NAMES = wordSet(`in on at for from with by as to of after before since under over about`)
/** The most words a credited name runs to ("Rear Admiral Ana Maria de la Torre"), and each detail after it. */
const MAX_CREDIT_WORDS = 7
const MAX_DETAIL_WORDS = 6

/**
 * A sentence that is only a quotation and a credit, with no verb: ""We vote because our parents could not."
 * — Lidia Ferro, 52, Harbor Town", "Lidia Ferro, 52: "…"", "(Lidia Ferro, 52)". Epigraphs, pull quotes,
 * captions and vox pops are written so. The credit is a name, then details with no verb (an age, a place, a
 * role); its first separator (a dash, a bracket) is the cue. Only a quotation no cue claimed.
 */
function creditLine(
  text: string,
  tokens: readonly Token[],
  claimed: ReadonlySet<number>,
): { phrase: SpeakerPhrase; cue: { start: number; end: number }; quote: number } | null {
  // One pass, no arrays: this runs on every sentence, and most have no quotation at all.
  let quote = -1
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]?.kind !== 'quote') continue
    if (quote >= 0) return null
    quote = index
  }
  if (quote < 0 || claimed.has(quote)) return null
  const quoted = quoteText(text, tokens[quote] as Token)
  if (wordCount(quoted) < MIN_FRAGMENT_WORDS || isTitleCase(quoted)) return null
  const before = tokens.slice(0, quote)
  const after = tokens.slice(quote + 1)
  const hasWords = (part: readonly Token[]) => part.some((token) => token.kind === 'word')
  if (hasWords(before) === hasWords(after)) return null
  const credit = hasWords(before) ? before : after
  // The credit's parts: the name, then its details, each between separators.
  const parts: Token[][] = [[]]
  for (const token of credit) {
    if (isPunct(token, CREDIT_SEPARATOR)) parts.push([])
    else if (token.kind === 'word') (parts[parts.length - 1] as Token[]).push(token)
  }
  const [name = [], ...details] = parts.filter((part) => part.length > 0)
  if (name.length === 0 || name.length > MAX_CREDIT_WORDS || !isCapitalized(name[0])) return null
  if (name.some((token) => LABELS.has(token.lower))) return null
  if (details.some((detail) => detail.length > MAX_DETAIL_WORDS || hasFiniteVerb(detail))) return null
  // The credit meets the quotation at a separator: "Ana Ruiz “…”" with none is a label or a headline.
  const meeting = hasWords(before) ? tokens[quote - 1] : tokens[quote + 1]
  // (Or details after the name make it a credit: "Ana Ruiz, 52, Harbor Town "…"".)
  const separated =
    isPunct(meeting, CREDIT_SEPARATOR) ||
    (meeting === tokens[quote + 1] && /,$/.test(quoted)) ||
    details.length > 0
  if (!separated) return null
  const phrase = parseSpeakerPhrase(text, name)
  // The whole first part is the name: not "In Europe, …" or "For the voters, …" around one.
  const last = name[name.length - 1] as Token
  const opener = name[0]?.lower ?? ''
  if (phrase?.type !== 'named' || phrase.end !== last.end || CREDIT_NOT_NAMES.has(opener)) return null
  // "Said Ruiz, "…"": a speech verb before a name is an inverted report, not part of the name.
  if (hasWords(before) && SPEECH_VERBS.has(opener)) return null
  if (isPlace(name) || name.every((token) => token.text === token.text.toUpperCase())) return null
  // A lone word before a comma opens many sentences ("Adding, "…"", "Specifically, "…""): a credit on its own
  // only after a dash or in brackets, or with an age among its details ("Marisol, 22, Pellwick").
  const aged = details.some((detail) => detail.some((token) => /^\d{1,3}$/.test(token.text)))
  if (phrase.kind === 'single' && !aged && (hasWords(before) || isPunct(meeting, /^,$/) || /,$/.test(quoted)))
    return null
  // The cue: the dash or bracket that joins credit and quotation, or the name where a comma inside the
  // quotation did ("“…,” Ana Ruiz, 52").
  const cue = isPunct(meeting, CREDIT_SEPARATOR) ? meeting : undefined
  return { phrase, cue: cue ?? { start: (name[0] as Token).start, end: last.end }, quote }
}

/** Fewer quoted words than this with no cue are a scare quote or a term ("so-called "reform""), not speech. */
const MIN_FRAGMENT_WORDS = 3

const wordCount = (quoted: string) => quoted.split(/\s+/).filter(Boolean).length

/**
 * Words before a short quotation that make it what someone called something or someone ("called him a
 * "stiff"", "hailed the deal as a "breakthrough"", "vowed to "fundamentally transform"", "was "furious""), not
 * a term the writer holds at arm's length ("the "establishment" candidate", "Obama's "pivot"").
 */
const CHARACTERISING_LEADS = wordSet(`a an as to is was are were be being been`)

/**
 * Quoted words inside a sentence, long enough to be someone's words rather than a term, or short but
 * characterising, and not a title.
 */
function isFragment(text: string, tokens: readonly Token[], index: number): boolean {
  const quoted = quoteText(text, tokens[index] as Token)
  if (isNamingContext(tokens, index) || isTitleCase(quoted)) return false
  if (wordCount(quoted) >= MIN_FRAGMENT_WORDS) return true
  const lead = tokens[index - 1]
  if (!/^\p{Ll}/u.test(quoted) || !isWord(lead) || !CHARACTERISING_LEADS.has(lead.lower)) return false
  // "a "deeply worrying" response": words that qualify the noun after them are the writer's label.
  const next = tokens[index + 1]
  const qualifies =
    /^an?$/.test(lead.lower) &&
    !/[.,;:!?]$/.test(quoted) &&
    isWord(next) &&
    !isCapitalized(next) &&
    !PHRASE_ENDS.has(next.lower)
  return !qualifies
}

/** Words that may follow a noun phrase and end it: "a "stiff" and …", "a "breakthrough" for …". */
const PHRASE_ENDS = wordSet(`
  of in for on at to with from by about against over than that who which whose and or but as
`)

/**
 * "… asked for a photo and Ruiz said, "…"": a later cue whose own subject follows "and", "but" or a comma ends
 * an earlier cue's reach at that joiner, so the next report is read as its own. For each cue, that boundary
 * (or the sentence's end), found in one pass from the end so a sentence of many cues stays linear.
 */
/**
 * "Years after Ruiz claimed …, Ek won the vote by promising …": a participle in the main clause shares no
 * subject with a cue inside the opening subordinate clause. Those cues' subjects, left out.
 */
function outsideOpeningClause(
  list: ReadonlyArray<PlacedPhrase | null>,
  cues: readonly Cue[],
  cue: Cue,
  shape: SentenceShape,
): ReadonlyArray<PlacedPhrase | null> {
  const limit = shape.openingClauseLimit
  if (limit < 0 || cue.start < limit) return list
  return list.map((subject, index) => ((cues[index] as Cue).start < limit ? null : subject))
}

/** Subordinators that open a later clause of its own: "after", "when", not "as" ("as Ruiz said"). */
const LATER_CLAUSE_OPENERS = wordSet(
  `when after before while because although though since until once whereas`,
)

function nextSubjectStarts(tokens: readonly Token[], cues: readonly Cue[]): number[] {
  const starts = new Array<number>(cues.length)
  let nearest = tokens.length
  for (let index = cues.length - 1; index >= 0; index--) {
    starts[index] = nearest
    const cue = cues[index] as Cue
    if (cue.participle || cue.coordinated || cue.verb === 'according to') continue
    let at = cue.start - 1
    const subject = tokens[at]
    if (!isWord(subject) || !(isCapitalized(subject) || /^(?:he|she|they)$/.test(subject.lower))) continue
    while (at > 0 && cue.start - at < 6 && isCapitalized(tokens[at - 1])) at--
    // "…, and then Ruiz continued: "…"": an adverb of time may follow the joiner.
    if (/^(?:then|later|now)$/.test(tokens[at - 1]?.lower ?? '') && at > 1) at--
    const joiner = tokens[at - 1]
    if (joiner && (/^(?:and|but)$/.test(joiner.lower) || isPunct(joiner, /^[,;]$/))) nearest = at - 1
    // "Ek tweeted after Ruiz argued that "…"": a subordinate clause with a cue and a subject of its own
    // reports for that subject, so an earlier cue's words end where the clause opens.
    // Not one opened by a pronoun ("said he was angry when he called"), nor one that opens what was said
    // ("said that although Ruiz confessed, he …").
    else if (
      joiner &&
      (LATER_CLAUSE_OPENERS.has(joiner.lower) || (joiner.lower === 'with' && cue.verb.endsWith('ing'))) &&
      isCapitalized(subject) &&
      tokens[at - 2]?.lower !== 'that'
    )
      nearest = at - 1
  }
  return starts
}
