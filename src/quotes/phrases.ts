import {
  GENDERED_NOUNS,
  HONORIFICS,
  NOT_NAMES,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  RELATIVE_PRONOUNS,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_SMALL_WORDS,
  TITLE_WORDS,
  type Gender,
} from './lexicon.ts'
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
      start: number
      end: number
    }

const MAX_PHRASE_TOKENS = 14
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to'])
const LEADING_DETERMINERS = new Set([
  'a', 'an', 'the', 'both', 'some', 'several', 'many', 'other', 'another', 'one', 'two', 'three', 'four', 'most',
  'all', 'its', 'his', 'her', 'their',
])
const ORGANIZATION_HEADS = new Set([
  'administration', 'government', 'campaign', 'team', 'department', 'ministry', 'company', 'agency', 'firm',
  'military', 'army', 'court', 'board', 'council', 'commission', 'committee', 'union', 'office', 'bank',
  'group', 'report', 'study', 'statement', 'survey', 'poll', 'prosecution', 'panel', 'jury', 'regulator',
])
const NAME_SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv'])
const BRACKETS = /^[[\]()]$/

const bare = (word: string) => word.toLowerCase().replace(/\.$/, '')
const isTitleWord = (token: Token) => TITLE_WORDS.has(token.lower) || TITLE_WORDS.has(bare(token.text))
const isOrganizationWord = (token: Token) => ORGANIZATION_WORDS.has(token.lower) || ORGANIZATION_WORDS.has(bare(token.text))
const isAcronym = (token: Token) => /^[\p{Lu}&]{2,}s?$/u.test(token.text.replace(/\./g, ''))
const isPossessive = (token: Token) => /['’]s$/.test(token.text)

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
  return tokens.every((token, index) => isNameWord(token) || (index > 0 && TITLE_SMALL_WORDS.has(token.lower)))
}

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
    if (isCapitalized(token) || NAME_SUFFIXES.has(token.lower)) {
      if (isPossessive(token) && from < tokens.length) break
      from--
    } else if (
      TITLE_SMALL_WORDS.has(token.lower) &&
      from < tokens.length &&
      from >= 2 &&
      isCapitalized(tokens[from - 2]) &&
      token.lower !== 'the'
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
  const tokens = phrase.filter((token) => !(token.kind === 'punct' && BRACKETS.test(token.text)))
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return null
  if (tokens.some((token) => token.kind !== 'word')) return null
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  const start = first.start
  const end = last.end

  if (tokens.length === 1 && SUBJECT_PRONOUNS.has(first.lower)) return { type: 'pronoun', word: first.lower, start, end }
  if (tokens.length === 1 && RELATIVE_PRONOUNS.has(first.lower)) return { type: 'relative', start, end }
  if (tokens.some((token) => SUBJECT_PRONOUNS.has(token.lower) || RELATIVE_PRONOUNS.has(token.lower))) return null

  const runStart = trailingCapitalRun(tokens)
  const run = tokens.slice(runStart)
  const before = tokens.slice(0, runStart)
  // "a spokeswoman for the Service Employees International Union": the name qualifies the head before it.
  const linking = before.filter((token) => !/^(?:the|a|an)$/.test(token.lower))
  const lastLink = linking[linking.length - 1]
  const qualifies = lastLink !== undefined && PREPOSITIONS.has(lastLink.lower) && linking.length > 1
  if (run.length > 0 && !qualifies && !(run.length === 1 && isTitleWord(run[0] as Token) && runStart === 0 && tokens.length > 1)) {
    const named = parseNamedRun(text, before, run)
    if (named) return named
  }
  return parseDescriptor(text, tokens)
}

function parseNamedRun(text: string, before: Token[], run: Token[]): SpeakerPhrase | null {
  // Sentence-initial "The" or "In" is not part of a name.
  let from = 0
  while (from < run.length && NOT_NAMES.has(bare((run[from] as Token).text)) && !isTitleWord(run[from] as Token)) from++
  const definite = before.some((token) => token.lower === 'the') || (from > 0 && (run[0] as Token).lower === 'the')
  const core = run.slice(from)
  if (core.length === 0) return null
  const start = (core[0] as Token).start
  const end = (core[core.length - 1] as Token).end
  const gender = genderOf([...before, ...core])

  // The last title word splits role from name: "American Federation of Government Employees President | J. David Cox Sr."
  for (let index = core.length - 2; index >= 0; index--) {
    if (!isTitleWord(core[index] as Token)) continue
    const name = core.slice(index + 1)
    if (!isPersonName(name)) break
    const role = textOf(text, withoutDeterminers([...before, ...core.slice(0, index + 1)]))
    return { type: 'named', kind: 'person', name: textOf(text, name), role: cleanRole(role), gender, start: (name[0] as Token).start, end }
  }
  if (core.every(isTitleWord)) return null

  // A lower-case role before the name: "SEIU spokesman Marc Goumbri", "defense attorney David Bruck".
  const lastBefore = before[before.length - 1]
  if (lastBefore && isTitleWord(lastBefore) && isPersonName(core)) {
    const role = textOf(text, withoutDeterminers(before))
    return { type: 'named', kind: 'person', name: textOf(text, core), role: cleanRole(role), gender, start, end }
  }

  // "Alexandra Olgin of South Carolina Public Radio": a person, then where they are from.
  const preposition = core.findIndex((token) => PREPOSITIONS.has(token.lower))
  if (preposition > 0) {
    const person = core.slice(0, preposition)
    if (person.length >= 2 && isPersonName(person)) {
      const role = textOf(text, core.slice(preposition + 1))
      return {
        type: 'named',
        kind: 'person',
        name: textOf(text, person),
        role: cleanRole(role),
        gender,
        start,
        end: (person[person.length - 1] as Token).end,
      }
    }
  }

  const organization = definite || core.some(isOrganizationWord) || (core.length === 1 && isAcronym(core[0] as Token))
  if (organization) return { type: 'named', kind: 'organization', name: textOf(text, core), start, end }
  if (before.length > 0 && !before.every((token) => isTitleWord(token) || LEADING_DETERMINERS.has(token.lower)))
    return null
  if (core.length === 1) return { type: 'named', kind: 'single', name: textOf(text, core), gender, start, end }
  if (!isPersonName(core)) return null
  const role = before.length > 0 ? cleanRole(textOf(text, withoutDeterminers(before))) : undefined
  return { type: 'named', kind: 'person', name: textOf(text, core), ...(role ? { role } : {}), gender, start, end }
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
    plural: /s$/.test(head.lower) && !/ss$/.test(head.lower) || head.lower === 'police' || head.lower === 'people',
    organization: ORGANIZATION_HEADS.has(head.lower) || (isCapitalized(headPart[0]) && ORGANIZATION_HEADS.has(head.lower)),
    gender: genderOf(core),
    start: (core[0] as Token).start,
    end: (core[core.length - 1] as Token).end,
  }
}

function cleanRole(role: string): string | undefined {
  const trimmed = role.replace(/^[\s,]+|[\s,]+$/g, '')
  return trimmed.length > 0 ? trimmed : undefined
}
