import {
  CONTRACTION,
  GENDERED_NOUNS,
  HONORIFICS,
  NOT_NAMES,
  ORGANIZATION_WORDS,
  PLACE_NAMES,
  PLACE_WORDS,
  RELATIVE_PRONOUNS,
  ROLE_MODIFIERS,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_SMALL_WORDS,
  TITLE_WORDS,
  type Gender,
  wordSet,
} from './lexicon.ts'
import { genderOfFirstName } from './first-names.ts'
import { isCapitalized, type Token } from './tokens.ts'

/** What a noun phrase in speaker position says about the speaker, before anyone is resolved. */
export type SpeakerPhrase =
  | { type: 'pronoun'; word: string; start: number; end: number }
  | { type: 'relative'; start: number; end: number }
  | {
      type: 'named'
      /** person, organisation, or a single word that could be either until the article says which. */
      kind: 'person' | 'organization' | 'single'
      name: string
      role?: string
      gender?: Gender
      start: number
      end: number
    }
  | {
      type: 'descriptor'
      /** The phrase without its article: "spokeswoman for the Service Employees International Union". */
      text: string
      head: string
      definite: boolean
      plural: boolean
      organization: boolean
      gender?: Gender
      /** A subject read only as "words before a speech verb": a source, but nothing a pronoun points to. */
      loose?: boolean
      start: number
      end: number
    }

const MAX_PHRASE_TOKENS = 14
const PREPOSITIONS = wordSet(`
  of for at from with in on to inside outside within near behind
`)
const LEADING_DETERMINERS = wordSet(`
  a an the both some several many other another one two three four most all its his her their
`)
const ORGANIZATION_HEADS = wordSet(`
  administration government campaign team department ministry company agency firm military army court
  board council commission committee union office bank group report study statement survey poll
  prosecution panel jury regulator association institute society club federation coalition
  organisation organization charity network alliance party service authority inquiry tribunal
  family branch division unit chapter wing section bureau operator firm lab laboratory
`)
/** Words that cannot be part of a role before a name. */
const FUNCTION_WORDS = wordSet(`
  by of for to in on at with from is was are were be been has have had and or but as than that this these
  those run led said says told
`)

/** Small words inside personal names: Ludwig van Beethoven, Osama bin Laden, Charles de Gaulle. */
const NAME_PARTICLES = wordSet(`
  de van von der den del della da di du la le bin ibn al el ter ten
`)
const NAME_SUFFIXES = wordSet(`
  jr. sr. jr sr ii iii iv
`)
const BRACKETS = /^[[\]()]$/

const bare = (word: string) => {
  const lower = word.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}
const isTitleWord = (token: Token) =>
  TITLE_WORDS.has(token.lower) || (token.lower.endsWith('.') && TITLE_WORDS.has(bare(token.text)))
const isOrganizationWord = (token: Token) =>
  ORGANIZATION_WORDS.has(token.lower) ||
  (token.lower.endsWith('.') && ORGANIZATION_WORDS.has(bare(token.text)))
const ACRONYM = /^[\p{Lu}&]{2,}s?$/u
/** "NATO", "U.S.", "AT&Ts": capitals only, once the full stops are gone. A lower-case first letter never is. */
const isAcronym = (token: Token) =>
  token.upper && ACRONYM.test(token.text.includes('.') ? token.text.replace(/\./g, '') : token.text)
const isPossessive = (token: Token) => /['’]s$|s['’]$/.test(token.text)

/** True for words that can stand in a person's name: "John", "J.", "Burnham-Snyder", "Sr.", "de". */
function isNameWord(token: Token): boolean {
  if (NAME_SUFFIXES.has(token.lower)) return true
  return (
    isCapitalized(token) &&
    !isAcronym(token) &&
    !isOrganizationWord(token) &&
    !PLACE_WORDS.has(token.lower) &&
    !isPossessive(token)
  )
}

/** A plausible personal name: one to five words, capitalised, no organisation words, not "The" or "Monday". */
export function isPersonName(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false
  const first = tokens[0] as Token
  if (NOT_NAMES.has(bare(first.text)) || NAME_SUFFIXES.has(first.lower)) return false
  return tokens.every(
    (token, index) =>
      isNameWord(token) ||
      (index > 0 && NAME_PARTICLES.has(token.lower)) ||
      (index < tokens.length - 1 && isInitials(token)),
  )
}

/** "G.K." in "G.K. Butterfield": initials before a surname, not an acronym ("U.S."). */
const INITIALS_NOT_NAMES = wordSet(`u.s. u.k. u.n. e.u. d.c. l.a. n.y. u.s.a.`)
const isInitials = (token: Token) =>
  /^(?:\p{Lu}\.){2,3}$/u.test(token.text) && !INITIALS_NOT_NAMES.has(token.lower)

function textOf(text: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return ''
  return text.slice((tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end)
}

function withoutDeterminers(tokens: readonly Token[]): Token[] {
  let from = 0
  while (from < tokens.length - 1 && LEADING_DETERMINERS.has((tokens[from] as Token).lower)) from++
  return tokens.slice(from)
}

function genderOf(tokens: readonly Token[]): Gender | undefined {
  for (const token of tokens) {
    const gender = GENDERED_NOUNS.get(token.lower) ?? HONORIFICS.get(token.lower)
    if (gender) return gender
  }
  return undefined
}

/** The capitalised run at the end of a phrase, small words allowed between capitals ("Department of Energy"). */
function trailingCapitalRun(tokens: readonly Token[]): number {
  let from = tokens.length
  while (from > 0) {
    const token = tokens[from - 1] as Token
    if (
      isCapitalized(token) ||
      NAME_SUFFIXES.has(token.lower) ||
      // "Michery el Soheil", "Ludwig van Beethoven": a particle between capitals.
      (NAME_PARTICLES.has(token.lower) && from < tokens.length && isCapitalized(tokens[from - 2]))
    ) {
      // "Trump's campaign" ends the name at the possessive; a plural one belongs to a body's name ("Rail Users' Association").
      if (/['’]s$/.test(token.text) && from < tokens.length) break
      from--
    } else if (
      TITLE_SMALL_WORDS.has(token.lower) &&
      from < tokens.length &&
      from >= 2 &&
      (isCapitalized(tokens[from - 2]) ||
        (token.lower === 'the' && PREPOSITIONS.has(tokens[from - 2]?.lower ?? ''))) &&
      (token.lower !== 'the' || PREPOSITIONS.has(tokens[from - 2]?.lower ?? ''))
    ) {
      from--
    } else break
  }
  return from
}

/**
 * Reads a noun phrase in speaker position: a pronoun, a name with the role before it ("Pentagon Press Secretary
 * John Kirby"), an organisation ("the Pentagon"), or a description of an unnamed source ("a spokeswoman for the
 * union"). Returns null for phrases that cannot be a speaker.
 */
export function parseSpeakerPhrase(text: string, phrase: readonly Token[]): SpeakerPhrase | null {
  // "Rep. Lena Marsh (D-Vt.)": what the parentheses add is not part of the name.
  const open = phrase.findIndex((token) => token.kind === 'punct' && token.text === '(')
  const tokens = withoutFinalPossessive(
    (open > 0 ? phrase.slice(0, open) : phrase).filter(
      (token) => !(token.kind === 'punct' && BRACKETS.test(token.text)),
    ),
  )
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return null
  if (isPlace(tokens) || tokens.some((token) => CONTRACTION.test(token.text))) return null
  // "R-Texas", "D-Vt.": a party and state, said of the name before it.
  if (tokens.length === 1 && /^[DRI]-[A-Z]/.test(tokens[0]?.text ?? '')) return null
  if (tokens.some((token) => token.kind !== 'word')) return null
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  const start = first.start
  const end = last.end

  const joint = jointSpeakers(text, tokens)
  if (joint) return joint
  if (tokens.length === 1 && SUBJECT_PRONOUNS.has(first.lower))
    return { type: 'pronoun', word: first.lower, start, end }
  if (tokens.length === 1 && RELATIVE_PRONOUNS.has(first.lower)) return { type: 'relative', start, end }
  if (tokens.some((token) => SUBJECT_PRONOUNS.has(token.lower) || RELATIVE_PRONOUNS.has(token.lower)))
    return null

  const runStart = trailingCapitalRun(tokens)
  const run = tokens.slice(runStart)
  const before = tokens.slice(0, runStart)
  // "a spokeswoman for the Service Employees International Union": the name qualifies the head before it.
  const linking = before.filter((token) => !/^(?:the|a|an)$/.test(token.lower))
  const lastLink = linking[linking.length - 1]
  const qualifies =
    lastLink !== undefined &&
    PREPOSITIONS.has(lastLink.lower) &&
    linking.slice(0, -1).some((token) => !isCapitalized(token) && !PREPOSITIONS.has(token.lower))
  // "One pastor supporting Mr. Cruz": the name is what the participle acts on, not the one described.
  const actedOn = before.some(
    (token, index) =>
      index > 0 &&
      before.slice(index + 1).every((after) => /^(?:the|a|an)$/.test(after.lower)) &&
      !isCapitalized(token) &&
      /^[a-z]{3,}ing$/.test(token.lower) &&
      !ROLE_MODIFIERS.has(token.lower) &&
      !TITLE_WORDS.has(token.lower) &&
      !SOURCE_NOUNS.has(token.lower) &&
      !LEADING_DETERMINERS.has((before[index - 1] as Token).lower),
  )
  if (
    run.length > 0 &&
    !qualifies &&
    !actedOn &&
    !(run.length === 1 && isTitleWord(run[0] as Token) && runStart === 0 && tokens.length > 1)
  ) {
    const named = parseNamedRun(text, before, run)
    if (named) return named
  }
  return parseDescriptor(text, tokens)
}

/**
 * "Ruiz and Ek said": two speakers, not one person called "Ruiz and Ek". They speak as a group, which the
 * reader shows under the names as written; neither alone is credited with the words. Not for one body whose
 * name has an "and" in it after "of" ("Department of Health and Social Care").
 */
function jointSpeakers(text: string, tokens: readonly Token[]): SpeakerPhrase | null {
  const and = tokens.findIndex((token, index) => index > 0 && token.lower === 'and')
  if (and < 0 || and === tokens.length - 1) return null
  // "Sens. Ana Ruiz and Tomas Ek": a plural title before the first name belongs to both.
  const pluralTitle = TITLE_WORDS.has((tokens[0] as Token).lower.replace(/s\.?$/, '').replace(/\.$/, ''))
  const left = tokens.slice(pluralTitle && and > 2 ? 1 : 0, and)
  const right = tokens.slice(and + 1)
  if (left.some((token) => PREPOSITIONS.has(token.lower))) return null
  // "former Hewlett-Packard CEO and presidential candidate Carly Fiorina": two roles of one person.
  if (isTitleWord(left[left.length - 1] as Token)) return null
  const first = parseSpeakerPhrase(text, left)
  const second = parseSpeakerPhrase(text, right)
  if (first?.type !== 'named' || (second?.type !== 'named' && second?.type !== 'descriptor')) return null
  const start = (left[0] as Token).start
  const end = (tokens[tokens.length - 1] as Token).end
  return {
    type: 'descriptor',
    text: text.slice(start, end),
    head: 'and',
    definite: false,
    plural: true,
    organization: false,
    start,
    end,
  }
}

/**
 * "South Carolina", "Mass.", "Kestrel County": where someone is from, never who speaks. A state by name, or
 * capitalised words ending in a place noun.
 */
export function isPlace(tokens: readonly Token[]): boolean {
  // Place names run to two words: a longer phrase is not one, and is not joined to be looked up.
  const first = tokens[0]
  if (tokens.length === 1 && first && PLACE_NAMES.has(first.lower)) return true
  if (tokens.length === 2 && first && PLACE_NAMES.has(`${first.lower} ${(tokens[1] as Token).lower}`))
    return true
  const last = tokens[tokens.length - 1]
  return (
    last !== undefined &&
    tokens.length > 1 &&
    PLACE_WORDS.has(last.lower) &&
    tokens.every((token) => token.kind === 'word' && isCapitalized(token))
  )
}

/** "Donald Trump's" names Donald Trump: a possessive at the end of a phrase is not part of the name. */
function withoutFinalPossessive(tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1]
  if (!last || !isPossessive(last)) return tokens
  const mark = /['’]s$/.test(last.text) ? 2 : 1
  const cut = last.text.length - mark
  return [
    ...tokens.slice(0, -1),
    { ...last, text: last.text.slice(0, cut), lower: last.lower.slice(0, cut), end: last.end - mark },
  ]
}

function parseNamedRun(text: string, before: Token[], run: Token[]): SpeakerPhrase | null {
  // Sentence-initial "The" or "In" is not part of a name.
  let from = 0
  while (
    from < run.length &&
    NOT_NAMES.has(bare((run[from] as Token).text)) &&
    !isTitleWord(run[from] as Token)
  )
    from++
  const definite =
    before.some((token) => token.lower === 'the') || (from > 0 && (run[0] as Token).lower === 'the')
  const core = run.slice(from)
  if (core.length === 0) return null
  const start = (core[0] as Token).start
  const end = (core[core.length - 1] as Token).end
  const gender = genderOf([...before, ...core])
  const person = (name: Token[], roleTokens: Token[], affiliation: Token[] = []): SpeakerPhrase => {
    // Mr., Dr. and Ms. are manners, not roles.
    const roleWords = withoutDeterminers(roleTokens.filter((token) => !HONORIFICS.has(token.lower)))
    const parts = [textOf(text, roleWords), affiliation.length > 0 ? textOf(text, affiliation) : ''].filter(
      Boolean,
    )
    const role = cleanRole(parts.join(' '))
    return {
      type: 'named',
      kind: 'person',
      name: textOf(text, name),
      ...(role ? { role } : {}),
      gender,
      start: (name[0] as Token).start,
      end: (name[name.length - 1] as Token).end,
    }
  }
  const titleSplit = (tokens: Token[]): number => {
    for (let index = tokens.length - 2; index >= 0; index--) {
      if (!isTitleWord(tokens[index] as Token)) continue
      return isPersonName(tokens.slice(index + 1)) ? index : -1
    }
    return -1
  }

  // The last title word splits role from name: "American Federation of Government Employees President | J. David Cox Sr."
  const split = titleSplit(core)
  if (split >= 0) return person(core.slice(split + 1), [...before, ...core.slice(0, split + 1)])
  // "Secretary of State John Kerry", "Supervisor of Elections Susan Bucher": the name after what the role is of.
  const ofName = nameAfterOfObject(core)
  if (ofName > 0) return person(core.slice(ofName), [...before, ...core.slice(0, ofName)])
  if (core.every(isTitleWord)) return null

  // "Senator Maeve Cardale of the Lowland Party", "Alexandra Olgin of South Carolina Public Radio": a person,
  // then where they are from.
  const preposition = core.findIndex((token) => PREPOSITIONS.has(token.lower))
  if (preposition > 0) {
    const head = core.slice(0, preposition)
    const affiliation = core.slice(preposition)
    const headSplit = titleSplit(head)
    if (headSplit >= 0)
      return person(head.slice(headSplit + 1), [...before, ...head.slice(0, headSplit + 1)], affiliation)
    if (head.length >= 2 && isPersonName(head)) return person(head, before, affiliation.slice(1))
    // "Heiserman of the CORE Teachers": a surname, then where its bearer is from.
    const surname = head[0] as Token
    if (
      head.length === 1 &&
      before.length === 0 &&
      isPersonName(head) &&
      !isTitleWord(surname) &&
      !SOURCE_NOUNS.has(surname.lower) &&
      affiliation.length > 1 &&
      /^(?:of|at|from)$/.test((affiliation[0] as Token).lower) &&
      affiliation.some((token) => isAcronym(token) || isOrganizationWord(token))
    ) {
      const role = cleanRole(textOf(text, affiliation.slice(1)))
      return {
        type: 'named',
        kind: 'single',
        name: surname.text,
        ...(role ? { role } : {}),
        gender,
        start: surname.start,
        end: surname.end,
      }
    }
  }

  // "CEO of Hewlett-Packard", "the former President of the union": a role of a body, not the body's name.
  if (
    core.length > 2 &&
    isTitleWord(core[0] as Token) &&
    (core[1] as Token).lower === 'of' &&
    !core.slice(2).some((token) => isTitleWord(token))
  )
    return null

  // "Fishermen in Varnmouth", "Officials at the council": a capitalised source noun heads a description.
  const firstCore = core[0] as Token
  if (SOURCE_NOUNS.has(firstCore.lower) && !TITLE_WORDS.has(firstCore.lower) && before.length === 0)
    return null
  const organization =
    definite || core.some(isOrganizationWord) || (core.length === 1 && isAcronym(core[0] as Token))
  if (organization) return { type: 'named', kind: 'organization', name: textOf(text, core), start, end }
  if (core.length === 1) {
    // "Officials said": a capitalised source noun is still a description.
    if (SOURCE_NOUNS.has((core[0] as Token).lower)) return null
    if (
      before.length > 0 &&
      !before.every((token) => isTitleWord(token) || LEADING_DETERMINERS.has(token.lower))
    )
      return null
    return { type: 'named', kind: 'single', name: textOf(text, core), gender, start, end }
  }
  // A capitalised name that cannot be a person's ("Water for Marrowdale") names a body of some kind.
  if (!isPersonName(core))
    return { type: 'named', kind: 'organization', name: textOf(text, core), start, end }
  // A role before the name in any words: "SEIU spokesman Marc Goumbri", "Ostrian negotiator Helga Brunnquist";
  // but only the words after the last function word: "run by Petra Lind" has no role.
  if (before.length > 6) return null
  const lastFunctionWord = before.findLastIndex((token) => FUNCTION_WORDS.has(token.lower))
  return person(core, before.slice(lastFunctionWord + 1))
}

/**
 * Where a person's name starts at the end of "Title of Object Name Name": two name words (three with an
 * initial or particle between) after a preposition and at least one capitalised word it governs, the title a
 * title word or the name a known given name. -1 when there is none.
 */
function nameAfterOfObject(core: readonly Token[]): number {
  let from = core.length - 2
  if (
    from > 0 &&
    (/^\p{Lu}\.$/u.test((core[from] as Token).text) || NAME_PARTICLES.has((core[from] as Token).lower))
  )
    from--
  if (from < 3 || !isPersonName(core.slice(from))) return -1
  const preposition = core.findLastIndex((token, index) => index < from && PREPOSITIONS.has(token.lower))
  if (preposition < 1 || from - preposition < 2) return -1
  if (!core.slice(preposition + 1, from).some((token) => isCapitalized(token) && token.lower !== 'the'))
    return -1
  const titled = isTitleWord(core[preposition - 1] as Token)
  return titled || genderOfFirstName((core[from] as Token).text) ? from : -1
}

function parseDescriptor(text: string, tokens: Token[]): SpeakerPhrase | null {
  const core = withoutDeterminers(tokens)
  const preposition = core.findIndex((token, index) => index > 0 && PREPOSITIONS.has(token.lower))
  const headPart = preposition > 0 ? core.slice(0, preposition) : core
  const head = headPart[headPart.length - 1]
  if (!head) return null
  if (!SOURCE_NOUNS.has(head.lower) && !TITLE_WORDS.has(head.lower)) return null
  // Every word before the head must be a modifier, not a verb: "Trump advisers", "senior Pentagon officials".
  if (headPart.length > 5) return null
  const first = tokens[0] as Token
  return {
    type: 'descriptor',
    text: textOf(text, core),
    head: head.lower,
    definite: first.lower === 'the',
    plural: isPluralNoun(head.lower),
    organization: ORGANIZATION_HEADS.has(head.lower),
    gender: genderOf(core),
    start: (core[0] as Token).start,
    end: (core[core.length - 1] as Token).end,
  }
}

/** officials, fishermen, police, staff: nouns that "they" can stand for. */
function isPluralNoun(noun: string): boolean {
  if (COLLECTIVE_PLURALS.has(noun)) return true
  return (noun.endsWith('s') && !noun.endsWith('ss') && !noun.endsWith('us')) || noun.endsWith('men')
}
const COLLECTIVE_PLURALS = wordSet(`people police staff crew media clergy personnel children folk cattle`)

function cleanRole(role: string): string | undefined {
  const trimmed = role.replace(/^[\s,]+|[\s,]+$/g, '')
  return trimmed.length > 0 ? trimmed : undefined
}
