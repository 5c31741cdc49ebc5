import {
  AUXILIARIES,
  TIME_LEADS,
  TIME_WORDS,
  BARE_CLAUSE_VERBS,
  FINITE_VERBS,
  INFINITIVE_VERBS,
  NAMING_CUES,
  NON_SPEECH_VERBS,
  NOUN_CONTENT_VERBS,
  OBJECT_INFINITIVE_VERBS,
  OBJECT_VERBS,
  QUOTE_ONLY_VERBS,
  SPEECH_VERBS,
  TITLE_SMALL_WORDS,
  isPhrasalSpeech,
  wordSet,
} from './lexicon.ts'
import { isCapitalized, type Token } from './tokens.ts'

/** A speech verb or phrase in a sentence, as token indexes [start, end). */
export interface Cue {
  start: number
  end: number
  verb: string
  /** A participle after a comma or "and" takes the subject of the clause before: ", adding that …". */
  participle: boolean
  /** "and explained …": a second verb sharing the first one's subject. */
  coordinated: boolean
  quoteOnly: boolean
}

const PASSIVE = wordSet(`
  was were is are be been being
`)
/** Words before a noun: "any comment", "a previous forecast", "in reply", "the mayor's warning". */
const DETERMINERS = wordSet(`
  a an the this that these those its his her their our new my your any no some every each another such what whose
  previous latest earlier final initial official public formal brief written recent joint similar further
  first second last next
  of in for with by after without from upon
`)

/** Past forms without "-ed": "the association said" is a verb, whatever noun stands before it. */
const IRREGULAR_PASTS = wordSet(`
  said told wrote spoke put thought felt knew heard read gave took found made swore rang sang shot cried
  taught sent meant brought went let set bid understood
`)

/** Verbs after which "to SAY" reports: "continued to argue", "went on to say", "began to explain". */
const INFINITIVE_LEADS = wordSet(`
  continue continues continued continuing on begin begins began begun start starts started
`)
/** Verbs of going on before an -ing form: "has started asking", "kept asking", "continues warning". */
export const GOING_ON_VERBS = wordSet(`
  continue continues continued begin begins began begun start starts started keep keeps kept
`)

/** Participles that, after "was", push their subject to speak: "was prompted to say", "were forced to admit". */
export const PASSIVE_INFINITIVE_LEADS = wordSet(`prompted forced compelled moved moving led`)

/** "was prompted to say": a passive whose subject is the one who then speaks, at `at`. */
export function isPassiveLead(tokens: readonly Token[], at: number): boolean {
  return PASSIVE_INFINITIVE_LEADS.has(tokens[at]?.lower ?? '') && PASSIVE.has(tokens[at - 1]?.lower ?? '')
}

/** Words before a participle that make it report for the clause's subject: "and adding", "by saying". */
const PARTICIPLE_LEADS = wordSet(`and while by after before in upon when`)
/** Participles that, straight after a noun, give that report's words: "a letter saying", "a post stating". */
const NOUN_PARTICIPLES = wordSet(`saying stating claiming declaring warning announcing asking urging`)

/** A cue of two words standing for a verb: "according to", "put it", "shot back", "went on". */
const twoWordCue = (start: number, verb: string, quoteOnly: boolean): Cue => ({
  start,
  end: start + 2,
  verb,
  participle: false,
  coordinated: false,
  quoteOnly,
})

/** Speech verbs and phrases in a sentence's tokens, left to right. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind !== 'word') continue
    const previous = tokens[index - 1]
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      cues.push(twoWordCue(index, 'according to', false))
      index++
      continue
    }
    // "as the Courier put it, "…"": a phrase that stands for "said" beside a quotation.
    if ((token.lower === 'put' || token.lower === 'puts') && tokens[index + 1]?.lower === 'it') {
      cues.push(twoWordCue(index, 'put it', true))
      index++
      continue
    }
    // ""…," Ruiz shot back": a verb of striking with "back" is a retort, beside a quotation.
    if (/^(?:shot|fired|hit|shoots|fires|hits)$/.test(token.lower) && tokens[index + 1]?.lower === 'back') {
      cues.push(twoWordCue(index, 'said', true))
      index++
      continue
    }
    // ""…," Ruiz went on.", "Ek chimed in: "…"": a phrasal verb of going on or cutting in, its particle
    // closing the clause, stands for "said" beside a quotation.
    const particle = tokens[index + 1]?.lower ?? ''
    const after = tokens[index + 2]
    // Only beside a quotation: before it in the sentence, or straight after its comma or colon ("As the day
    // went on, Ek …" reports nothing).
    if (
      isPhrasalSpeech(token.lower, particle) &&
      (after === undefined || (after.kind === 'punct' && /^[,.:;!?—–]$/.test(after.text))) &&
      (tokens.slice(0, index).some((earlier) => earlier.kind === 'quote') ||
        tokens[index + 3]?.kind === 'quote')
    ) {
      cues.push(twoWordCue(index, 'said', true))
      index++
      continue
    }
    // "was quoted as saying": the whole phrase is the cue; its subject stands before "was".
    if (
      token.lower === 'quoted' &&
      tokens[index + 1]?.lower === 'as' &&
      tokens[index + 2]?.lower === 'saying'
    ) {
      const start = previous && PASSIVE.has(previous.lower) ? index - 1 : index
      cues.push({
        start,
        end: index + 3,
        verb: 'said',
        participle: false,
        coordinated: false,
        quoteOnly: false,
      })
      index += 2
      continue
    }
    if (!SPEECH_VERBS.has(token.lower) || isCapitalized(token)) continue
    // "did not respond", "declined to comment", "never said": no speech is reported.
    if (isNegated(tokens, index)) continue
    // "a report", "the claims": nouns, not verbs. "was told", "is called": passives name the hearer or a name.
    // "began by saying": a gerund after a preposition still reports; a noun after one does not.
    const gerund = token.lower.endsWith('ing') && PARTICIPLE_LEADS.has(previous?.lower ?? '')
    // "an official said", "the official told reporters": "official" is the noun, and a past form after it the verb.
    const afterNoun =
      previous?.lower === 'official' &&
      (IRREGULAR_PASTS.has(token.lower) || token.lower.endsWith('ed') || token.lower === 'says')
    if (
      previous &&
      previous.kind === 'word' &&
      !gerund &&
      !afterNoun &&
      (DETERMINERS.has(previous.lower) || /['’]s$/.test(previous.lower))
    )
      continue
    if (previous && PASSIVE.has(previous.lower) && !token.lower.endsWith('ing')) continue
    // "His remarks were subdued", "other estimates put it higher", "emails that were deleted": a plural noun
    // that is the subject of the verb after it. "271 pledged delegates": a participle after a number.
    if (isNounUse(tokens, index)) continue
    // "the second nomination contest Tuesday": a bare verb form after a singular abstract noun, with no
    // content after it, is the head of a compound noun.
    if (
      previous?.kind === 'word' &&
      !isCapitalized(previous) &&
      /(?:tion|ment|ance|ence|ship|ity|ism)$/.test(previous.lower) &&
      !/(?:s|ed|ing)$/.test(token.lower) &&
      !IRREGULAR_PASTS.has(token.lower) &&
      // "… generation predict they …": what a verb reports starts in lower case or with a quotation.
      tokens[index + 1]?.kind !== 'quote' &&
      !(tokens[index + 1]?.kind === 'word' && !isCapitalized(tokens[index + 1]))
    )
      continue
    // "used the app to claim credit": an infinitive reports only after a verb of going on ("continued to
    // warn", "went on to say"); after any other it is a purpose or a plan, not speech.
    if (
      previous?.lower === 'to' &&
      !INFINITIVE_LEADS.has(tokens[index - 2]?.lower ?? '') &&
      !isPassiveLead(tokens, index - 2)
    )
      continue
    const participle =
      token.lower.endsWith('ing') &&
      (previous?.text === ',' ||
        // "… on the spot – saying he was …": a dash sets a participle off as a comma does.
        previous?.text === '–' ||
        previous?.text === '—' ||
        PARTICIPLE_LEADS.has(previous?.lower ?? '') ||
        // "a statement saying …", "signs saying …": a report's own words, said by the clause's subject.
        (NOUN_PARTICIPLES.has(token.lower) &&
          previous?.kind === 'word' &&
          !isCapitalized(previous) &&
          // "has been warning", "started asking": the clause's own verb, its subject before the auxiliaries.
          !PASSIVE.has(previous.lower) &&
          !GOING_ON_VERBS.has(previous.lower)))
    // "…, with Sen. John McCain calling it …": the subject stands between "with" and the participle.
    const withSubject = token.lower.endsWith('ing') && !participle && afterWithSubject(tokens, index)
    if (
      token.lower.endsWith('ing') &&
      !participle &&
      !withSubject &&
      !(previous && (PASSIVE.has(previous.lower) || GOING_ON_VERBS.has(previous.lower)))
    )
      continue
    const coordinated = !participle && joinsEarlierVerb(tokens, index)
    cues.push({
      start: index,
      end: index + 1,
      verb: token.lower,
      participle,
      coordinated,
      quoteOnly: QUOTE_ONLY_VERBS.has(token.lower),
    })
  }
  return cues
}

/** Forms of "say", never a noun. */
const SAY_FORMS = wordSet(`say says said`)

const SUBJECT_WORDS = wordSet(`he she it they we i you who which that`)

/** Words that open a relative clause after a noun: "emails that were", "contests which decided". */
const RELATIVE_AFTER_NOUN = wordSet(`that which`)

/**
 * A speech verb form read as a noun or an adjective by the words around it: "-s" followed by a finite verb
 * ("remarks were", "promises would") or by a relative pronoun and a verb ("emails that were", "contests that
 * determined"), or "-ed" after a number ("271 pledged delegates").
 */
/** Words after "state" that make it the verb: "state that …", "state in a paper", "state their goal". */
const STATE_VERB_NEXT =
  /^(?:that|in|on|at|to|for|with|by|from|as|the|a|an|this|these|those|their|his|her|its|our|my|your|what|how|why|whether|if|it|they|he|she|we|flatly|clearly|publicly|openly|explicitly|simply|plainly)$|ly$/

/** Counts before a plural: "four states", "15 tweets", "several reports". */
const COUNTS =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|many|few|multiple|numerous)$/

function isNounUse(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const next = tokens[index + 1]
  if (
    token.lower.endsWith('ed') &&
    /^\d[\d,.]*$/.test(tokens[index - 1]?.text ?? '') &&
    next?.kind === 'word' &&
    !isCapitalized(next) &&
    next.lower !== 'that'
  )
    return true
  const previous = tokens[index - 1]
  // "The first four states that vote", "two reports": a count before it makes it a noun.
  if (token.lower.endsWith('s') && COUNTS.test(previous?.lower ?? '')) return true
  // "Minnesota state delegate", "New York state law": "state" between a place and a noun.
  // Not "the Saudis state in a paper", "They state their goal": a subject, then the verb.
  if (
    /^states?$/.test(token.lower) &&
    isCapitalized(previous) &&
    !SUBJECT_WORDS.has(previous?.lower ?? '') &&
    next?.kind === 'word' &&
    !isCapitalized(next) &&
    !STATE_VERB_NEXT.test(next.lower)
  )
    return true
  // "organizers added 160 security personnel": a count after "added" is what was added, not said.
  if (/^add(?:s|ed)?$/.test(token.lower) && /^\d/.test(next?.text ?? '')) return true
  // "which he estimates will not expire", "who he claims has been unfair": a pronoun makes it the verb.
  if (SUBJECT_WORDS.has(previous?.lower ?? '')) return false
  if (!token.lower.endsWith('s') || SAY_FORMS.has(token.lower) || next?.kind !== 'word') return false
  if (FINITE_VERBS.has(next.lower)) return true
  const after = tokens[index + 2]
  return (
    RELATIVE_AFTER_NOUN.has(next.lower) &&
    after?.kind === 'word' &&
    (FINITE_VERBS.has(after.lower) || (after.lower.length > 4 && after.lower.endsWith('ed')))
  )
}

/** "with the union calling", "with Sen. Ana Ruiz telling reporters": "with", a short subject, then the -ing word. */
function afterWithSubject(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]
  if (
    !isCapitalized(previous) &&
    !/^(?:group|union|campaign|party|committee|department|administration|spokesman|spokeswoman)$/.test(
      previous?.lower ?? '',
    )
  )
    return false
  for (let back = index - 2; back >= Math.max(0, index - 9); back--) {
    const token = tokens[back] as Token
    if (token.lower === 'with' && !isCapitalized(token)) return back < index - 1
    // "… issued a statement – Ruiz saying she was "encouraged" and Ek calling it a "fine meeting"": a name and
    // its participle after a dash or "and" report as a clause of their own.
    if (
      ABSOLUTE_LEADS.test(token.text) &&
      isCapitalized(tokens[back + 1]) &&
      tokens.slice(back + 1, index).every((word) => word.kind === 'word' && isCapitalized(word))
    )
      return back < index - 1 && ABSOLUTE_PARTICIPLES.has((tokens[index] as Token).lower)
    if (token.kind !== 'word' && !/^[.()]$/.test(token.text)) return false
  }
  return false
}

/** Words that open an absolute clause, a name and its participle: "– Ruiz saying …", "and Ek calling it …". */
const ABSOLUTE_LEADS = /^(?:and|–|—)$/
/** Participles that report in such a clause. */
const ABSOLUTE_PARTICIPLES = wordSet(`saying calling telling insisting arguing declaring warning adding`)

/** Auxiliaries and adverbs that may stand between "and"/"but" and a second verb: "but has since said". */
const JOINED_AUXILIARIES = wordSet(`has have had did does do also later then since now again further still`)

/**
 * "and explained …", "but said …", "but has said …", "and did note …": a second verb sharing the subject of
 * the clause before it.
 */
function joinsEarlierVerb(tokens: readonly Token[], index: number): boolean {
  let back = index - 1
  while (back > index - 4 && JOINED_AUXILIARIES.has(tokens[back]?.lower ?? '')) back--
  // "but on Tuesday wrote", "and last week said": when, between the joiner and the verb.
  if (TIME_WORDS.has(tokens[back]?.lower ?? '')) {
    let lead = back
    while (lead > back - 3 && TIME_WORDS.has(tokens[lead]?.lower ?? '')) lead--
    while (lead > back - 4 && TIME_LEADS.has(tokens[lead]?.lower ?? '')) lead--
    back = lead
  }
  const joiner = tokens[back]?.lower
  if (joiner === 'and') return true
  // "but said", "but has said"; "but he said" stops at "he" and is no joined verb.
  return joiner === 'but' && back > 0
}

const NEGATIONS = new Set([
  'not',
  "n't",
  'cannot',
  'never',
  'no',
  'declined',
  'refused',
  'without',
  'neither',
  'nor',
])

function isNegated(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const token = tokens[back] as Token
    if (token.kind !== 'word') return false
    if (NEGATIONS.has(token.lower) || /n['’]t$/.test(token.lower)) return true
  }
  return false
}

export const takesBareClause = (cue: Cue) => BARE_CLAUSE_VERBS.has(cue.verb)
export const takesObject = (cue: Cue) => OBJECT_VERBS.has(cue.verb)
export const takesInfinitive = (cue: Cue) => OBJECT_INFINITIVE_VERBS.has(cue.verb)
export const takesBareInfinitive = (cue: Cue) => INFINITIVE_VERBS.has(cue.verb)
export const takesNounContent = (cue: Cue) => NOUN_CONTENT_VERBS.has(cue.verb)
export const isNonSpeech = (word: string) => NON_SPEECH_VERBS.has(word)

/** Words in -ly that are not adverbs: "the Rell family said" must keep its "family". */
const LY_NON_ADVERBS = wordSet(`
  only family assembly supply rally ally anomaly monopoly italy july reply early likely daily weekly monthly
  yearly elderly friendly lovely ugly holy silly costly deadly belly jelly bully lily holly emily kelly sally
  molly polly beverly
`)

export function isAdverb(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || isCapitalized(token)) return false
  return (
    AUXILIARIES.has(token.lower) ||
    (token.lower.length > 4 && token.lower.endsWith('ly') && !LY_NON_ADVERBS.has(token.lower))
  )
}

/** "dubbed "Gucci Grace"", "the word "hope"", "the film "Heat"": a name or a title, not speech. */
export function isNamingContext(tokens: readonly Token[], quoteIndex: number): boolean {
  for (let index = quoteIndex - 1; index >= Math.max(0, quoteIndex - 2); index--) {
    const token = tokens[index] as Token
    if (token.kind !== 'word') return false
    if (NAMING_CUES.has(token.lower)) return true
    if (token.lower === 'as' && tokens[index - 1]?.lower === 'known') return true
    // "dubbed the "…"", "a film called "…"": only a small word may stand between the naming word and the
    // name. "the campaign was "…"", "the show that "…"": a verb or a clause between them says something.
    if (!NAMING_LINKS.has(token.lower)) return false
  }
  return false
}

/** Words that may stand between a naming word and the name: "dubbed the", "billed as", "words like". */
const NAMING_LINKS = wordSet(`a an the as called like simply his her its their our this`)

/** "Day of Disruption", "Fox & Friends": every word capitalised but the small ones. A name or a title, not speech. */
export function isTitleCase(text: string): boolean {
  // "Marco! Marco!", "Feel the Bern!": an exclamation or a question is shouted or asked, not a name.
  if (/[!?]['’"”]?$/.test(text.trim())) return false
  const parts = text
    .replace(/[.,!?;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean)
  if (parts.length < 2 || parts.length > 8) return false
  return parts.every(
    (word, index) =>
      /^[\p{Lu}\p{N}]/u.test(word) ||
      (index > 0 && (TITLE_SMALL_WORDS.has(word.toLowerCase()) || /^[&+]$/.test(word))),
  )
}
