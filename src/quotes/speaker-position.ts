/**
 * Who speaks: the phrase that names the speaker of a cue, before it ("Kirby said"), after an inverted one
 * ("said Jeff Eagan, president of …"), shared with the clause before a participle (", adding …"), or the main
 * clause's subject. Phrases only; resolving them to people happens in registry.ts.
 */
import { GOING_ON_VERBS, isAdverb, isPassiveLead, type Cue } from './cues.ts'
import {
  ADVERBIAL_STARTERS,
  CLAUSE_BREAKERS,
  FINITE_VERBS,
  INTRO_STARTERS,
  OPENER_QUALIFIERS,
  ROLE_MODIFIERS,
  SOURCE_NOUNS,
  SUBORDINATORS,
  SPEECH_VERBS,
  TIME_LEADS,
  TIME_WORDS,
  TITLE_WORDS,
  TRAILING_ASIDES,
} from './lexicon.ts'
import { genderOfFirstName } from './first-names.ts'
import { isPlace, parseSpeakerPhrase, type SpeakerPhrase } from './phrases.ts'
import { hasFiniteVerb } from './sentence-shape.ts'
import { BRACKET, isCapitalized, isPunct, isWord, type Token } from './tokens.ts'

/** A speaker phrase and the tokens it spans, [from, to). */
export interface PlacedPhrase {
  from: number
  to: number
  phrase: SpeakerPhrase
}

const MAX_SUBJECT_TOKENS = 14

/** Where the subject of a cue is: before it, after it ("said Jeff Eagan"), or shared with the cue before it. */
export function findSubject(
  text: string,
  tokens: readonly Token[],
  cue: Cue,
  subjects: ReadonlyArray<PlacedPhrase | null>,
  others: ReadonlyArray<PlacedPhrase | null> = [],
): PlacedPhrase | null {
  if (cue.verb === 'according to') return phraseAfter(text, tokens, cue.end, true)
  if (cue.participle || cue.coordinated) {
    const shared = (list: typeof subjects) => {
      for (let index = list.length - 1; index >= Math.max(0, list.length - 8); index--) {
        const earlier = list[index]
        // "When asked whom she supported, Ms. Sherry smiled and said": a cue that named no one lends no subject.
        if (earlier && earlier.phrase.type !== 'relative' && !closesBetween(tokens, earlier.to, cue.start))
          return { from: cue.start, to: cue.end, phrase: earlier.phrase }
      }
      return null
    }
    // The subject of the last cue that reported something; then the main clause's, a pronoun included
    // (", calling him a "stiff""); then that of any cue before it ("as Mrs. Clinton echoed the criticism,
    // saying" after "It was …"); then that of the nearest clause ("Once he was president, Mr. Obama made …,
    // announcing").
    // "…, Fiorina said, adding that …", "…, said Ana Ruiz, adding …": the clause the participle hangs on is
    // the cue straight before it, whatever that cue reported.
    const adjoining = others[others.length - 1]
    if (
      cue.participle &&
      adjoining &&
      (adjoining.phrase.type === 'named' || adjoining.phrase.type === 'pronoun') &&
      isPunct(tokens[cue.start - 1], /^,$/) &&
      (adjoining.to === cue.start - 1 ||
        (adjoining.to === cue.start - 2 && SPEECH_VERBS.has(tokens[adjoining.to]?.lower ?? '')))
    )
      return { from: cue.start, to: cue.end, phrase: adjoining.phrase }
    const reported = shared(subjects)
    if (reported) return reported
    const main = mainClauseSubject(text, tokens, cue.start, true)
    // "Ek pivoted to trade, but Ruiz brought him back, asking …": a participle with no cue before it hangs
    // on the nearest clause, a coordinate one with a name of its own, not on the sentence's first subject.
    if (cue.participle) {
      const near = clauseSubjectBefore(text, tokens, cue.start, true)
      if (
        near &&
        near.phrase.type === 'named' &&
        COORDINATORS.test(tokens[near.from - 1]?.lower ?? '') &&
        (!main ||
          (near.phrase.start > main.phrase.start &&
            // A clause of its own, a verb before it: not "Ruiz of Leith and Ek of Cairn do it by proposing".
            hasFiniteVerb(
              tokens.filter((token) => token.start >= main.phrase.end && token.end <= near.phrase.start),
            )))
      )
        return { from: cue.start, to: cue.end, phrase: near.phrase }
    }
    const someone = main && !(main.phrase.type === 'pronoun' && main.phrase.word === 'it')
    const found =
      (someone ? main : null) ?? shared(others) ?? main ?? clauseSubjectBefore(text, tokens, cue.start)
    return found ? { from: cue.start, to: cue.end, phrase: found.phrase } : null
  }
  const before =
    subjectBefore(text, tokens, cue.start) ??
    withSubjectBefore(text, tokens, cue) ??
    subjectBeforeInsertion(text, tokens, cue.start)
  if (before) return before
  if (!isInverted(tokens, cue))
    return possessorBefore(text, tokens, cue) ?? plainSubjectBefore(text, tokens, cue.start)
  const after = phraseAfter(text, tokens, cue.end, false)
  // "Ruiz, the mayor's envoy to the port since 2019, said Ek failed to …": a verb straight after the name
  // makes it the subject of what was said, not the speaker. Who spoke is the main clause's subject.
  if (after && startsPredicate(tokens[after.to])) {
    const verb = tokens[cue.start] as Token
    return { from: cue.start, to: cue.start, phrase: { type: 'relative', start: verb.start, end: verb.end } }
  }
  return after
}

/**
 * "…, with Gorka noting …", "with Sen. Ana Ruiz telling reporters …": the participle's subject is the name
 * between "with" and it, however short.
 */
function withSubjectBefore(text: string, tokens: readonly Token[], cue: Cue): PlacedPhrase | null {
  if (!(tokens[cue.start] as Token).lower.endsWith('ing')) return null
  let from = cue.start - 1
  while (from > 0 && cue.start - from <= 8 && isWord(tokens[from]) && tokens[from]?.lower !== 'with') from--
  if (tokens[from]?.lower !== 'with' || from >= cue.start - 1) return null
  const words = tokens.slice(from + 1, cue.start)
  if (!isCapitalized(words[words.length - 1])) return null
  const phrase = parseSpeakerPhrase(text, words)
  return phrase && phrase.type === 'named' ? { from: from + 1, to: cue.start, phrase } : null
}

/** Prepositions that open a phrase set between a subject and its verb: "Trump in his speech said". */
const INSERTION_PREPOSITIONS = /^(?:in|at|on|during|via|through|from|with|after|before|over|amid|throughout)$/
/** How many words an inserted phrase may hold. */
const INSERTION_REACH = 8

/**
 * "Trump in his announcement speech called …", "Jeb Bush in a Medium post said": a prepositional phrase with
 * no comma between a name and its verb. The subject is read before the preposition that follows a name.
 */
function subjectBeforeInsertion(
  text: string,
  tokens: readonly Token[],
  cueStart: number,
): PlacedPhrase | null {
  // Only a verb that cannot be a noun: "Reading from a prepared text" ends in a noun, not a verb.
  const verb = tokens[cueStart]?.lower ?? ''
  if (!/^[a-z]{3,}ed$/.test(verb) && !SAY_PASTS.has(verb)) return null
  const last = beforeVerbChain(tokens, cueStart - 1)
  for (let index = last; index > 0 && last - index < INSERTION_REACH; index--) {
    const token = tokens[index] as Token
    if (!isWord(token)) return null
    // A verb inside the phrase makes it a clause of its own: "Trump in a speech that he gave said".
    if (!isCapitalized(token) && (FINITE_VERBS.has(token.lower) || CLAUSE_BREAKERS.has(token.lower)))
      return null
    if (!INSERTION_PREPOSITIONS.test(token.text)) continue
    // The phrase opens on a determiner or a name ("in his speech", "in Iowa"), not "Six in ten voters".
    const object = tokens[index + 1]
    if (!isWord(object) || !(isCapitalized(object) || /^(?:a|an|the|his|her|its|their)$/.test(object.lower)))
      return null
    const previous = tokens[index - 1]
    if (!isWord(previous) || !(isCapitalized(previous) || /^(?:he|she|they)$/.test(previous.lower))) continue
    const found = subjectBefore(text, tokens, index)
    if (!found || (found.phrase.type !== 'named' && found.phrase.type !== 'pronoun')) return null
    return opensPlainly(tokens, found) ? found : null
  }
  return null
}

/**
 * A subject that opens its clause with nothing but a role before the name: not "activists clamoring to block
 * Donald Trump from the nomination say", nor "insiders who think Rubio has a chance to overtake Trump in New
 * Hampshire — … — stressed".
 */
function opensPlainly(tokens: readonly Token[], found: { from: number; phrase: SpeakerPhrase }): boolean {
  const lead = tokens[found.from - 1]
  if (
    lead &&
    !isPunct(lead, /^[,;:—–(]$/) &&
    !(CLAUSE_BREAKERS.has(lead.lower) && !RELATIVE_START.test(lead.lower))
  )
    return false
  for (
    let index = found.from;
    index < tokens.length && (tokens[index] as Token).start < found.phrase.start;
    index++
  ) {
    const word = tokens[index] as Token
    if (
      !isCapitalized(word) &&
      !/^(?:the|a|an)$/.test(word.lower) &&
      !TITLE_WORDS.has(word.lower) &&
      !ROLE_MODIFIERS.has(word.lower) &&
      !SOURCE_NOUNS.has(word.lower) &&
      // "GOP front-runner Donald Trump": a hyphenated role made of nouns.
      !(/^[a-z]+(?:-[a-z]+)+$/.test(word.lower) && word.lower.split('-').every(plainNoun)) &&
      !isPunct(word, /^[,()]$/)
    )
      return false
  }
  return true
}

/** Past forms of speech verbs that are never nouns. */
const SAY_PASTS = new Set(['said', 'says', 'told', 'wrote', 'spoke'])

/** How far apart an earlier subject and a later cue may be for closesBetween to look. */
const ASIDE_REACH = 60

/**
 * "… called them "rapists" (although he allowed that …) and promised …": a bracket that closes between an
 * earlier cue's subject and a later cue sets that subject in an aside the later verb does not share.
 */
function closesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > ASIDE_REACH) return false
  let depth = 0
  for (let index = from; index < to; index++) {
    const token = tokens[index]
    if (isPunct(token, /^[([]$/)) depth++
    else if (isPunct(token, /^[)\]]$/) && depth-- === 0) return true
  }
  return false
}

/** How many words may stand between a possessor and the noun cue it owns: "Podliska's most explosive claim". */
const POSSESSED_REACH = 3

/**
 * "Trump's false claims that …", "Sanders's clarion call for a "revolution"", "Bush's Facebook post: "…"": a
 * cue that is a noun owned by a name. Whose claim, post or call it is, says what was claimed. Not "Clinton's
 * campaign manager said": a source noun or a title between them is the speaker, and a verb is no noun.
 */
function possessorBefore(text: string, tokens: readonly Token[], cue: Cue): PlacedPhrase | null {
  if (/ed$/.test(cue.verb) || SAY_PASTS.has(cue.verb)) return null
  let index = cue.start - 1
  for (; index >= 0 && cue.start - index <= POSSESSED_REACH; index--) {
    const token = tokens[index]
    if (!isWord(token)) return null
    if (isCapitalized(token) && /['’]s?$/.test(token.text) && /[A-Za-z]['’]s?$/.test(token.text)) break
    if (
      FINITE_VERBS.has(token.lower) ||
      CLAUSE_BREAKERS.has(token.lower) ||
      SOURCE_NOUNS.has(token.lower) ||
      TITLE_WORDS.has(token.lower) ||
      /^(?:a|an|the|this|that|his|her|their|its|of|to|in|for|on|at|by|with)$/.test(token.lower)
    )
      return null
  }
  if (index < 0 || cue.start - index > POSSESSED_REACH) return null
  let from = index
  while (
    from > 0 &&
    index - from < 4 &&
    isCapitalized(tokens[from - 1]) &&
    !/['’]s?$/.test(tokens[from - 1]?.text ?? '')
  )
    from--
  const phrase = parseSpeakerPhrase(text, tokens.slice(from, index + 1))
  if (phrase?.type !== 'named') return null
  return { from, to: cue.start, phrase }
}

/** A verb that opens a predicate: "failed", "is", "must", "will". */
function startsPredicate(token: Token | undefined): boolean {
  if (!isWord(token) || isCapitalized(token)) return false
  return FINITE_VERBS.has(token.lower) || /^[a-z]{3,}ed$/.test(token.lower)
}

/**
 * "An early post said", "Less than a third of voters said": a subject no pattern reads as a person or a body.
 * It is still the subject, so what it said is still a quotation: given to the words as written, an unnamed
 * source that can never be a wrong name.
 */
function plainSubjectBefore(text: string, tokens: readonly Token[], cueStart: number): PlacedPhrase | null {
  let last = cueStart - 1
  while (last >= 0 && (isAdverb(tokens[last]) || TRAILING_ASIDES.has(tokens[last]?.lower ?? ''))) last--
  last = beforeAside(tokens, last)
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
  if (words.length > 6 || !isNounPhrase(words)) return null
  // "defensive Obama said": the capitalised name at the end is the subject.
  if (isCapitalized(head)) {
    let from = words.length - 1
    while (from > 0 && isCapitalized(words[from - 1])) from--
    const named = parseSpeakerPhrase(text, words.slice(from))
    // The frame spans the words before the name too: "…," a senior Democrat said has the quotation just before it.
    return named && named.type === 'named' ? { from: first, to: last + 1, phrase: named } : null
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

function subjectBefore(text: string, tokens: readonly Token[], cueStart: number): PlacedPhrase | null {
  let last = beforeVerbChain(tokens, cueStart - 1)
  last = beforeAside(tokens, last)
  last = beforeParenthesis(tokens, last)
  last = beforeTimePhrase(tokens, last)
  if (last < 0) return null
  const token = tokens[last] as Token

  // "Ruiz — who lost the race — said", "A former candidate -- John McCain, who lost in 2008 -- said": the
  // subject stands before the aside, or opens it when what stands before is no name.
  if (isPunct(token, /^[—–-]$/)) {
    const open = openingDash(tokens, last)
    if (open < 0) return null
    const outer = subjectBefore(text, tokens, open)
    if (outer && (outer.phrase.type === 'named' || outer.phrase.type === 'pronoun'))
      return opensPlainly(tokens, outer) ? { from: outer.from, to: last + 1, phrase: outer.phrase } : null
    let begin = open + 1
    while (isPunct(tokens[begin], /^-$/)) begin++
    let end = begin
    while (end < last && isWord(tokens[end])) end++
    const inner =
      end > begin && isPunct(tokens[end], /^[,—–-]$/)
        ? parseSpeakerPhrase(text, tokens.slice(begin, end))
        : null
    if (inner?.type === 'named' && inner.kind === 'person')
      return { from: begin, to: last + 1, phrase: inner }
    return outer
  }

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
    while (
      first === 0 &&
      first < last &&
      (CLAUSE_BREAKERS.has((tokens[0] as Token).lower) || ADVERBIAL_STARTERS.has((tokens[0] as Token).lower))
    )
      first++
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
    // "Democracy for America, or DFA - which … - said": another name for what stands before the comma.
    if (tokens[first - 1]?.lower === 'or' && isPunct(tokens[first - 2], /^,$/))
      return subjectBefore(text, tokens, first - 1)
    // "Ana Ruiz, the harbour guru who founded the trust tweeted": a description closed by a relative clause
    // whose closing comma is missing. The person before the description speaks.
    const relative = RELATIVE_START.test(tokens[first]?.lower ?? '') ? first : first - 1
    if (RELATIVE_START.test(tokens[relative]?.lower ?? '') && isWord(tokens[relative - 1])) {
      let start = relative - 1
      while (start > 0 && isWord(tokens[start - 1]) && relative - start < 8) start--
      const described = unclosedApposition(text, tokens, start, last)
      if (described) return described
    }
    // "And even Obama tried": a word that stresses the subject is not part of it.
    const focused = first < last && FOCUS_WORDS.test((tokens[first] as Token).lower)
    const phrase = parseSpeakerPhrase(text, tokens.slice(focused ? first + 1 : first, last + 1))
    if (!phrase || phrase.type === 'descriptor') {
      const person = unclosedApposition(text, tokens, first, last, phrase)
      if (person || !phrase) return person
    }
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
    for (let hop = 0; hop < 5; hop++) {
      const chunk = chunkBefore(tokens, comma)
      if (!chunk) return null
      const [from, to, rawFrom] = chunk
      const chunkTokens = tokens.slice(from, to)
      // "…, a fisherman from Lowmoor, Kestrel County, said": the chunk goes on saying where from.
      const place = isPlace(chunkTokens) || (placeGoesOn(tokens, rawFrom) && !namesPerson(text, chunkTokens))
      // "Ms. Arnold, who helped found EDGE, said": a relative clause names no speaker; "Jacob Shiansky, 24,": an age.
      // "…, a Republican, said", "…, attending the Tea Party Convention, said": a description or a participle
      // phrase names no one, whatever capitals it holds.
      const lead = chunkTokens[0] as Token
      const aside =
        RELATIVE_START.test(tokens[rawFrom]?.lower ?? '') ||
        // "…, Democracy for America, or DFA, said": another name for what the chunk before names.
        (tokens[rawFrom]?.lower === 'or' && hop === 0) ||
        isAge(chunkTokens) ||
        (chunkTokens.length > 1 &&
          isPunct(tokens[rawFrom - 1], /^,$/) &&
          (/^(?:a|an|along|with|like|unlike|including)$/.test(lead.text) ||
            /^[a-z]{3,}(?:ing|ed)$/.test(lead.text))) ||
        // "Pantucci, at the Royal United Services Institute, said": where someone works, set off by commas,
        // names the body, not the speaker before it.
        (hop === 0 && prepositionalAside(tokens, chunkTokens, rawFrom))
      const phrase = place || aside ? null : parseSpeakerPhrase(text, chunkTokens)
      const appositive = place || aside || isAppositive(chunkTokens)
      // "Penhallow, asked whether …, was careful": a name alone before a comma at the start of the sentence is
      // the subject of some later verb; the cue here is a passive participle.
      const startsSentence = hop === 0 && !tokens.slice(0, rawFrom).some(isWord)
      if (
        phrase &&
        (phrase.type === 'named' || phrase.type === 'pronoun') &&
        !startsSentence &&
        !(appositive && nextChunkIsName(text, tokens, rawFrom))
      ) {
        // "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said", "Michael Seaman,
        // who lives outside the state capital, Sacramento, said": the name ends the description of an earlier one.
        const earlier = phrase.type === 'named' ? personBeforeDescription(text, tokens, rawFrom) : null
        if (earlier) return { from: earlier.from, to: last + 1, phrase: earlier.phrase }
        if (phrase.type === 'named' && role && !phrase.role) phrase.role = role
        return { from, to: last + 1, phrase }
      }
      if (!appositive && !(phrase && phrase.type === 'descriptor')) return null
      if (
        !RELATIVE_START.test(tokens[rawFrom]?.lower ?? '') &&
        !(hop === 0 && prepositionalAside(tokens, chunkTokens, rawFrom)) &&
        chunkTokens.length > 1
      )
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

/** Words that stress a subject before it: "even Obama", "only Clinton". */
const FOCUS_WORDS = /^(?:even|only|just)$/

/**
 * "Sen. Ana Ruiz (D-Vt.), a supporter of the bill told …": a description after a person's name whose closing
 * comma is missing. The description (from `first` to `last`) names no one; the person before it speaks.
 */
function unclosedApposition(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  phrase: SpeakerPhrase | null = null,
): PlacedPhrase | null {
  if (!isPunct(tokens[first - 1], /^,$/)) return null
  const lead = tokens[first] as Token
  const words = tokens.slice(first, last + 1)
  // "Gary Byrne, a former agent for the service has written", "Ana Ruiz, president and CEO of the Kestrel
  // Fund stated": a description; "Stacy Baker of Columbia, South Carolina says": where from, in parts.
  const described = /^(?:a|an|the)$/.test(lead.lower)
  const role =
    phrase?.type === 'descriptor' &&
    !isCapitalized(lead) &&
    (TITLE_WORDS.has(lead.lower) || ROLE_MODIFIERS.has(lead.lower) || SOURCE_NOUNS.has(lead.lower))
  const place = phrase === null && isPlace(words) && placeGoesOn(tokens, first)
  if (!described && !role && !place) return null
  const chunk = chunkBefore(tokens, first - 1)
  if (!chunk) return null
  const chunkTokens = tokens.slice(chunk[0], chunk[1])
  const named = parseSpeakerPhrase(text, chunkTokens)
  if (named?.type !== 'named' || named.kind !== 'person') return null
  // A description that parsed as one (not "a spokesman") must follow what is surely a person's name.
  if (phrase !== null && !namesPerson(text, chunkTokens)) return null
  // "When asked, the spokesman said": the name must open its chunk, with no clause word before it.
  if (phrase !== null && chunk[0] !== chunk[2]) return null
  if (!named.role && phrase?.type === 'descriptor') named.role = phrase.text
  return { from: chunk[0], to: last + 1, phrase: named }
}

/** "…, at the Royal Institute, said", "…, of the Kestrel Fund, said": a chunk that opens with a preposition. */
function prepositionalAside(tokens: readonly Token[], chunk: readonly Token[], rawFrom: number): boolean {
  const lead = chunk[0]
  return (
    chunk.length > 1 &&
    isPunct(tokens[rawFrom - 1], /^,$/) &&
    isWord(lead) &&
    !isCapitalized(lead) &&
    /^(?:at|of|from|for|in|on)$/.test(lead.lower) &&
    !chunk.some((token) => /^(?:what|which|who|where|when)$/.test(token.lower))
  )
}

/** "Jacob Shiansky, 24, said": an age set off by commas. */
function isAge(chunk: readonly Token[]): boolean {
  return chunk.length === 1 && /^\d{1,3}$/.test((chunk[0] as Token).text)
}

/** "…, the director of the F.B.I., James B. Comey, said": a chunk that is surely a person's name, not a place. */
function namesPerson(text: string, chunk: readonly Token[]): boolean {
  const phrase = parseSpeakerPhrase(text, chunk)
  if (phrase?.type !== 'named' || phrase.kind !== 'person') return false
  return (
    phrase.role !== undefined ||
    genderOfFirstName(phrase.name) !== undefined ||
    chunk.some((token) => /^[A-Z]\.$/.test(token.text))
  )
}

/** The chunk before the comma ahead of `chunkFrom` ends "from|in|of <Capitalised>": a place named in parts. */
function placeGoesOn(tokens: readonly Token[], chunkFrom: number): boolean {
  if (!isPunct(tokens[chunkFrom - 1], /^,$/)) return false
  let index = chunkFrom - 2
  while (index >= 0 && isCapitalized(tokens[index])) index--
  if (!(index < chunkFrom - 2 && /^(?:from|in|of)$/.test(tokens[index]?.lower ?? ''))) return false
  // "Alarmed by the unrest in Nevada, Senator Harry Reid, …": the place ends an opening phrase, and the
  // subject comes after it.
  while (index > 0 && !isPunct(tokens[index - 1], /^[,;:—–]$/) && tokens[index - 1]?.kind !== 'quote') index--
  const opener = tokens[index]
  const opensSentence = !tokens.slice(0, index).some(isWord)
  return !(
    opensSentence &&
    opener !== undefined &&
    (INTRO_STARTERS.has(opener.lower) ||
      ADVERBIAL_STARTERS.has(opener.lower) ||
      /(?:ing|ed|ly)$/.test(opener.lower))
  )
}

/** Sentence adverbs between a subject and its verb: "Carter however said", "Trump at the time said". */
const ASIDE_WORDS =
  /^(?:however|though|meanwhile|instead|nonetheless|nevertheless|still|soon|also|too|then|now|again|once)$/
const ASIDE_PHRASES = [
  ['at', 'the', 'time'],
  ['in', 'turn'],
  ['in', 'response'],
  ['at', 'first'],
  ['for', 'his', 'part'],
  ['for', 'her', 'part'],
  ['for', 'its', 'part'],
  ['for', 'their', 'part'],
]

/** The index before any sentence adverbs ending at `last`, a few at most. */
function beforeAside(tokens: readonly Token[], last: number): number {
  for (let hop = 0; hop < 2 && last > 0; hop++) {
    const token = tokens[last] as Token
    if (isWord(token) && !isCapitalized(token) && ASIDE_WORDS.test(token.lower)) {
      last--
      continue
    }
    const phrase = ASIDE_PHRASES.find(
      (words) =>
        last - words.length >= 0 &&
        words.every((word, index) => tokens[last - words.length + 1 + index]?.lower === word),
    )
    if (!phrase) break
    last -= phrase.length
  }
  return last
}

/** Words that stand between a subject and its verb: "have both argued", "all agree". */
const FLOATING_QUANTIFIERS = /^(?:both|all|each|being)$/

/**
 * "has lately started asking", "continued to assert", "have both argued", "went on to say": the index before the
 * auxiliaries, adverbs and verbs of going on that end at `last`, where the subject ends.
 */
function beforeVerbChain(tokens: readonly Token[], last: number): number {
  for (let hop = 0; hop < 8 && last >= 0; hop++) {
    const token = tokens[last]
    if (isAdverb(token)) {
      last--
      continue
    }
    if (!isWord(token) || isCapitalized(token)) break
    const previous = tokens[last - 1]?.lower ?? ''
    if (
      GOING_ON_VERBS.has(token.lower) ||
      FLOATING_QUANTIFIERS.test(token.lower) ||
      (token.lower === 'to' && GOING_ON_VERBS.has(previous)) ||
      (token.lower === 'to' &&
        previous === 'on' &&
        /^(?:went|goes|go|gone)$/.test(tokens[last - 2]?.lower ?? '')) ||
      (token.lower === 'on' && /^(?:went|goes|go|gone)$/.test(previous)) ||
      // "Ruiz was prompted to say": the passive's subject speaks.
      (token.lower === 'to' && isPassiveLead(tokens, last - 1)) ||
      (isPassiveLead(tokens, last) && tokens[last + 1]?.lower === 'to') ||
      (PASSIVE_AUX.test(token.lower) && isPassiveLead(tokens, last + 1))
    ) {
      last--
      continue
    }
    break
  }
  return last
}

const PASSIVE_AUX = /^(?:was|were|is|are|been|be)$/

/** How long an aside set off by dashes may be. */
const MAX_DASH_ASIDE_TOKENS = 40

/** The first dash of the pair whose closing dash (one, or "--") ends at `close`; -1 if none near. */
function openingDash(tokens: readonly Token[], close: number): number {
  let index = close - 1
  if (isPunct(tokens[index], /^-$/)) index--
  for (; index > 0 && close - index <= MAX_DASH_ASIDE_TOKENS; index--) {
    if (!isPunct(tokens[index], /^[—–-]$/)) continue
    return isPunct(tokens[index - 1], /^-$/) ? index - 1 : index
  }
  return -1
}

/** How long a bracketed aside may be: "Sen. Chris Ek (a Vermont Democrat so young he is taken for an aide)". */
const MAX_ASIDE_TOKENS = 24

/** "Rep. Lena Marsh (D-Vt.) said": the index before a parenthesis that ends at `last`, else `last`. */
function beforeParenthesis(tokens: readonly Token[], last: number): number {
  if (!isPunct(tokens[last], /^\)$/)) return last
  const open = openingBracket(tokens, last)
  return open < 0 ? last : open - 1
}

/** The "(" that the ")" at `close` closes, a short way back and with no sentence stop inside; -1 if none. */
function openingBracket(tokens: readonly Token[], close: number): number {
  for (let index = close - 1; index >= Math.max(0, close - MAX_ASIDE_TOKENS); index--) {
    const token = tokens[index]
    if (isPunct(token, /^\($/)) return index
    if (isPunct(token, /^[)]$/) || tokens[index]?.kind === 'quote') return -1
  }
  return -1
}

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

function personBeforeDescription(
  text: string,
  tokens: readonly Token[],
  chunkFrom: number,
): { from: number; phrase: SpeakerPhrase } | null {
  if (!isPunct(tokens[chunkFrom - 1], /^,$/)) return null
  const description = chunkBefore(tokens, chunkFrom - 1)
  if (!description) return null
  const [, , descriptionFrom] = description
  const lead = tokens[descriptionFrom]?.lower ?? ''
  if (!RELATIVE_START.test(lead) && !/^(?:a|an|the)$/.test(lead)) return null
  if (!isPunct(tokens[descriptionFrom - 1], /^,$/)) return null
  const named = chunkBefore(tokens, descriptionFrom - 1)
  if (!named) return null
  const phrase = parseSpeakerPhrase(text, tokens.slice(named[0], named[1]))
  if (phrase?.type !== 'named' || phrase.kind !== 'person') return null
  if (!RELATIVE_START.test(lead) && !phrase.role) {
    const [from, to] = description
    phrase.role = text
      .slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end)
      .replace(/^(?:an?|the)\s+/i, '')
  }
  return { from: named[0], phrase }
}

function nextChunkIsName(text: string, tokens: readonly Token[], chunkFrom: number): boolean {
  if (!isPunct(tokens[chunkFrom - 1], /^,$/)) return false
  const chunk = chunkBefore(tokens, chunkFrom - 1)
  if (!chunk) return false
  const phrase = parseSpeakerPhrase(text, tokens.slice(chunk[0], chunk[1]))
  return phrase?.type === 'named' && phrase.kind === 'person'
}

/**
 * "Md.", "R-Fla.", "D-S.C.": a state or a party and state set off by commas. The tokenizer leaves the full
 * stop of "R-Fla." apart, so a chunk of the word and its stop is one too.
 */
function isStateOrParty(chunk: readonly Token[]): boolean {
  const first = chunk[0]
  if (!first || chunk.length > 2) return false
  if (chunk.length === 2 && !(isPunct(chunk[1], /^\.$/) && /^[DRI]-/.test(first.text))) return false
  return /^(?:[A-Z][a-z]{1,4}\.|[DRI]-[A-Z][\w.]*)$/.test(first.text)
}

/** A phrase set off by commas that describes rather than names: a role, a state ("Md."), a relative clause. */
function isAppositive(chunk: readonly Token[]): boolean {
  const first = chunk[0]
  if (!first) return false
  if (RELATIVE_START.test(first.lower)) return true
  if (isStateOrParty(chunk)) return true
  if (/^(?:a|an|the)$/.test(first.lower)) return true
  // Any lower-case word ("president of the union", "a founding member") makes it a description, not a name.
  return chunk.some((token) => token.kind === 'word' && !isCapitalized(token))
}

/** A short quoted name inside a phrase, words either side: "wearing "Ek for Mayor" pins". */
function quotedWithin(tokens: readonly Token[], at: number): boolean {
  const quote = tokens[at] as Token
  return (
    isWord(tokens[at - 1]) &&
    isWord(tokens[at + 1]) &&
    !isCapitalized(tokens[at - 1]) &&
    quote.text.split(/\s+/).length <= 4
  )
}

/**
 * The tokens between the comma at `comma` and the comma or sentence start before it: [from, to), leading
 * clause words skipped, and where the chunk really starts.
 */
function chunkBefore(tokens: readonly Token[], comma: number): [number, number, number] | null {
  let from = comma
  while (
    from > 0 &&
    !isPunct(tokens[from - 1], /^[,;:—–(]$/) &&
    (tokens[from - 1]?.kind !== 'quote' || quotedWithin(tokens, from - 1))
  ) {
    // "Sen. Ana Ruiz (D-Vt.), …": a bracketed aside inside the chunk is passed over whole; an opening bracket
    // with no close ("… for what it is (Raphael Lemkin, who …, said") starts the chunk.
    if (isPunct(tokens[from - 1], /^\)$/)) {
      const open = openingBracket(tokens, from - 1)
      if (open < 0) break
      from = open
      continue
    }
    from--
  }
  // A relative clause set off by commas may run long: "Brown, who lost to Clinton in 1992 and whose …, said".
  // A relative clause or a description set off by commas may run long: "Brown, who lost to Clinton in 1992 and
  // whose …, said", "Trump, the GOP front-runner nationally and current polling leader in …, said".
  const long =
    RELATIVE_START.test(tokens[from]?.lower ?? '') || /^(?:the|a|an)$/.test(tokens[from]?.text ?? '')
  const limit = long ? 3 * MAX_SUBJECT_TOKENS : MAX_SUBJECT_TOKENS + 6
  if (from === comma || comma - from > limit) return null
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
): PlacedPhrase | null {
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
      // "said former tech executive Ana Ruiz during the debate": the phrase ends after the name, whether or
      // not role words opened it.
      (isCapitalized(tokens[from]) || isCapitalized(tokens[to - 1])) &&
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
  // "said his best friend at Lehigh, Bruce Turry": a description, then the name it belongs to.
  if ((!phrase || phrase.type === 'descriptor') && !allowQuotes && isPunct(tokens[to], /^,$/)) {
    let end = to + 1
    while (end < tokens.length && isCapitalized(tokens[end]) && end - to <= 5) end++
    const named = end > to + 1 ? parseSpeakerPhrase(text, tokens.slice(to + 1, end)) : null
    const closes = end >= tokens.length || tokens[end]?.kind === 'punct'
    if (named?.type === 'named' && named.kind === 'person' && closes) {
      named.role ??= text
        .slice((phraseTokens[0] as Token).start, (phraseTokens[phraseTokens.length - 1] as Token).end)
        .replace(/^(?:an?|the)\s+/i, '')
      return { from, to: end, phrase: named }
    }
  }
  if (!phrase || phrase.type === 'relative') return null
  if (phrase.type === 'named' && !phrase.role && isPunct(tokens[to], /^,$/)) {
    const role = appositiveAfter(text, tokens, to)
    if (role) phrase.role = role
  }
  return { from, to, phrase }
}

/** "said CBS moderator Nancy Cordes": lower-case role words at `at`, then a capitalised name. */
function rolesBeforeName(tokens: readonly Token[], at: number): boolean {
  let index = at
  while (index < at + 5 && isWord(tokens[index]) && !isCapitalized(tokens[index])) {
    const lower = (tokens[index] as Token).lower
    // "co-host", "vice-chair": a hyphenated role; "1st" in "1st Lt.": a rank's ordinal.
    const part = lower.slice(lower.lastIndexOf('-') + 1)
    const role = (word: string) => TITLE_WORDS.has(word) || SOURCE_NOUNS.has(word) || ROLE_MODIFIERS.has(word)
    if (
      !role(lower) &&
      !role(part) &&
      !/^\d+(?:st|nd|rd|th)$/.test(lower) &&
      !plainNoun(lower) &&
      !(part !== lower && plainNoun(part))
    )
      return false
    index++
  }
  return index > at && isCapitalized(tokens[index])
}

/** "said Virginia delegate Beau Correll": a lower-case word that can only be a noun before a name. */
function plainNoun(lower: string): boolean {
  return (
    /^[a-z]{3,}$/.test(lower) &&
    (!/(?:ly|ing|ed)$/.test(lower) || lower === 'ally') &&
    !CLAUSE_BREAKERS.has(lower) &&
    !ADVERBIAL_STARTERS.has(lower) &&
    !FINITE_VERBS.has(lower) &&
    !SPEECH_VERBS.has(lower) &&
    !TIME_WORDS.has(lower) &&
    !TIME_LEADS.has(lower)
  )
}

function appositiveAfter(text: string, tokens: readonly Token[], comma: number): string | undefined {
  let from = comma + 1
  for (let hop = 0; hop < 2; hop++) {
    let to = from
    while (to < tokens.length && !isPunct(tokens[to], /^[,;:.—–]$/) && tokens[to]?.kind !== 'quote') to++
    const chunk = tokens.slice(from, to)
    const first = chunk[0]
    if (!first || first.kind !== 'word') return undefined
    if (isStateOrParty(chunk)) {
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
export function extendOverAppositive(
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
      chunk.some(
        (token) => token.kind === 'word' && SPEECH_VERBS.has(token.lower) && !isCapitalized(token),
      ) ||
      // "According to the survey, the water has risen.": a chunk running to the sentence's end is the content.
      (strict && !isPunct(tokens[to], /^,$/)) ||
      (strict && hasFiniteVerb(chunk))
    )
      return end - 1
    end = to
    if (!isPunct(tokens[to], /^,$/) || tokens[to + 1]?.kind === 'quote') return end
    end = to + 1
  }
  return end
}

/**
 * The subject of the main clause, for a participle with no cue before it: "…, the First Lady tore into …,
 * insinuating". `pronouns` also takes a pronoun ("However, he held his fire …, calling …").
 */
export function mainClauseSubject(
  text: string,
  tokens: readonly Token[],
  before: number,
  pronouns = false,
): { phrase: SpeakerPhrase } | null {
  let from = afterDateline(tokens)
  // "And then Trump went on the attack, saying …": a joining word opens the sentence, not its subject.
  while (from < before - 1 && SENTENCE_JOINERS.has(tokens[from]?.lower ?? '')) from++
  // "Then he cut into Bush, calling …": one adverb straight before a pronoun is no opening phrase.
  if (
    pronouns &&
    (SENTENCE_ADVERBS.has(tokens[from]?.lower ?? '') || ADVERBIAL_STARTERS.has(tokens[from]?.lower ?? '')) &&
    // "As they met in Ottawa, Trump …": a clause word opens a clause of its own, not the main one.
    !CLAUSE_BREAKERS.has(tokens[from]?.lower ?? '') &&
    /^(?:he|she|they|we|i)$/.test(tokens[from + 1]?.lower ?? '') &&
    isWord(tokens[from])
  )
    from++
  const opener = tokens[from] as Token | undefined
  // "Walking to his car, …", "Later, …": an opening phrase before the comma is not the subject.
  const opensWithPhrase =
    opener !== undefined &&
    (INTRO_STARTERS.has(opener.lower) ||
      ADVERBIAL_STARTERS.has(opener.lower) ||
      SENTENCE_ADVERBS.has(opener.lower) ||
      // "Carly Fiorina threw …": a name that ends like a participle or an adverb is still a name.
      (/(?:ing|ed|ly)$/.test(opener.lower) && !isCapitalized(tokens[from + 1])) ||
      // "Years after Ruiz claimed …, Ek …": a subordinate clause, a word or two qualifying it.
      (OPENER_QUALIFIERS.has(opener.lower) &&
        (SUBORDINATORS.has(tokens[from + 1]?.lower ?? '') ||
          (OPENER_QUALIFIERS.has(tokens[from + 1]?.lower ?? '') &&
            SUBORDINATORS.has(tokens[from + 2]?.lower ?? '')))))
  // "Citing last week's attack as a wake-up call …": an opening phrase with no comma before the cue has no subject yet.
  if (opensWithPhrase && !tokens.slice(0, before).some((token) => isPunct(token, /^,$/))) return null
  if (opensWithPhrase) {
    while (from < before && !isPunct(tokens[from], /^,$/)) from++
    from++
    // "Speaking in Lowmoor, Kestrel County, Ruiz …": the place goes on past the comma.
    let next = from
    while (next < before && !isPunct(tokens[next], /^,$/)) next++
    if (next < before && isPlace(tokens.slice(from, next))) from = next + 1
    // "Speaking in Concord, which votes Tuesday, Bush …": a relative clause on the opening phrase goes too.
    next = from
    while (next < before && !isPunct(tokens[next], /^,$/)) next++
    if (next < before && RELATIVE_START.test(tokens[from]?.lower ?? '')) from = next + 1
    // "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders …": a state and a time go on.
    for (let hop = 0; hop < 3; hop++) {
      next = from
      while (next < before && !isPunct(tokens[next], /^,$/)) next++
      if (next >= before) break
      // "At the hearing,, Mayor …": a doubled comma (a slip of the keyboard) leaves nothing between; step over it.
      if (next === from) {
        from = next + 1
        continue
      }
      const chunk = tokens.slice(from, next)
      const state =
        chunk.length === 1 && /^(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,})$/.test((chunk[0] as Token).text)
      const time = ADVERBIAL_STARTERS.has((chunk[0] as Token).lower) && !isCapitalized(chunk[0])
      if (!state && !time && !isPlace(chunk)) break
      from = next + 1
    }
  }
  // "However, he held his fire …": a pronoun is the whole subject.
  if (pronouns && /^(?:he|she|they|we|i)$/.test(tokens[from]?.lower ?? '') && from < before) {
    const phrase = parseSpeakerPhrase(text, tokens.slice(from, from + 1))
    return phrase && phrase.type !== 'relative' ? { phrase } : null
  }
  const nounish = (token: Token | undefined) =>
    isWord(token) &&
    (isCapitalized(token) ||
      /^(?:the|a|an|first|former|senior|top|chief|deputy)$/.test(token.lower) ||
      SOURCE_NOUNS.has(token.lower) ||
      TITLE_WORDS.has(token.lower) ||
      // "Democratic presidential candidate Bernie Sanders": role words between capitals.
      (ROLE_MODIFIERS.has(token.lower) && isCapitalized(tokens[from])))
  // "76-year-old Morton Blackwell": an age before the name is not part of it.
  if (/^\d+-year-old$/.test(tokens[from]?.lower ?? '') && isCapitalized(tokens[from + 1])) from++
  let to = from
  // An adjective counts when a noun of the subject follows it: "the striking workers".
  const sourceNoun = (token: Token | undefined) => isWord(token) && SOURCE_NOUNS.has(token.lower)
  while (
    to < before &&
    (nounish(tokens[to]) ||
      (isWord(tokens[to]) &&
        to > from &&
        sourceNoun(tokens[to + 1]) &&
        // "Netanyahu rallied supporters", "Trump primes supporters": after a name, a verb and its object.
        // "A German news organization": after an article, the word is an adjective or a noun.
        !(
          isCapitalized(tokens[to - 1]) &&
          !isCapitalized(tokens[to]) &&
          !/^(?:the|a|an)$/.test(tokens[from]?.lower ?? '') &&
          /(?:ed|[^s]s)$/.test(tokens[to]?.lower ?? '')
        )) ||
      // "Band member Flea": a plain noun between capitals; "Republican presidential front-runner Donald
      // Trump": role words, then the name.
      (to > from &&
        isCapitalized(tokens[to - 1]) &&
        isCapitalized(tokens[to + 1]) &&
        plainNoun((tokens[to] as Token).lower)) ||
      (to > from &&
        !isCapitalized(tokens[to]) &&
        !(isCapitalized(tokens[to - 1]) && isCapitalized(tokens[to - 2]) && to - 2 >= from) &&
        !VERB_OR_PRONOUN.test(tokens[to]?.lower ?? '') &&
        rolesBeforeName(tokens, to)))
  )
    to++
  if (to === from) return null
  // "A spokesman for Platte River", "Attorneys for Clinton": the body a source noun speaks for goes with it.
  const headWord = tokens[to - 1]
  if (
    to < before &&
    isWord(headWord) &&
    (SOURCE_NOUNS.has(headWord.lower) || TITLE_WORDS.has(headWord.lower)) &&
    /^(?:for|of|at)$/.test(tokens[to]?.lower ?? '')
  ) {
    let end = to + 1
    if (tokens[end]?.lower === 'the') end++
    const named = end
    while (end < before && isCapitalized(tokens[end])) end++
    if (end > named) to = end
  }
  const words = tokens.slice(from, to)
  // "ROLL TIDE Alabama …", "INDIANA'S DEMOGRAPHICS …": a kicker in capitals; "China's influence": a modifier.
  if (words.some((token) => isWord(token) && /^[A-Z][A-Z'’]+$/.test(token.text))) return null
  if (
    /['’]s?$/.test((words[words.length - 1] as Token).text) ||
    tokens[to]?.text === "'s" ||
    tokens[to]?.text === '’s'
  )
    return null
  const phrase = parseSpeakerPhrase(text, words)
  return phrase && phrase.type !== 'relative' ? { phrase } : null
}

/** Past forms that follow their subject: "Trump drew a contrast", "Obama made …". */
const PAST_FORMS = new Set(
  `made drew took gave went came got put held kept left lost won ran saw met became began threw stood fought led paid sent brought spent`.split(
    ' ',
  ),
)
/** Words that open a clause of the same rank as the one before: "…, but Sanders was …". */
const COORDINATORS = /^(?:and|but|yet|so|then)$/
/** Words that open a clause inside another: "…, as Mrs. Clinton echoed …". */
const SUBORDINATORS_BEFORE_SUBJECT = /^(?:as|while|when|because|after|before|since|though|although|once)$/
/** How far back from a participle its clause's verb may stand. */
const CLAUSE_REACH = 40

/**
 * The subject of the nearest clause before `before` that opens a sentence or a coordinate clause (after a
 * comma, "and" or "but"), else one opened by "as", "when" …: a participle with no cue before it reports for
 * it. Named people, bodies and pronouns only, never a relative clause's antecedent. `strict`: a name, in a
 * sentence's or coordinate clause only.
 */
export function clauseSubjectBefore(
  text: string,
  tokens: readonly Token[],
  before: number,
  strict = false,
): PlacedPhrase | null {
  let fallback: PlacedPhrase | null = null
  for (let index = before - 1; index > 0 && before - index <= CLAUSE_REACH; index--) {
    const token = tokens[index] as Token
    if (!isWord(token) || isCapitalized(token)) continue
    const verb =
      FINITE_VERBS.has(token.lower) || PAST_FORMS.has(token.lower) || /^[a-z]{3,}ed$/.test(token.lower)
    if (!verb) continue
    const found = subjectBefore(text, tokens, index)
    if (!found || (found.phrase.type !== 'named' && (strict || found.phrase.type !== 'pronoun'))) continue
    const first = tokens[found.from]?.lower ?? ''
    if (RELATIVE_START.test(first) || first === 'that') continue
    const lead = tokens[found.from - 1]
    if (!lead || isPunct(lead, /^[,;:—–]$/) || COORDINATORS.test(lead.lower)) return found
    if (SUBORDINATORS_BEFORE_SUBJECT.test(lead.lower) && !strict) fallback ??= found
  }
  return fallback
}

/**
 * The last resort, when no pattern finds a subject ("Six in 10 likely voters said"): the few words before the
 * cue, as a loose unnamed source. It can never be a wrong name, and no pronoun will point to it. Words that
 * cannot be a source leave the report without a speaker, which is still a report.
 */
export function wordsBeforeCue(text: string, tokens: readonly Token[], cue: Cue): PlacedPhrase | null {
  if (cue.participle || cue.coordinated || cue.verb === 'according to') return null
  let last = cue.start - 1
  while (last >= 0 && isAdverb(tokens[last])) last--
  const head = tokens[last]
  if (!isWord(head) || SPEECH_VERBS.has(head.lower) || NOT_A_SOURCE_HEAD.test(head.lower)) return null
  if (!isNounPhrase([head])) return null
  let first = last
  while (first > 0 && last - first < 5 && isWord(tokens[first - 1])) first--
  // The noun phrase at the end of those words: "Rubio pushed back on those" is not a source.
  while (first < last && !isNounPhrase(tokens.slice(first, last + 1))) first++
  // Words that do not open a clause ("what many called", "in his home said") name no source: the
  // report stands, unattributed.
  const opensClause =
    first === 0 || isPunct(tokens[first - 1], /^[,;:—–(]$/) || tokens[first - 1]?.kind === 'quote'
  if (!isNounPhrase(tokens.slice(first, last + 1)) || !opensClause) {
    // "A teary-eyed Bush says", "… — Mr. Bush declared": a name straight before the verb is its subject.
    // Not a name used as an adjective: "of Twitter posts", "in America highlighted", "Republican claims".
    if (isCapitalized(head) && !/(?:an|ese|ish)$/.test(head.lower)) {
      let from = last
      while (from > 0 && last - from < 4 && isCapitalized(tokens[from - 1])) from--
      const lead = tokens[from - 1]
      const named = parseSpeakerPhrase(text, tokens.slice(from, last + 1))
      const governed = isWord(lead) && (NAME_GOVERNORS.test(lead.lower) || /ing$/.test(lead.lower))
      if (named?.type === 'named' && !governed) return { from, to: last + 1, phrase: named }
    }
    return { from: last, to: last + 1, phrase: { type: 'relative', start: head.start, end: head.end } }
  }
  const start = (tokens[first] as Token).start
  return {
    from: last,
    to: last + 1,
    phrase: {
      type: 'descriptor',
      text: text.slice(start, head.end),
      head: head.lower,
      definite: false,
      plural: false,
      organization: false,
      loose: true,
      start,
      end: head.end,
    },
  }
}

/** "Still, …", "Back in 1999, …": words opening a sentence before its subject. */
const SENTENCE_ADVERBS = new Set(
  `already back still meanwhile however instead indeed likewise similarly overall ultimately now yet moreover separately elsewhere finally nevertheless nonetheless besides`.split(
    ' ',
  ),
)

const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
)

/** Words that end a subject rather than carry on its role: "Ruiz threw her support behind Sen. Ek". */
const VERB_OR_PRONOUN =
  /^(?:his|her|its|their|our|my|your|him|them|us|me|is|was|are|were|has|had|have|will|would|did|does|\w+ed|threw|gave|took|made|put|got|went|came)$/

/** Words that open a sentence before its subject: "And then Trump …", "But now the mayor …". */
const SENTENCE_JOINERS = new Set(['and', 'but', 'so', 'or', 'yet', 'then', 'now'])

/** Words after which a name is an object or a modifier, never a subject: "of Twitter", "in America". */
const NAME_GOVERNORS = /^(?:of|in|at|for|from|on|with|by|to|into|about|over|against|than|as)$/

/** Words that end no subject: clause words, and pronouns, which resolve or name no one. */
const NOT_A_SOURCE_HEAD =
  /^(?:to|that|which|who|whom|whose|and|but|or|nor|i|we|you|he|she|it|they|me|us|him|her|them)$/

/**
 * Words that read as a noun phrase: no pronoun, auxiliary or finite verb, no past or present participle
 * ("pushed", "committing"), no clause word, not opened by a preposition, and a noun (not "soon") at the end.
 */
function isNounPhrase(words: readonly Token[]): boolean {
  const lead = words[0]
  const head = words[words.length - 1]
  if (!lead || !head || !words.every(isWord)) return false
  if (INTRO_STARTERS.has(lead.lower) || ADVERBIAL_STARTERS.has(lead.lower)) return false
  if (RELATIVE_START.test(head.lower) || CLAUSE_BREAKERS.has(head.lower) || /(?:ly|ing)$/.test(head.lower))
    return false
  return words.every(
    (token) =>
      isCapitalized(token) ||
      !(
        NOT_A_NOUN_PHRASE.test(token.lower) ||
        FINITE_VERBS.has(token.lower) ||
        CLAUSE_BREAKERS.has(token.lower) ||
        TIME_WORDS.has(token.lower) ||
        /(?:[^e]ed|ing)$/.test(token.lower)
      ),
  )
}

/**
 * "WASHINGTON (AP) — …", "LOWMOOR, Dec. 8 — …": a dateline opening a report names where, not who. The index
 * after its dash, or 0.
 */
export function afterDateline(tokens: readonly Token[]): number {
  const first = tokens[0]
  // "Washington (AFP) – …": a city in plain capitals, the agency in brackets, then the dash.
  if (
    isWord(first) &&
    isCapitalized(first) &&
    isPunct(tokens[1], /^\($/) &&
    /^[\p{Lu}]{2,}$/u.test(tokens[2]?.text ?? '') &&
    isPunct(tokens[3], /^\)$/) &&
    isPunct(tokens[4], /^[—–-]$/)
  )
    return 5
  if (!isWord(first) || !/^[\p{Lu}][\p{Lu}.'-]{2,}$/u.test(first.text)) return 0
  for (let index = 1; index < Math.min(tokens.length, 10); index++) {
    const token = tokens[index] as Token
    if (isPunct(token, /^[—–-]$/)) return index + 1
    // Only more capitals, the agency in brackets, a date and commas may stand before the dash.
    if (
      token.kind === 'word' &&
      !/^(?:[\p{Lu}][\p{Lu}.'-]*|[A-Z][a-z]{2,3}\.|\d+)$/u.test(token.text) &&
      !MONTHS.has(token.lower)
    )
      return 0
  }
  return 0
}
