import { ABSTAIN_BELOW, confidenceOf, shareRight } from './confidence.ts'
import { genderOfFirstName } from './first-names.ts'
import { readSentence, type Finding } from './attribute.ts'
import { mainClauseSubject } from './speaker-position.ts'
import { findMarkedSegments, type MarkedSegment } from './marks.ts'
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrases.ts'
import { position, SpeakerRegistry, surnameOf, type Entity, type KnownName } from './registry.ts'
import { NOT_NAMES, TITLE_WORDS } from './lexicon.ts'
import { isCapitalized, sentenceRanges, tokenize, type Token } from './tokens.ts'
import type { Extraction, Quote, QuoteKind, Span, Speaker } from './types.ts'

interface Draft {
  kind: QuoteKind
  span: Span
  cue?: Span
  speaker: Entity | null
  /** How strongly the pattern ties content and speaker: which of two overlapping drafts to keep. */
  strength: number
  /** How content and speaker were tied ("quote-before-cue/full-name"), for the calibrated confidence. */
  evidence: string
  /** Drafts that are one quotation over several paragraphs share a group. */
  group: number
}

interface PreparedParagraph {
  text: string
  segments: MarkedSegment[]
  tokens: Token[]
}

const DOUBLE_MARK = /^\s*(?:["“”„«»‟]|''|‘‘|’’|``)/
const OPENS_WITH_SINGLE = /^['‘]/

/** Marks in every paragraph, with quotations that run on from one paragraph into the next. */
function prepare(paragraphs: readonly string[]): PreparedParagraph[] {
  let continuing = false
  return paragraphs.map((text, paragraph) => {
    let segments = findMarkedSegments(paragraph, text, continuing)
    const last = segments[segments.length - 1]
    continuing = false
    if (last && last.close === null) {
      const nextOpensWithMark = DOUBLE_MARK.test(paragraphs[paragraph + 1] ?? '')
      const wholeParagraph = text.slice(0, last.open).trim() === ''
      if (nextOpensWithMark) continuing = true
      // A mark left open mid-paragraph with nothing to continue it is a stray: the words are not a quotation.
      else if (!wholeParagraph) segments = segments.slice(0, -1)
    }
    segments = segments.flatMap((segment) => unwrapQuotedQuotes(paragraph, text, segment))
    return { text, segments, tokens: tokenize(text, segments) }
  })
}

/**
 * `" 'There is hatred …,' [Bruck] said.` — a passage quoted from another paper, whose own quotations are in
 * single marks. The single-marked parts are the quotations; the rest is that paper's attribution.
 */
function unwrapQuotedQuotes(paragraph: number, text: string, segment: MarkedSegment): MarkedSegment[] {
  if (!OPENS_WITH_SINGLE.test(text.slice(segment.start, segment.end))) return [segment]
  const inner = findMarkedSegments(paragraph, text, false, segment.start, segment.end).filter(
    (found) => !found.double,
  )
  return inner.length > 0 ? inner : [segment]
}

/** Every capitalised name in the article, so surnames and pronouns can reach people introduced anywhere. */
function collectNames(prepared: readonly PreparedParagraph[]): KnownName[] {
  const names: KnownName[] = []
  prepared.forEach(({ text, tokens }, paragraph) => {
    for (let index = 0; index < tokens.length; index++) {
      if (!isCapitalized(tokens[index])) continue
      // "Trump-led Republicans", "GOP-controlled Senate": a name made into an adjective ends the name there.
      if (isNameCompound(tokens[index] as Token)) continue
      let end = index
      while (
        end < tokens.length &&
        ((isCapitalized(tokens[end]) && !isNameCompound(tokens[end] as Token)) ||
          // "and" joins words of one name only after "of" ("Department of Health and Social Care"); else it
          // joins two names ("Ruiz and Ek").
          ((/^(?:of|for|de|van|von|al|bin)$/.test(tokens[end]?.lower ?? '') ||
            (tokens[end]?.lower === 'and' &&
              tokens.slice(index, end).some((token) => /^(?:of|for)$/.test(token.lower)))) &&
            isCapitalized(tokens[end + 1])))
      )
        end++
      // Role words before the name ("Trade envoy Caspar Wendleby"), but never a verb ("said Senator …").
      let from = index
      while (
        from > 0 &&
        index - from < 4 &&
        tokens[from - 1]?.kind === 'word' &&
        isRoleWord(tokens[from - 1] as Token)
      )
        from--
      // Failing that, without its first word: "Councillors Ada Brenning" holds Ada Brenning.
      const phrase =
        parseSpeakerPhrase(text, tokens.slice(from, end)) ??
        (from < index ? parseSpeakerPhrase(text, tokens.slice(index, end)) : null) ??
        (end - index > 2 ? parseSpeakerPhrase(text, tokens.slice(index + 1, end)) : null)
      // Only full names: "Ms. Lind" is a reference to someone, not an introduction.
      const full = phrase?.type === 'named' && (phrase.kind === 'organization' || /\s/.test(phrase.name))
      if (phrase?.type === 'named' && phrase.kind !== 'single' && full) {
        names.push({
          name: phrase.name.replace(/^the\s+/i, ''),
          kind: phrase.kind,
          role: phrase.role,
          gender: phrase.gender ?? (phrase.kind === 'person' ? genderOfFirstName(phrase.name) : undefined),
          at: position(paragraph, phrase.start),
        })
      }
      index = end
    }
  })
  return names
}

/** A capitalised word joined by a hyphen to a lower-case one: "Trump-led", "Kremlin-backed", "Paris-based". */
function isNameCompound(token: Token): boolean {
  return /^\p{Lu}[^-]*-\p{Ll}+$/u.test(token.text)
}

function isRoleWord(token: Token): boolean {
  return (isCapitalized(token) && !NOT_NAMES.has(token.lower)) || TITLE_WORDS.has(token.lower)
}

const strengthOf = (finding: Finding, entity: Entity | null, pronoun: boolean) =>
  entity === null ? 0.3 : Math.max(0.1, Math.min(1, finding.strength - (pronoun ? 0.1 : 0)))

/**
 * Finds the quotations in an article's paragraphs and who said each.
 *
 * Direct quotations are read from their marks, indirect ones from speech verbs ("said that …"), mixed ones
 * are marked fragments inside reported speech. Speakers are resolved in reading order, so surnames, pronouns
 * and "the spokeswoman" reach the person introduced before them.
 *
 * Pure and deterministic: the same paragraphs always give the same result, in Node and in the browser.
 * @param paragraphs the article's paragraphs, without its headline, whitespace already normalised
 * @returns quotations in reading order (ids q1, q2, …) and the speakers they cite, each with every mention
 */
export function extractQuotes(paragraphs: readonly string[]): Extraction {
  return analyseQuotes(paragraphs).extraction
}

/**
 * The extraction, and for each quotation the evidence that tied it to its speaker. `abstain: false` keeps
 * the speakers the engine would name however unsure it is: for measuring how sure it should be
 * (bench/calibrate.ts).
 */
export function analyseQuotes(
  paragraphs: readonly string[],
  { abstain = true } = {},
): {
  extraction: Extraction
  evidence: Map<string, string>
} {
  const prepared = prepare(paragraphs)
  const reader = new ReadingOrder(new SpeakerRegistry(collectNames(prepared)))
  prepared.forEach((paragraph, index) => reader.read(paragraph, index))
  return assemble(paragraphs, dropOverlaps(reader.drafts), abstain)
}

/** A subject phrase, and whether it is one word opening its sentence. */
interface SubjectPhrase {
  phrase: SpeakerPhrase
  lone: boolean
  /** The paragraph it stands in, which its offsets are in. */
  paragraph: number
}

/** A single word that opens its sentence: "Signs point to …", "Ruiz said …". */
function isLoneOpener(text: string, phrase: SpeakerPhrase): boolean {
  if (/\s/.test(text.slice(phrase.start, phrase.end).trim())) return false
  return /(?:^|[.!?:;]['"’”]?)\s*$/.test(text.slice(Math.max(0, phrase.start - 4), phrase.start))
}

/** A draft found in the paragraph being read, with its quotation token and whether it has a cue of its own. */
interface Found {
  draft: Draft
  token?: Token
  orphan: boolean
  /** Quoted words inside a sentence, not a whole quoted sentence. */
  fragment?: boolean
  /** "Bolton distanced himself …. "I'm going to support him."": who the sentence before it was about, and how. */
  previousSubject?: { entity: Entity; via: string }
}

/**
 * The article read paragraph by paragraph, in order, as a reader would: each paragraph's findings resolved
 * against the people met so far, then its quotations with no cue of their own given a speaker, then the
 * quotations that run over paragraphs joined.
 */
class ReadingOrder {
  readonly drafts: Draft[] = []
  private group = 0
  /** The quotation left open at the end of the previous paragraph, which this one may continue. */
  private openGroup: { group: number; speaker: Entity | null } | null = null
  /** Unattributed quotations that a later "X has said that" may claim. */
  private pendingOrphans: Draft[] = []
  private lastSpeaker: { entity: Entity; paragraph: number } | null = null
  /** Whom the last sentence of a paragraph reported or was about, for a quotation opening the next. */
  private closing: { subject: SubjectPhrase; paragraph: number } | null = null
  /** "The mayor said:" closing the previous paragraph: who speaks in the quotation that opens this one. */
  private introduced: { entity: Entity | null; via: string; cue: Span } | null = null

  constructor(private readonly registry: SpeakerRegistry) {}

  read({ text, tokens }: PreparedParagraph, paragraph: number): void {
    const found = this.findings(text, tokens, paragraph)
    this.attributeOrphans(found, tokens, paragraph)
    this.joinRunOn(found)
    this.carryOver(found, paragraph)
  }

  /**
   * Whom a subject names, for quoted words with no cue of their own; not a lone capitalised word that opens its
   * sentence and names no one met ("Signs point to …", "Wait, …"): a common word as often as a name.
   */
  private resolveSubject(
    phrase: SpeakerPhrase,
    lone: boolean,
    paragraph: number,
  ): { entity: Entity; via: string } | null {
    const { entity, via } = this.registry.resolve(phrase, paragraph)
    return entity && !(lone && via === 'single-word') ? { entity, via } : null
  }

  /** Every sentence's findings as drafts, speakers resolved in reading order, and its quotations with no cue. */
  private findings(text: string, tokens: readonly Token[], paragraph: number): Found[] {
    const found: Found[] = []
    // The paragraph before may end on whom the quotation opening this one is by: "Ruiz issued a statement:".
    let previousSubject = this.closing?.paragraph === paragraph - 1 ? this.closing.subject : undefined
    let acrossParagraphs = previousSubject !== undefined
    for (const [from, to] of sentenceRanges(text, tokens)) {
      const sentence = tokens.slice(from, to)
      const subjectBefore = previousSubject
      const before = acrossParagraphs ? 'previous-paragraph' : 'previous-subject'
      previousSubject = undefined
      acrossParagraphs = false
      const subject = mainClauseSubject(text, sentence, sentence.length)
      if (subject) this.registry.noteSubject(subject.phrase, paragraph)
      const subjectIsSomeone = subject?.phrase.type === 'named' || subject?.phrase.type === 'pronoun'
      const reading = readSentence(text, sentence)
      let sentenceSource: Draft | undefined
      for (const finding of reading.findings) {
        const { entity, via } = this.registry.resolve(finding.speaker, paragraph)
        const token = finding.quoteToken === undefined ? undefined : sentence[finding.quoteToken]
        const draft: Draft = {
          kind: finding.kind,
          span: { paragraph, start: finding.start, end: finding.end },
          cue: { paragraph, ...finding.cue },
          speaker: entity,
          strength: strengthOf(finding, entity, finding.speaker.type === 'pronoun'),
          evidence: `${finding.fromMain ? 'main-' : ''}${finding.pattern}/${via}`,
          group: this.group++,
        }
        found.push({ draft, token, orphan: false })
        if (entity) sentenceSource ??= draft
      }
      // Quoted words no cue claimed: the words of whoever the sentence reports, or else of the person it is
      // about ("Ruiz, promising to "fix every pier"…"), as sure as calibration finds that to be.
      for (const index of reading.fragments) {
        const segment = (sentence[index] as Token).segment as MarkedSegment
        let speaker = sentenceSource?.speaker ?? null
        let evidence = sentenceSource ? `fragment/${sentenceSource.evidence}` : 'fragment'
        // A word or two ("a "stiff"") is measured apart: a label the writer holds at arm's length as often.
        const short = reading.shortFragments.has(index)
        // The sentence's subject when someone. (The person acting in the clause the words stand in was tried:
        // right on train, wrong on every dev case, so it is not a source.)
        const resolved =
          sentenceSource || subject === null || !subjectIsSomeone
            ? null
            : this.resolveSubject(subject.phrase, isLoneOpener(text, subject.phrase), paragraph)
        if (resolved) {
          speaker = resolved.entity
          evidence = `fragment/subject${short ? '-short' : ''}/${resolved.via}`
        }
        const draft: Draft = {
          kind: 'mixed',
          span: { paragraph, start: segment.start, end: segment.end },
          speaker,
          strength: 0.3,
          evidence,
          group: this.group++,
        }
        if (sentenceSource?.cue) draft.cue = sentenceSource.cue
        // With no one in its sentence, the paragraph around it may say whose words they are.
        found.push({ draft, token: sentence[index], orphan: speaker === null && !short, fragment: true })
      }
      if (reading.anaphora && this.pendingOrphans.length > 0) {
        const { entity, via } = this.registry.resolve(reading.anaphora.speaker, paragraph)
        for (const orphan of this.pendingOrphans) {
          orphan.speaker = entity
          orphan.cue = { paragraph, ...reading.anaphora.cue }
          orphan.strength = 0.6
          orphan.evidence = `anaphora/${via}`
        }
        this.pendingOrphans = []
      }
      if (reading.introduces) {
        const { entity, via } = this.registry.resolve(reading.introduces.speaker, paragraph)
        this.introduced = { entity, via, cue: { paragraph, ...reading.introduces.cue } }
      }
      for (const index of reading.orphans) {
        const token = sentence[index] as Token
        const segment = token.segment as MarkedSegment
        const draft: Draft = {
          kind: 'direct',
          span: { paragraph, start: segment.start, end: segment.end },
          speaker: null,
          strength: 0.3,
          evidence: 'orphan',
          group: this.group++,
        }
        // "Trump leaned in and boomed: "…"": a quotation after a colon that closes its sentence's clause is
        // its subject's words, as sure as calibration finds that to be.
        const colon = sentence[index - 1]
        // A verb between subject and colon: "Update: "…"" is a label, not a speaker.
        const saysSomething =
          subject !== null &&
          sentence
            .slice(0, index - 1)
            .some((word) => word.kind === 'word' && word.start >= subject.phrase.end && !isCapitalized(word))
        if (colon?.kind === 'punct' && colon.text === ':' && saysSomething && subjectIsSomeone) {
          const { entity, via } = this.registry.resolve(subject.phrase, paragraph)
          if (entity) {
            draft.speaker = entity
            draft.strength = 0.6
            draft.evidence = `colon/subject/${via}`
            found.push({ draft, token, orphan: false })
            continue
          }
        }
        const entry: Found = { draft, token, orphan: true }
        if (subjectBefore && !sentence.slice(0, index).some((word) => word.kind === 'word')) {
          const resolved = this.resolveSubject(
            subjectBefore.phrase,
            subjectBefore.lone,
            subjectBefore.paragraph,
          )
          if (resolved) entry.previousSubject = { entity: resolved.entity, via: `${before}/${resolved.via}` }
        }
        found.push(entry)
      }
      // The sentence's speaker, or else its subject, for a quoted sentence right after it with no cue of its
      // own: "Lynch announced the lawsuit on Monday. "We are seeking …""
      const lastFinding = reading.findings[reading.findings.length - 1]
      const reported = lastFinding?.speaker
      if (reading.orphans.length === 0) {
        const phrase = reported ?? (subject && subjectIsSomeone ? subject.phrase : undefined)
        if (phrase && (phrase.type === 'named' || phrase.type === 'pronoun'))
          previousSubject = { phrase, lone: isLoneOpener(text, phrase), paragraph }
      }
    }
    this.closing = previousSubject ? { subject: previousSubject, paragraph } : null
    return found.sort((a, b) => a.draft.span.start - b.draft.span.start)
  }

  /**
   * Quotations with no cue of their own take their speaker from the quotation they continue, the one beside
   * them in the paragraph, or the last speaker when the paragraph opens with them.
   */
  private attributeOrphans(found: Found[], tokens: readonly Token[], paragraph: number): void {
    const firstWord = tokens.find((token) => token.kind !== 'punct')
    found.forEach((entry, index) => {
      if (!entry.orphan) return
      const { draft, token } = entry
      if (token?.segment?.continues && this.openGroup) {
        draft.group = this.openGroup.group
        draft.speaker = this.openGroup.speaker
        draft.strength = this.openGroup.speaker ? 0.8 : 0.3
        draft.evidence = 'continued-paragraph'
        return
      }
      const introduced = this.introduced
      if (introduced && introduced.cue.paragraph === paragraph - 1 && firstWord === token) {
        draft.speaker = introduced.entity
        draft.cue = introduced.cue
        draft.strength = 0.8
        draft.evidence = `introduced/${introduced.via}`
        return
      }
      const neighbour =
        found
          .slice(0, index)
          .reverse()
          .find((other) => other.draft.kind !== 'indirect' && other.draft.speaker) ??
        found
          .slice(index + 1)
          .find((other) => !other.orphan && other.draft.kind !== 'indirect' && other.draft.speaker)
      // Words quoted inside a sentence are measured apart from whole quoted sentences: context says less.
      const prefix = entry.fragment ? 'fragment-' : ''
      if (neighbour) {
        draft.speaker = neighbour.draft.speaker
        draft.cue = neighbour.draft.cue
        draft.strength = 0.8
        draft.evidence = `${prefix}neighbour/${neighbour.draft.evidence}`
      } else if (entry.previousSubject) {
        draft.speaker = entry.previousSubject.entity
        draft.strength = 0.7
        draft.evidence = entry.previousSubject.via
      } else if (
        // Quoted words inside a sentence are not given to the last speaker: that is right too rarely.
        firstWord === token &&
        !entry.fragment &&
        this.lastSpeaker &&
        paragraph - this.lastSpeaker.paragraph <= 1
      ) {
        draft.speaker = this.lastSpeaker.entity
        draft.strength = 0.7
        draft.evidence = `${prefix}last-speaker`
      }
    })
  }

  /**
   * A quotation that ran on from the previous paragraph and is attributed here (by a cue of its own, or only
   * here at all) lends its speaker back to every paragraph of it.
   */
  private joinRunOn(found: Found[]): void {
    const open = this.openGroup
    const continued = found.find((entry) => entry.token?.segment?.continues)
    if (!continued || !open) return
    if (continued.draft.speaker && (!open.speaker || !continued.orphan)) {
      for (const draft of this.drafts) {
        if (draft.group !== open.group) continue
        draft.speaker = continued.draft.speaker
        draft.strength = Math.max(draft.strength, continued.draft.strength - 0.1)
        draft.evidence = continued.draft.evidence
      }
    } else {
      continued.draft.speaker ??= open.speaker
    }
    continued.draft.group = open.group
  }

  /** What the next paragraph needs from this one: an open quotation, unclaimed orphans, the last speaker. */
  private carryOver(found: Found[], paragraph: number): void {
    const runOn = found.find((entry) => entry.token?.segment?.close === null && entry.draft.kind === 'direct')
    this.openGroup = runOn ? { group: runOn.draft.group, speaker: runOn.draft.speaker } : null
    this.pendingOrphans = found
      .filter((entry) => entry.orphan && !entry.draft.speaker)
      .map((entry) => entry.draft)
    for (const { draft } of found) {
      this.drafts.push(draft)
      if (draft.speaker) this.lastSpeaker = { entity: draft.speaker, paragraph }
    }
  }
}

/** Keeps the first of any drafts whose content overlaps, so spans never cross. */
function dropOverlaps(drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort(
    (a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start || b.strength - a.strength,
  )
  const kept: Draft[] = []
  for (const draft of sorted) {
    const previous = kept[kept.length - 1]
    if (previous && previous.span.paragraph === draft.span.paragraph && draft.span.start < previous.span.end)
      continue
    kept.push(draft)
  }
  return kept
}

function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'speaker'
  )
}

function assemble(
  paragraphs: readonly string[],
  drafts: Draft[],
  abstain: boolean,
): { extraction: Extraction; evidence: Map<string, string> } {
  const groups = new Map<number, Draft[]>()
  for (const draft of drafts) {
    const members = groups.get(draft.group)
    if (members) members.push(draft)
    else groups.set(draft.group, [draft])
  }
  // Each quotation's speaker and the evidence for it; a speaker found too weakly is not named.
  const attributed = [...groups.values()].map((members) => {
    const source = members.find((member) => member.speaker) ?? (members[0] as Draft)
    // An unnamed source ("a spokesman") is never a wrong name: it stays, however unsure.
    const sure = source.speaker?.kind === 'unnamed' || shareRight(source.evidence) >= ABSTAIN_BELOW
    return { members, evidence: source.evidence, speaker: abstain && !sure ? null : source.speaker }
  })
  const cited = [
    ...new Set(
      attributed.map((entry) => entry.speaker).filter((entity): entity is Entity => entity !== null),
    ),
  ]
  const ids = new Map<Entity, string>()
  const used = new Set<string>()
  for (const entity of cited) {
    const base = slugOf(entity.name)
    let id = base
    for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`
    used.add(id)
    ids.set(entity, id)
  }

  const evidence = new Map<string, string>()
  const quotes: Quote[] = attributed.map(({ members, speaker, evidence: how }, index) => {
    const first = members[0] as Draft
    const quote: Quote = {
      id: `q${index + 1}`,
      kind: first.kind,
      speakerId: speaker ? (ids.get(speaker) as string) : null,
      spans: members.map((member) => member.span),
      confidence: confidenceOf(how, speaker !== null),
    }
    const cue = members.find((member) => member.cue)?.cue
    if (cue) quote.cue = cue
    evidence.set(quote.id, how)
    return quote
  })

  const searchable = searchableText(paragraphs)
  const speakers: Speaker[] = cited.map((entity) => {
    const speaker: Speaker = {
      id: ids.get(entity) as string,
      name: entity.name,
      kind: entity.kind,
      mentions: mentionsOf(searchable, entity),
    }
    if (entity.role) speaker.role = entity.role
    return speaker
  })
  return { extraction: { quotes, speakers }, evidence }
}

/** Every place the entity's names appear, with the subjects and pronouns the resolver tied to it. */
function mentionsOf(searchable: readonly string[], entity: Entity): Span[] {
  const forms = [...entity.forms].filter((form) => form.length > 1)
  if (entity.kind === 'person') forms.push(surnameOf(entity.name))
  const spans: Span[] = [...entity.mentions]
  for (const form of new Set(forms.map((form) => form.toLowerCase()))) {
    searchable.forEach((text, paragraph) => {
      for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1)) {
        const end = start + form.length
        if (isWordCharacter(text[start - 1]) || isWordCharacter(text[end])) continue
        spans.push({ paragraph, start, end })
      }
    })
  }
  // Leftmost first, the longest of those starting together: the reading a name search gives. A name found by
  // the search and by the resolver is one mention; nested ones collapse.
  spans.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end)
  const unique: Span[] = []
  for (const span of spans) {
    const last = unique[unique.length - 1]
    if (last && last.paragraph === span.paragraph && span.start < last.end) continue
    unique.push(span)
  }
  return unique
}

/**
 * The paragraphs lower-cased once for every entity's name search, offset for offset: the few letters whose
 * lower case is longer (Turkish dotted I) stay as they are.
 */
function searchableText(paragraphs: readonly string[]): string[] {
  return paragraphs.map((text) => {
    const lower = text.toLowerCase()
    if (lower.length === text.length) return lower
    return Array.from(text, (character) => {
      const lowered = character.toLowerCase()
      return lowered.length === character.length ? lowered : character
    }).join('')
  })
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u
const isWordCharacter = (character: string | undefined) =>
  character !== undefined && WORD_CHARACTER.test(character)
