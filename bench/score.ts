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

function nameWords(name: string): string[] {
  const parts = words(name)
  while (parts.length > 1 && /^(?:the|mr|ms|mrs|dr)$/.test(parts[0] as string)) parts.shift()
  return parts
}

/** Same speaker: equal after normalisation (case, a leading "the", Mr/Ms/Dr) or the same last word. */
export function sameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (!gold || !predicted) return false
  const a = nameWords(gold)
  const b = nameWords(predicted)
  if (a.join(' ') === b.join(' ')) return true
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
