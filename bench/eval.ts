/**
 * `npm run eval -- [gold dir] [--verbose]`: precision, recall and F1 per kind and overall, and attribution
 * accuracy, of the quote engine against annotated articles. Prints figures; never fails on them.
 */
import { resolve } from 'node:path'
import { extractQuotes } from '../src/quotes/index.ts'
import { loadGold, type GoldCase } from './gold.ts'
import { f1, match, sameSpeaker, type Annotated, type Counts, type Kind } from './score.ts'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const goldDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? '../shared/gold')

function predict(gold: GoldCase): Annotated[] {
  const { quotes, speakers } = extractQuotes(gold.paragraphs)
  const names = new Map(speakers.map((speaker) => [speaker.id, speaker.name]))
  // A quotation over several paragraphs is scored per paragraph, as the annotations are.
  return quotes.flatMap((quote) =>
    quote.spans.map((span) => ({
      kind: quote.kind,
      paragraph: span.paragraph + 1,
      text: (gold.paragraphs[span.paragraph] ?? '').slice(span.start, span.end),
      speaker: quote.speakerId === null ? null : (names.get(quote.speakerId) ?? null),
    })),
  )
}

const KINDS: Kind[] = ['direct', 'mixed', 'indirect']
const zero = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })
const totals = { all: zero(), direct: zero(), mixed: zero(), indirect: zero(), directMixed: zero() }
let attributed = 0
let matched = 0
const lines: string[] = []

const add = (counts: Counts, tp: number, fp: number, fn: number) => {
  counts.truePositives += tp
  counts.falsePositives += fp
  counts.falseNegatives += fn
}
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text)

const cases = loadGold(goldDir)
if (cases.length === 0) {
  console.error(`eval: no annotated articles in ${goldDir}`)
  process.exit(1)
}
for (const gold of cases) {
  const predicted = predict(gold)
  const overall = match(gold.quotes, predicted)
  add(totals.all, overall.pairs.length, overall.spurious.length, overall.missed.length)
  const right = overall.pairs.filter((pair) => sameSpeaker(pair.gold.speaker, pair.predicted.speaker)).length
  attributed += right
  matched += overall.pairs.length
  for (const kind of KINDS) {
    const scored = match(
      gold.quotes.filter((quote) => quote.kind === kind),
      predicted.filter((quote) => quote.kind === kind),
      true,
    )
    add(totals[kind], scored.pairs.length, scored.spurious.length, scored.missed.length)
  }
  const isDirectMixed = (quote: Annotated) => quote.kind !== 'indirect'
  const dm = match(gold.quotes.filter(isDirectMixed), predicted.filter(isDirectMixed))
  add(totals.directMixed, dm.pairs.length, dm.spurious.length, dm.missed.length)

  const score = f1({
    truePositives: overall.pairs.length,
    falsePositives: overall.spurious.length,
    falseNegatives: overall.missed.length,
  })
  lines.push(
    `${gold.name.padEnd(26)} gold ${String(gold.quotes.length).padStart(3)}  found ${String(predicted.length).padStart(3)}  F1 ${score.f1.toFixed(3)}  attribution ${right}/${overall.pairs.length}`,
  )
  if (verbose) {
    for (const miss of overall.missed)
      lines.push(
        `    missed   p${miss.paragraph} ${miss.kind.padEnd(8)} ${miss.speaker} — ${short(miss.text)}`,
      )
    for (const extra of overall.spurious)
      lines.push(
        `    spurious p${extra.paragraph} ${extra.kind.padEnd(8)} ${extra.speaker} — ${short(extra.text)}`,
      )
    for (const pair of overall.pairs) {
      if (!sameSpeaker(pair.gold.speaker, pair.predicted.speaker))
        lines.push(
          `    speaker  p${pair.gold.paragraph} ${pair.gold.kind.padEnd(8)} gold ${pair.gold.speaker}, found ${pair.predicted.speaker} — ${short(pair.gold.text)}`,
        )
      else if (pair.gold.kind !== pair.predicted.kind)
        lines.push(
          `    kind     p${pair.gold.paragraph} gold ${pair.gold.kind}, found ${pair.predicted.kind} — ${short(pair.gold.text)}`,
        )
    }
  }
}

console.log(`Quote engine against ${goldDir} (${cases.length} articles)\n`)
console.log(lines.join('\n'))
console.log('\nkind            precision  recall     F1   (tp/fp/fn)')
const row = (label: string, counts: Counts) => {
  const { precision, recall, f1: score } = f1(counts)
  console.log(
    `${label.padEnd(15)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${score.toFixed(3).padStart(6)}   (${counts.truePositives}/${counts.falsePositives}/${counts.falseNegatives})`,
  )
}
for (const kind of KINDS) row(kind, totals[kind])
row('direct+mixed', totals.directMixed)
row('overall', totals.all)
console.log(
  `\nattribution accuracy ${(matched === 0 ? 0 : attributed / matched).toFixed(3)} (${attributed}/${matched} matched quotations)`,
)
