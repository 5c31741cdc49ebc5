import type { Gender } from './lexicon.ts'
import { genderOfFirstName } from './first-names.ts'
import { COREFERENT_ROLE_HEADS, ORGANIZATION_WORDS } from './lexicon.ts'
import type { SpeakerPhrase } from './phrases.ts'
import type { SpeakerKind, Span } from './types.ts'

/** A place in the article that orders across paragraphs. */
export type Position = number
export const position = (paragraph: number, offset: number): Position => paragraph * 1_000_000 + offset

export interface Entity {
  name: string
  kind: SpeakerKind
  role?: string
  gender?: Gender
  plural: boolean
  /** Lower-case surface forms that name this entity in the text: full name, surname, aliases. */
  forms: Set<string>
  lastSeen: Position
  firstSeen: Position
  /** Spans the resolver itself found: subjects of speech verbs, pronouns included. */
  mentions: Span[]
  /** Known only as the words before a speech verb ("an early notice"): "he" and "she" never point to it. */
  loose?: boolean
}

/** A name seen anywhere in the article, so that "Kirby" can be read as John Kirby wherever he was introduced. */
export interface KnownName {
  name: string
  kind: 'person' | 'organization'
  role?: string
  gender?: Gender
  at: Position
}

/** How a phrase in speaker position reached its entity: the evidence the confidence is calibrated on. */
export type Via =
  | 'full-name'
  | 'organization'
  | 'surname'
  | 'surname-unquoted'
  | 'alias'
  | 'single-word'
  | 'pronoun'
  | 'pronoun-ambiguous'
  | 'pronoun-subject'
  | 'pronoun-unquoted'
  | 'pronoun-group'
  | 'description'
  | 'role-noun'
  | 'unnamed'
  | 'none'

export interface Resolution {
  entity: Entity | null
  via: Via
}

/** "Ada Brenning and Yusuf Tal" and "Brenning and Tal" are one pair: their surnames, in order. */
const jointKey = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+and\s+/)
    .map(surnameOf)
    .join('|')
const otherGender = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male')
const words = (name: string) => name.split(/\s+/).filter(Boolean)
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame)\.?$/i

/** The family name: the last word that is not Jr., Sr. or III. */
export function surnameOf(name: string): string {
  const parts = words(name).filter((part) => !NAME_SUFFIX.test(part))
  return (parts[parts.length - 1] ?? name).toLowerCase()
}

function acronymOf(name: string): string {
  return words(name)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
    .toLowerCase()
}

/** "Fed" for Federal Reserve, "SEIU" for Service Employees International Union, "American" for American Airlines. */
function isAliasOf(short: string, full: string): boolean {
  const lower = short.toLowerCase().replace(/^the\s+/, '')
  const fullWords = words(full.toLowerCase())
  if (fullWords.length < 2 || lower.includes(' ')) return false
  if (lower.length >= 2 && /^\p{Lu}{2,}$/u.test(short) && acronymOf(full) === lower) return true
  // "U.S." is the country, not the "U.S. Refugee Act" that opens with it.
  if (fullWords[0] === lower) return !lower.includes('.')
  return lower.length >= 3 && fullWords.some((word) => word !== lower && word.startsWith(lower))
}

function sameNameLoosely(a: string, b: string): boolean {
  const left = words(a.toLowerCase()).filter((word) => !NAME_SUFFIX.test(word))
  const right = words(b.toLowerCase()).filter((word) => !NAME_SUFFIX.test(word))
  return left[0] === right[0] && left[left.length - 1] === right[right.length - 1]
}

/**
 * The people and organisations an article quotes, and how later references (surnames, aliases, pronouns,
 * "the spokeswoman") find them.
 */
export class SpeakerRegistry {
  readonly entities: Entity[] = []
  /** People who are the subject of a sentence, for pronouns later in the same paragraph. */
  private readonly subjects: Array<{ person: KnownName; at: Position }> = []
  /** Set by whichever path resolved the last phrase. */
  private via: Via = 'none'
  constructor(private readonly known: readonly KnownName[]) {}

  /** The entity a phrase in speaker position refers to, creating one for a first mention, and how. */
  resolve(phrase: SpeakerPhrase, paragraph: number): Resolution {
    const at = position(paragraph, phrase.start)
    let entity: Entity | null
    this.via = 'none'
    switch (phrase.type) {
      case 'pronoun':
        entity = this.resolvePronoun(phrase.word, at)
        break
      case 'relative':
        return { entity: null, via: 'none' }
      case 'named':
        entity = this.resolveNamed(phrase, at)
        break
      case 'descriptor':
        entity = this.resolveDescriptor(phrase, at)
        break
    }
    if (entity) {
      entity.lastSeen = Math.max(entity.lastSeen, at)
      entity.mentions.push({ paragraph, start: phrase.start, end: phrase.end })
    }
    return { entity, via: entity ? this.via : 'none' }
  }

  /**
   * Notes the named person a sentence is about ("On Twitter, Musk appealed …"), without making them a speaker,
   * so that "which he called …" later in the paragraph can reach them.
   */
  noteSubject(phrase: SpeakerPhrase, paragraph: number): void {
    if (phrase.type !== 'named' || phrase.kind === 'organization') return
    const lower = phrase.name.toLowerCase()
    const person =
      this.known.find((candidate) => candidate.kind === 'person' && candidate.name.toLowerCase() === lower) ??
      this.known.find((candidate) => candidate.kind === 'person' && surnameOf(candidate.name) === lower)
    if (person) this.subjects.push({ person, at: position(paragraph, phrase.start) })
  }

  private create(name: string, kind: SpeakerKind, at: Position, extra: Partial<Entity> = {}): Entity {
    const entity: Entity = {
      name,
      kind,
      plural: false,
      forms: new Set([name.toLowerCase()]),
      lastSeen: at,
      firstSeen: at,
      mentions: [],
      ...extra,
    }
    if (kind === 'person' && words(name).length > 1) entity.forms.add(surnameOf(name))
    if (kind === 'person') entity.gender ??= genderOfFirstName(name)
    this.entities.push(entity)
    return entity
  }

  private resolvePronoun(word: string, at: Position): Entity | null {
    const recent = [...this.entities]
      .filter((entity) => entity.lastSeen <= at)
      .sort((a, b) => b.lastSeen - a.lastSeen)
    if (word === 'he' || word === 'she') {
      const gender: Gender = word === 'he' ? 'male' : 'female'
      const fits = (entity: Entity) =>
        (entity.kind === 'person' || (entity.kind === 'unnamed' && !entity.plural && !entity.loose)) &&
        (entity.gender === undefined || entity.gender === gender)
      let found: Entity | null = recent.find(fits) ?? null
      this.via = 'pronoun'
      // Another person who fits, seen since the paragraph before: the pronoun could be either.
      if (found) {
        const since = at - (at % 1_000_000) - 1_000_000
        const rival = recent.find((entity) => entity !== found && fits(entity) && entity.lastSeen >= since)
        if (rival) this.via = 'pronoun-ambiguous'
      }
      // A person the paragraph is about, named after the last speaker, is the nearer antecedent.
      const paragraphStart = at - (at % 1_000_000)
      const subject = this.subjects
        .filter(
          (note) =>
            note.at >= paragraphStart &&
            note.at < at &&
            (!note.person.gender || note.person.gender === gender),
        )
        .pop()
      if (subject && (!found || found.lastSeen < subject.at)) {
        found = this.resolveKnown(subject.person, subject.at)
        this.via = 'pronoun-subject'
      }
      if (!found) {
        const person = this.lastKnownPersonBefore(at, gender)
        if (person) found = this.resolveKnown(person, at)
        this.via = 'pronoun-unquoted'
      }
      if (found && !found.gender) found.gender = gender
      return found
    }
    this.via = 'pronoun-group'
    if (word === 'they')
      return recent.find((entity) => entity.plural || entity.kind === 'organization') ?? null
    if (word === 'it') return recent.find((entity) => entity.kind === 'organization') ?? null
    return null
  }

  private lastKnownPersonBefore(at: Position, gender?: Gender): KnownName | undefined {
    let found: KnownName | undefined
    for (const name of this.known) {
      if (name.at > at) break
      if (name.kind === 'person' && (!gender || !name.gender || name.gender === gender)) found = name
    }
    return found
  }

  private resolveKnown(known: KnownName, at: Position): Entity {
    const existing = this.entities.find((entity) => entity.name.toLowerCase() === known.name.toLowerCase())
    if (existing) return existing
    return this.create(known.name, known.kind, at, { role: known.role, gender: known.gender })
  }

  private resolveNamed(phrase: Extract<SpeakerPhrase, { type: 'named' }>, at: Position): Entity {
    const name = phrase.name.replace(/^(?:the|The)\s+/, '')
    this.via = phrase.kind === 'organization' ? 'organization' : 'full-name'
    if (phrase.kind === 'person') return this.resolvePerson(name, phrase.role, phrase.gender, at)
    if (phrase.kind === 'organization') return this.resolveOrganization(name, at)
    return this.resolveSingle(name, phrase.gender, at)
  }

  private resolvePerson(
    name: string,
    role: string | undefined,
    gender: Gender | undefined,
    at: Position,
  ): Entity {
    const plain = words(name)
      .filter((word) => !HONORIFIC.test(word))
      .join(' ')
    if (words(plain).length === 1) return this.resolveSingle(plain, gender, at)
    const lower = plain.toLowerCase()
    let entity =
      this.entities.find(
        (candidate) => candidate.kind === 'person' && candidate.name.toLowerCase() === lower,
      ) ??
      this.entities.find((candidate) => candidate.kind === 'person' && sameNameLoosely(candidate.name, plain))
    // A surname-only entity met before the full name ("Kirby said …" then "John Kirby"): give it its full name.
    entity ??= this.entities.find(
      (candidate) => words(candidate.name).length === 1 && candidate.name.toLowerCase() === surnameOf(plain),
    )
    if (entity) {
      if (words(plain).length > words(entity.name).length) {
        entity.name = plain
        entity.gender ??= genderOfFirstName(plain)
        entity.forms.add(lower)
        entity.forms.add(surnameOf(plain))
        entity.kind = 'person'
      }
    } else {
      const known = this.known.find(
        (candidate) => candidate.kind === 'person' && sameNameLoosely(candidate.name, plain),
      )
      entity = this.create(plain, 'person', at, {
        role: role ?? known?.role,
        gender: gender ?? known?.gender,
      })
    }
    entity.role ??= role
    entity.gender ??= gender
    return entity
  }

  private resolveOrganization(name: string, at: Position): Entity {
    const lower = name.toLowerCase()
    const existing =
      this.entities.find((entity) => entity.kind === 'organization' && entity.forms.has(lower)) ??
      this.entities.find((entity) => entity.kind === 'organization' && isAliasOf(name, entity.name))
    if (existing) {
      existing.forms.add(lower)
      return existing
    }
    const known = this.known.find(
      (candidate) => candidate.kind === 'organization' && isAliasOf(name, candidate.name),
    )
    const entity = this.create(known ? known.name : name, 'organization', at)
    entity.forms.add(lower)
    return entity
  }

  /** One capitalised word: a surname met before or after, an alias of an organisation, or a name of its own. */
  private resolveSingle(name: string, gender: Gender | undefined, at: Position): Entity {
    const lower = name.toLowerCase()
    const byRecency = [...this.entities].sort((a, b) => b.lastSeen - a.lastSeen)
    const entity =
      byRecency.find((candidate) => candidate.kind === 'person' && surnameOf(candidate.name) === lower) ??
      byRecency.find((candidate) => candidate.forms.has(lower))
    this.via = 'surname'
    if (entity) return entity
    this.via = 'surname-unquoted'
    const people = this.known.filter(
      (candidate) => candidate.kind === 'person' && surnameOf(candidate.name) === lower,
    )
    const person = people.filter((candidate) => candidate.at <= at).pop() ?? people[0]
    if (person) {
      const created = this.resolveKnown(person, at)
      created.forms.add(lower)
      return created
    }
    this.via = 'alias'
    const organization = this.entities.find(
      (candidate) => candidate.kind === 'organization' && isAliasOf(name, candidate.name),
    )
    if (organization) {
      organization.forms.add(lower)
      return organization
    }
    const knownOrganization = this.known.find(
      (candidate) => candidate.kind === 'organization' && isAliasOf(name, candidate.name),
    )
    if (knownOrganization) {
      const created = this.resolveKnown(knownOrganization, at)
      created.forms.add(lower)
      return created
    }
    const looksLikeOrganization = /^\p{Lu}{2,}$/u.test(name) || ORGANIZATION_WORDS.has(lower)
    this.via = 'single-word'
    return this.create(name, looksLikeOrganization ? 'organization' : 'person', at, { gender })
  }

  private resolveDescriptor(phrase: Extract<SpeakerPhrase, { type: 'descriptor' }>, at: Position): Entity {
    const lower = phrase.text.toLowerCase()
    this.via = 'organization'
    if (phrase.organization && /\p{Lu}/u.test(phrase.text)) return this.resolveOrganization(phrase.text, at)
    this.via = 'description'
    const same =
      this.entities.find((entity) => entity.forms.has(lower)) ??
      (phrase.head === 'and'
        ? this.entities.find((entity) => entity.plural && jointKey(entity.name) === jointKey(phrase.text))
        : undefined)
    if (same) {
      same.forms.add(lower)
      return same
    }
    if (phrase.definite) {
      // "the ministry" after "the Fenland Ministry of Transport": an organisation with that word in its name.
      // "the spokesman" after "a spokesman for …": an unnamed source described by that noun.
      const head = phrase.head
      const named = [...this.entities]
        .filter((entity) =>
          phrase.organization
            ? entity.kind === 'organization' && words(entity.name.toLowerCase()).includes(head)
            : entity.kind === 'unnamed' && words(entity.name.toLowerCase())[0] === head,
        )
        .sort((a, b) => b.lastSeen - a.lastSeen)[0]
      if (named) {
        named.forms.add(lower)
        return named
      }
      // "the board" when the story has named the Brackwater Water Board without quoting it yet.
      const known = phrase.organization
        ? [...this.known]
            .reverse()
            .find(
              (candidate) =>
                candidate.kind === 'organization' &&
                candidate.at <= at &&
                words(candidate.name.toLowerCase()).includes(head),
            )
        : undefined
      if (known) {
        const entity = this.resolveKnown(known, at)
        entity.forms.add(lower)
        return entity
      }
    }
    if (phrase.definite && !phrase.plural && !phrase.organization) {
      // "the harbour master", "the spokesman": someone the story gave that role. Not merely the last person
      // met, who may hold a different office: a wrong name is worse than an unnamed "spokesman".
      this.via = 'role-noun'
      const holds = (role: string | undefined) =>
        role !== undefined && words(role.toLowerCase()).includes(phrase.head)
      const byRole = this.entities.find((entity) => holds(entity.role))
      if (byRole) return byRole
      const known = [...this.known].reverse().find((candidate) => candidate.at <= at && holds(candidate.role))
      if (known) return this.resolveKnown(known, at)
      // "the first lady" just after a woman was named: the one person of the role's gender in the last two
      // paragraphs, no one there of unknown gender who could be meant instead.
      if (COREFERENT_ROLE_HEADS.has(phrase.head) && phrase.gender) {
        const since = at - (at % 1_000_000) - 2_000_000
        const candidates = new Set<string>()
        for (const entity of this.entities)
          if (
            entity.kind === 'person' &&
            entity.lastSeen >= since &&
            entity.gender !== otherGender(phrase.gender)
          )
            candidates.add(entity.name.toLowerCase())
        for (const name of this.known)
          if (
            name.kind === 'person' &&
            name.at >= since &&
            name.at <= at &&
            name.gender !== otherGender(phrase.gender)
          )
            candidates.add(name.name.toLowerCase())
        if (candidates.size === 1) {
          const only = [...candidates][0]
          const entity = this.entities.find((candidate) => candidate.name.toLowerCase() === only)
          const named = this.known.find((candidate) => candidate.name.toLowerCase() === only)
          const found = entity ?? (named ? this.resolveKnown(named, at) : undefined)
          // The same description later in the story is the same person.
          found?.forms.add(lower)
          if (found) return found
        }
      }
    }
    this.via = phrase.organization ? 'description' : 'unnamed'
    return this.create(phrase.text, phrase.organization ? 'organization' : 'unnamed', at, {
      plural: phrase.plural,
      gender: phrase.gender,
      loose: phrase.loose,
    })
  }
}
