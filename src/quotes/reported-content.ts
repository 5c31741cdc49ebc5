/**
 * What is reported: where the content of a cue starts and ends, after it ("said (that) CLAUSE", "urged him to
 * ACT") or before it ("CLAUSE, a spokeswoman said"), and where the next report takes over.
 */
import {
  takesBareClause,
  takesBareInfinitive,
  takesInfinitive,
  takesNounContent,
  takesObject,
  type Cue,
} from './cues.ts'
import {
  ADVERBIAL_STARTERS,
  CLAUSAL_STARTERS,
  FINITE_VERBS,
  TIME_LEADS,
  TIME_WORDS,
  wordSet,
  DEMONSTRATIVE_CONTENT,
  PERSON_OBJECTS,
  PERSON_OBJECT_NOUNS,
  QUESTION_WORDS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TITLE_WORDS,
} from './lexicon.ts'
import { hasFiniteVerb, type SentenceShape } from './sentence-shape.ts'
import { isCapitalized, isPunct, isWord, type Token } from './tokens.ts'

/** Content of a speech verb ends where the next verb sharing its subject begins: "… and explained to the agents …". */
export function nextCueBoundary(
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
export function skipObject(tokens: readonly Token[], from: number, cue: Cue): number {
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
export function contentAfter(
  tokens: readonly Token[],
  from: number,
  end: number,
  cue: Cue,
): [number, number] | null {
  if (takesInfinitive(cue) && (tokens[from] as Token | undefined)?.lower === 'to' && from > cue.end)
    return [from, cutAtNewClause(tokens, from, end)]
  // "Viguerie notes that …", "the report states that …": a noun-like form reports when "that" and a clause follow.
  if (
    cue.quoteOnly &&
    /^(?:states|notes|reports|stated|noted|reported|mentioned|pointed)$/.test(cue.verb) &&
    tokens[from]?.lower === 'that' &&
    from === cue.end &&
    isWord(tokens[from + 1]) &&
    (isCapitalized(tokens[from + 1]) || CLAUSE_OPENERS.test((tokens[from + 1] as Token).lower))
  ) {
    const to = cutAtNewClause(tokens, from + 1, end)
    if (hasFiniteVerb(tokens.slice(from + 1, to))) return [from + 1, to]
  }
  if (cue.quoteOnly || cue.verb === 'according to') return null
  // "vowed to fight on", "has promised to veto it": the infinitive is what was promised.
  if (
    takesBareInfinitive(cue) &&
    from === cue.end &&
    tokens[from]?.lower === 'to' &&
    isWord(tokens[from + 1]) &&
    !/^(?:the|a|an|his|her|their|its|this|that|\d.*)$/.test((tokens[from + 1] as Token).lower)
  )
    return [from, cutAtNewClause(tokens, from, end)]
  // "added: the budget is spent": a colon opens what was said.
  if (isPunct(tokens[from], /^:$/) && isWord(tokens[from + 1]))
    return [from + 1, cutAtNewClause(tokens, from + 1, end)]
  for (let index = from; index < Math.min(end, from + 14); index++) {
    const token = tokens[index] as Token
    // "says, however, that …": an aside set off by commas may stand before "that".
    if (isPunct(token, /^,$/) && index < from + 5) continue
    if (token.kind !== 'word') break
    if (token.lower === 'that') {
      const lead = tokens[from] as Token
      const between = tokens.slice(from, index)
      // "told a crowded hall in Baltimore that …", "said at a rally in Texas that …": the hearer or a place
      // and time stand between the cue and its clause.
      const setting =
        (PREPOSITIONS.has(lead.lower) || takesObject(cue) || isPunct(lead, /^,$/)) &&
        !hasFiniteVerb(between.filter(isWord)) &&
        !/^(?:day|night|week|weekend|morning|evening|afternoon|time|year|month|point|moment|way)$/.test(
          tokens[index + 1]?.lower ?? '',
        ) &&
        isWord(tokens[index + 1])
      if (index === from || (ADVERBIAL_STARTERS.has(lead.lower) && index < from + 9) || setting)
        return [index + 1, cutAtNewClause(tokens, index + 1, end)]
      break
    }
  }
  // "said Sunday (that) …", "said in a statement on Tuesday …": when and where it was said come first.
  const after = afterSetting(tokens, from, end)
  if (after > from) {
    if (tokens[after]?.lower === 'that') return [after + 1, cutAtNewClause(tokens, after + 1, end)]
    if (
      takesBareClause(cue) &&
      isWord(tokens[after]) &&
      !ADVERBIAL_STARTERS.has((tokens[after] as Token).lower)
    )
      return [after, cutAtNewClause(tokens, after, end)]
  }
  const first = tokens[from]
  if (!first || first.kind !== 'word') return null
  // "asked whether …", "wondered how …": a question is what was said.
  if (QUESTION_WORDS.has(first.lower) && from > cue.end - 1) return [from, cutAtNewClause(tokens, from, end)]
  if (!takesBareClause(cue) && cue.verb !== 'according to') return null
  if (ADVERBIAL_STARTERS.has(first.lower) || /^(?:a|an)$/.test(first.lower)) {
    // "said there is …", "said a stern sentence could …": such a word may open a clause, if a verb follows.
    if (!CLAUSAL_STARTERS.has(first.lower)) return null
    const to = cutAtNewClause(tokens, from, end)
    return hasFiniteVerb(tokens.slice(from, to)) ? [from, to] : null
  }
  return [from, cutAtNewClause(tokens, from, end)]
}

/** Words that open a clause after "that", where a relative "that" is followed by a verb ("states that voted"). */
const CLAUSE_OPENERS =
  /^(?:the|a|an|he|she|they|it|we|i|you|his|her|their|its|our|this|these|those|there|some|many|most|no|all|one|two|more|only|each|both|if|when|while|because|although|despite|unless|since)$/

/** Prepositions that open a phrase of place, time or manner between a cue and its "that". */
const PREPOSITIONS = new Set(
  'at in on during after before with from via through outside inside since over'.split(' '),
)

/** "to fire feds faster and Energy staffers know …": a new subject after "and" starts a sentence of its own. */
function cutAtNewClause(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from + 2; index < end - 1; index++) {
    const token = tokens[index] as Token
    if (token.lower === 'and' && isCapitalized(tokens[index + 1]) && !isCapitalized(tokens[index - 1]))
      return index
    // "… is a party of ideas, and has championed …", "…, but she has bristled …": after a comma, a joiner
    // and a verb or a pronoun of its own, the sentence goes on about the speaker, not with what was said.
    if (
      /^(?:and|but)$/.test(token.lower) &&
      isPunct(tokens[index - 1], /^,$/) &&
      (SUBJECT_PRONOUNS.has(tokens[index + 1]?.lower ?? '') ||
        FINITE_VERBS.has(tokens[index + 1]?.lower ?? ''))
    )
      return index - 1
    // "… from all sides: Howard Stern, in 2013, …": what follows the colon is the writer's list, not the report.
    if (token.text === ':' && isCapitalized(tokens[index + 1])) return index
  }
  return end
}

/** "has said that more than once", "said so": the content is a word pointing back, not a clause. */
export function isAnaphoric(tokens: readonly Token[], [from, to]: [number, number]): boolean {
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
export function clauseStart(
  tokens: readonly Token[],
  leftEnd: number,
  subjects: ReadonlyArray<{ from: number; to: number } | null>,
  cues: readonly Cue[],
  cueIndex: number,
  productive?: readonly boolean[],
): number {
  // The nearest earlier cue whose frame ends before this clause; a few steps back at most, so a sentence of
  // thousands of cues stays linear.
  let start = 0
  for (let index = cueIndex - 1; index >= Math.max(0, cueIndex - 8); index--) {
    if (productive && !productive[index]) continue
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

/**
 * "… said the mayor is honest, and three-quarters said the same of the council": a later cue with a subject of
 * its own, after a comma, dash or ", and", ends the content at that boundary.
 */
export function cutBeforeLaterCue(
  tokens: readonly Token[],
  cues: readonly Cue[],
  cueIndex: number,
  content: [number, number] | null,
): [number, number] | null {
  if (!content) return content
  const [from, to] = content
  for (let next = cueIndex + 1; next < cues.length; next++) {
    const later = cues[next] as Cue
    if (later.start >= to) break
    if (later.start <= from + 2 || later.participle || later.coordinated) continue
    for (let at = later.start - 1; at > Math.max(from + 2, later.start - 9); at--) {
      const token = tokens[at] as Token
      const joins = /^(?:and|but|while|whereas)$/.test(token.lower) && isPunct(tokens[at - 1], /^,$/)
      if (isPunct(token, /^[,;—–-]$/) || joins) {
        let end = at
        while (end > from && isPunct(tokens[end - 1], /^[,;—–-]$/)) end--
        return [from, end]
      }
    }
  }
  return content
}

/** Where words are said in: "in a statement", "at a news conference", "on Twitter". */
const SETTING_NOUNS = wordSet(`
  statement interview email e-mail letter speech post tweet release memo note video message conference
  briefing rally hearing debate event appearance call broadcast podcast column op-ed editorial filing
  twitter facebook television radio
`)

/**
 * The index after the time and place words a report opens with: "Sunday", "on Tuesday night", "last week",
 * "in a statement", "at a news conference on Monday", "(on Twitter)". Stops at the first word that is neither.
 */
function afterSetting(tokens: readonly Token[], from: number, end: number): number {
  let at = from
  for (let guard = 0; guard < 4 && at < end; guard++) {
    const start = at
    while (at < end && isPunct(tokens[at], /^,$/)) at++
    // "late on Monday night": leads in a row, as long as a time word closes them.
    let lead = at
    while (lead < end && TIME_LEADS.has(tokens[lead]?.lower ?? '')) lead++
    if (lead > at && TIME_WORDS.has(tokens[lead]?.lower ?? '')) at = lead
    while (at < end && TIME_WORDS.has(tokens[at]?.lower ?? '')) at++
    // in / at / on / during / via + a few words ending in a setting noun
    if (/^(?:in|at|on|during|via|through)$/.test(tokens[at]?.lower ?? '')) {
      for (let look = at + 1; look < Math.min(end, at + 5); look++) {
        const word = tokens[look]
        if (!isWord(word)) break
        if (SETTING_NOUNS.has(word.lower)) {
          at = look + 1
          break
        }
      }
    }
    if (at === start) break
  }
  while (at < end && isPunct(tokens[at], /^,$/)) at++
  return at
}

/** Words a noun phrase never opens with: "rejected by", "offered up", "cited in". */
const NOT_OBJECT_LEADS = wordSet(`by up out down off in on at from for with into over as than about`)

/**
 * The object a noun-content verb reports ("cited [the figures] on Monday", "proposed [a tax on carbon] as he
 * …", "offered [to help]"): from the cue to the end of its phrase, before a comma, a subordinate clause, a new
 * clause after "and", or a closing time or setting ("Tuesday", "in a tweet").
 */
export function nounContent(
  tokens: readonly Token[],
  from: number,
  end: number,
  cue: Cue,
): [number, number] | null {
  if (!takesNounContent(cue)) return null
  const first = tokens[from]
  if (!isWord(first) || NOT_OBJECT_LEADS.has(first.lower) || SUBORDINATORS.has(first.lower)) return null
  if (first.lower === 'to' && !isWord(tokens[from + 1])) return null
  let to = from
  while (to < end) {
    const token = tokens[to] as Token
    if (token.kind !== 'word') break
    const next = tokens[to + 1]
    if (to > from && SUBORDINATORS.has(token.lower) && token.lower !== 'as') break
    if (to > from && token.lower === 'as' && SUBJECT_PRONOUNS.has(next?.lower ?? '')) break
    if (
      to > from &&
      /^(?:and|but)$/.test(token.lower) &&
      (SUBJECT_PRONOUNS.has(next?.lower ?? '') || FINITE_VERBS.has(next?.lower ?? ''))
    )
      break
    to++
  }
  to = beforeClosingSetting(tokens, from, to)
  return to > from ? [from, to] : null
}

/** The end of a phrase without the time or setting that closes it: "… on Tuesday", "… in a tweet". */
function beforeClosingSetting(tokens: readonly Token[], from: number, to: number): number {
  let end = to
  for (let hop = 0; hop < 2; hop++) {
    let at = end
    while (at > from && TIME_WORDS.has((tokens[at - 1] as Token).lower)) at--
    if (at < end) {
      while (at > from && TIME_LEADS.has((tokens[at - 1] as Token).lower)) at--
      end = at
      continue
    }
    // "… in a tweet", "… during a speech at the convention": a setting noun within the last few words.
    let cut = -1
    for (let index = end - 1; index > from && index >= end - 6; index--) {
      if (SETTING_NOUNS.has((tokens[index] as Token).lower)) {
        for (let lead = index - 1; lead > from && lead >= index - 4; lead--)
          if (/^(?:in|at|on|during|via|through)$/.test((tokens[lead] as Token).lower)) {
            cut = lead
            break
          }
        break
      }
    }
    if (cut < 0) break
    end = cut
  }
  return end
}
