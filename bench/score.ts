/**
 * Scoring predictions against annotated quotations, as `../shared/DESIGN.md` ("Measuring the engine") defines:
 * texts normalised to words, a match is a Dice coefficient of at least 0.5 over words in the same paragraph,
 * matched one to one, best pairs first.
 */

export type Kind = 'direct' | 'indirect' | 'mixed'

export interface Annotated {
  kind: Kind
  paragraph: number
  text: string
  speaker: string | null
}

/** What the engine said, with what scoring it needs beyond the words. */
export interface Predicted extends Annotated {
  /** `unnamed` for a source without a name ("a spokesman"): never a wrong *name*. */
  speakerKind: 'person' | 'organization' | 'unnamed' | null
  confidence: number
  /** Which quotation this span belongs to, and its place in it (0 = the paragraph it opens in). */
  quote: string
  part: number
}

export interface Pair {
  gold: Annotated
  predicted: Annotated
  dice: number
}

export interface Scored {
  pairs: Pair[]
  missed: Annotated[]
  spurious: Annotated[]
}

const MATCH_THRESHOLD = 0.5

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

/** 2·|A∩B| / (|A|+|B|) over word multisets. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of b) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      shared++
      counts.set(word, left - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}

/** Matches predictions to gold one to one; `sameKind` restricts pairs to the same kind (per-kind scores). */
export function match(gold: readonly Annotated[], predicted: readonly Annotated[], sameKind = false): Scored {
  const candidates: Array<{ g: number; p: number; dice: number }> = []
  const goldWords = gold.map((item) => words(item.text))
  const predictedWords = predicted.map((item) => words(item.text))
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (g.paragraph !== p.paragraph || (sameKind && g.kind !== p.kind)) return
      const score = dice(goldWords[gi] as string[], predictedWords[pi] as string[])
      if (score >= MATCH_THRESHOLD) candidates.push({ g: gi, p: pi, dice: score })
    }),
  )
  candidates.sort((a, b) => b.dice - a.dice || a.g - b.g || a.p - b.p)
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  const pairs: Pair[] = []
  for (const candidate of candidates) {
    if (usedGold.has(candidate.g) || usedPredicted.has(candidate.p)) continue
    usedGold.add(candidate.g)
    usedPredicted.add(candidate.p)
    pairs.push({
      gold: gold[candidate.g] as Annotated,
      predicted: predicted[candidate.p] as Annotated,
      dice: candidate.dice,
    })
  }
  return {
    pairs,
    missed: gold.filter((_, index) => !usedGold.has(index)),
    spurious: predicted.filter((_, index) => !usedPredicted.has(index)),
  }
}

function nameWords(name: string, refined = false): string[] {
  // "Clinton’s" in "Clinton’s campaign slogan" names Clinton: the possessive is the mention's, not the name's.
  const parts = words(refined ? name.replace(/['’]s\b/g, '') : name)
  while (parts.length > 1 && /^(?:the|mr|ms|mrs|dr)$/.test(parts[0] as string)) parts.shift()
  while (refined && parts.length > 1 && /^(?:jr|sr|ii|iii|iv)$/.test(parts.at(-1) as string)) parts.pop()
  return parts
}

/** "AP" for "Associated Press", "the DNC" for "Democratic National Committee". */
function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/^the\s+/i, '').replace(/\./g, '')
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false
  const initials = long
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
  return initials === letters
}

/**
 * Same speaker: equal after normalisation (case, a leading "the", Mr/Ms/Dr) or the same last word. `refined`
 * also drops Jr., Sr. and III before the surname and reads an acronym as its name.
 */
export function sameSpeaker(gold: string | null, predicted: string | null, refined = false): boolean {
  if (!gold || !predicted) return false
  const a = nameWords(gold, refined)
  const b = nameWords(predicted, refined)
  if (a.join(' ') === b.join(' ')) return true
  if (refined && (isAcronymOf(gold, predicted) || isAcronymOf(predicted, gold))) return true
  return a.length > 0 && a[a.length - 1] === b[b.length - 1]
}

export interface Counts {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

export function f1({ truePositives, falsePositives, falseNegatives }: Counts) {
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives)
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives)
  const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1: score }
}

const PRONOUNS = new Set(
  'he she they it we i you him her them his hers their its who which that this these those one'.split(' '),
)

/**
 * PolNeAR's speaker is the mention at the cue ("Rep. Jerry Nadler, a Democrat from New York", "he"), not a
 * resolved name. The fair reading (`../shared/corpora/README.md`): cut at the first comma or dash, drop
 * parentheses, and count it only if its head (last word, without a possessive) is capitalised and not a
 * pronoun. Returns the name to compare, or null when the mention names no one.
 */
export function namedMention(mention: string | null, refined = false): string | null {
  if (!mention) return null
  const cut = mentionCore(mention, refined)
  // "We’ve", "I’m": a pronoun with its verb is still a pronoun.
  const ending = refined ? /['’](?:s|ve|re|ll|d|m)?$/i : /['’]s?$/
  const head = (cut.split(/\s+/).at(-1) ?? '').replace(ending, '')
  if (!/^\p{Lu}/u.test(head) || PRONOUNS.has(head.toLowerCase())) return null
  return cut.replace(/\s+/g, ' ')
}

/** The mention without its apposition and parentheses: "Rep. Ana Ruiz, a Democrat (D-Vt.)" → "Rep. Ana Ruiz". */
export function mentionCore(mention: string, refined = false): string {
  const cut = (mention.split(/\s*[,—–]\s*|\s+-\s+/)[0] ?? '').replace(/\([^)]*\)/g, ' ').trim()
  return refined ? withoutPlace(cut) : cut
}

/** Heads of bodies whose name goes on with "of": "Department of Energy" is one name. */
const BODY_HEADS =
  /^(?:court|department|university|bank|committee|office|bureau|institute|center|centre|council|association|board|agency|ministry|party|house|senate|state|college|school|church|union|service|commission|foundation|fund|society|academy|corporation|company|group|secretary|president|governor|mayor|chairman|director|chief|speaker|minister|attorney|leader)$/i

/**
 * "Rep. Lena Marsh of Vermont", "a farmer from Sumter": where a person is from, cut like an apposition (the
 * README's comma rule misses it, and compares "Vermont" as the surname). Bodies keep theirs.
 */
function withoutPlace(mention: string): string {
  const found = /^(.*?\S)\s+(?:of|from|in)\s+(?:the\s+)?\p{Lu}/u.exec(mention)
  if (!found) return mention
  const before = found[1] as string
  const last = before.split(/\s+/).at(-1) ?? ''
  return BODY_HEADS.test(last) ? mention : before
}

/** A prediction whose words lie (80% or more) inside the gold text: a piece of that quotation. */
export function isFragmentOf(piece: Annotated, whole: Annotated): boolean {
  if (piece.paragraph !== whole.paragraph) return false
  const pieceWords = words(piece.text)
  if (pieceWords.length === 0) return false
  const wholeWords = new Set(words(whole.text))
  return pieceWords.filter((word) => wholeWords.has(word)).length / pieceWords.length >= 0.8
}

/** How gold speakers are given: resolved names (shared/gold) or mentions at the cue (PolNeAR). */
export type Scheme = 'names' | 'mentions'

export interface Verdicts {
  scheme: Scheme
  pairs: Pair[]
  missed: Annotated[]
  spurious: Predicted[]
  /** Unmatched predictions that are pieces of a matched quotation: neither right nor wrong. */
  fragments: Predicted[]
  /** Matched pairs whose gold speaker names someone: the ones attribution is scored on. */
  named: Pair[]
  right: Pair[]
  /** Given to a wrong named speaker: words put in someone else's mouth. */
  wrongName: Pair[]
  /** Given to an unnamed source ("a spokesman") where the gold names someone. */
  wrongUnnamed: Pair[]
  /** Left without a speaker where the gold names one: honest, but a miss. */
  noSpeaker: Pair[]
}

/** The speaker a pair is scored against, or null when it is not counted for attribution. */
function goldName(scheme: Scheme, gold: Annotated, refined: boolean): string | null {
  return scheme === 'mentions' ? namedMention(gold.speaker, refined) : gold.speaker
}

/**
 * Scores one article. Under the mention scheme, pieces of a matched quotation (an interrupted quotation is one
 * PolNeAR item; a quotation over several paragraphs is annotated in its first) are fragments, not errors.
 */
export function judge(
  scheme: Scheme,
  gold: readonly Annotated[],
  predicted: readonly Predicted[],
  sameKind = false,
  refined = true,
): Verdicts {
  const scored = match(gold, predicted, sameKind)
  const matchedGold = scored.pairs.map((pair) => pair.gold)
  const matchedQuotes = new Set(scored.pairs.map((pair) => (pair.predicted as Predicted).quote))
  const isFragment = (prediction: Predicted) =>
    scheme === 'mentions' &&
    (matchedGold.some((item) => isFragmentOf(prediction, item)) ||
      (prediction.part > 0 && matchedQuotes.has(prediction.quote)))
  const unmatched = scored.spurious as Predicted[]
  const verdicts: Verdicts = {
    scheme,
    pairs: scored.pairs,
    missed: scored.missed,
    spurious: unmatched.filter((prediction) => !isFragment(prediction)),
    fragments: unmatched.filter(isFragment),
    named: [],
    right: [],
    wrongName: [],
    wrongUnnamed: [],
    noSpeaker: [],
  }
  for (const pair of scored.pairs) {
    const name = goldName(scheme, pair.gold, refined)
    if (!name) continue
    verdicts.named.push(pair)
    const predictedPair = pair.predicted as Predicted
    if (sameSpeaker(name, predictedPair.speaker, refined && scheme === 'mentions')) verdicts.right.push(pair)
    else if (predictedPair.speaker === null) verdicts.noSpeaker.push(pair)
    else if (predictedPair.speakerKind === 'unnamed') verdicts.wrongUnnamed.push(pair)
    else verdicts.wrongName.push(pair)
  }
  return verdicts
}

/**
 * Whether a matched quotation's speaker is right, as the reliability table and the calibration judge it, or
 * null when it cannot be judged. A named speaker is judged where the source is named; an unnamed one ("a
 * spokesman") against the source as the text gives it, named or not.
 */
export function attributionRight(verdicts: Verdicts, pair: Pair): boolean | null {
  const predicted = pair.predicted as Predicted
  if (predicted.speaker === null || !pair.gold.speaker) return null
  // A pronoun at the cue ("he said") names no one to compare with.
  if (predicted.speakerKind === 'unnamed' && PRONOUNS.has(pair.gold.speaker.trim().toLowerCase())) return null
  if (predicted.speakerKind === 'unnamed') {
    const gold = verdicts.scheme === 'mentions' ? mentionCore(pair.gold.speaker, true) : pair.gold.speaker
    return sameSpeaker(gold, predicted.speaker, true) || headNoun(gold) === headNoun(predicted.speaker)
  }
  if (!verdicts.named.includes(pair)) return null
  return verdicts.right.includes(pair)
}

const QUALIFIER = /^(?:who|whom|whose|that|which|with|of|at|in|from|for|on|to|by|about)$/

/**
 * The noun a description is about: "Some delegates at the convention in Philadelphia" → "delegates", as is
 * "delegates at the convention". Two descriptions of a source with the same head are the same source.
 */
export function headNoun(description: string): string {
  const parts = words(description)
  const cut = parts.findIndex((word, index) => index > 0 && QUALIFIER.test(word))
  const head = (cut > 0 ? parts.slice(0, cut) : parts).at(-1) ?? ''
  return head.replace(/s$/, '')
}
