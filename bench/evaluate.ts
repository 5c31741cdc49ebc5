/**
 * The figures `npm run eval` prints, from annotated articles and the engine's predictions: per kind precision,
 * recall and F1, attribution, misattribution, errors by cause, and how reliable each confidence is.
 * Pure: the CLI (bench/eval.ts) reads the files and runs the engine.
 */
import type { Extraction } from '../src/quotes/index.ts'
import {
  attributionRight,
  f1,
  judge,
  type Annotated,
  type Counts,
  type Kind,
  type Predicted,
  type Scheme,
  type Verdicts,
} from './score.ts'

export interface ScoredArticle {
  name: string
  scheme: Scheme
  paragraphs: readonly string[]
  gold: readonly Annotated[]
  predicted: readonly Predicted[]
}

/** One span per paragraph, as the annotations count them; paragraphs numbered from 1 (0 is the headline). */
export function predictionsOf(paragraphs: readonly string[], extraction: Extraction): Predicted[] {
  const speakers = new Map(extraction.speakers.map((speaker) => [speaker.id, speaker]))
  return extraction.quotes.flatMap((quote) => {
    const speaker = quote.speakerId === null ? undefined : speakers.get(quote.speakerId)
    return quote.spans.map((span, part) => ({
      kind: quote.kind,
      paragraph: span.paragraph + 1,
      text: (paragraphs[span.paragraph] ?? '').slice(span.start, span.end),
      speaker: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
      confidence: quote.confidence,
      quote: quote.id,
      part,
    }))
  })
}

export const KINDS: readonly Kind[] = ['direct', 'mixed', 'indirect']
export type Row = Kind | 'direct+mixed' | 'overall'
export const ROWS: readonly Row[] = [...KINDS, 'direct+mixed', 'overall']

/** Confidence buckets, lower bound inclusive: [0, 0.5), [0.5, 0.6), … [0.9, 1]. */
export const BUCKETS = [0, 0.5, 0.6, 0.7, 0.8, 0.9] as const

export interface Bucket {
  from: number
  attributions: number
  right: number
}

export interface ErrorCase {
  article: string
  paragraph: number
  kind: Kind
  text: string
  gold?: string | null
  predicted?: string | null
  confidence?: number
}

export type Cause = 'missed' | 'spurious' | 'wrong speaker' | 'unnamed for a name' | 'no speaker'
export const CAUSES: readonly Cause[] = [
  'missed',
  'spurious',
  'wrong speaker',
  'unnamed for a name',
  'no speaker',
]

export interface Report {
  articles: number
  counts: Record<Row, Counts>
  fragments: number
  named: number
  right: number
  wrongName: number
  errors: Record<Cause, ErrorCase[]>
  reliability: Bucket[]
}

const zero = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })

function add(counts: Counts, verdicts: Verdicts) {
  counts.truePositives += verdicts.pairs.length
  counts.falsePositives += verdicts.spurious.length
  counts.falseNegatives += verdicts.missed.length
}

/**
 * `refined` reads PolNeAR's speakers a little closer than the README's rule (score.ts: a place after "of" is
 * cut, Jr. and III are not surnames, an acronym is its name); false scores exactly by the README.
 */
export function evaluate(articles: readonly ScoredArticle[], { refined = true } = {}): Report {
  const report: Report = {
    articles: articles.length,
    counts: Object.fromEntries(ROWS.map((row) => [row, zero()])) as Record<Row, Counts>,
    fragments: 0,
    named: 0,
    right: 0,
    wrongName: 0,
    errors: Object.fromEntries(CAUSES.map((cause) => [cause, []])) as unknown as Record<Cause, ErrorCase[]>,
    reliability: BUCKETS.map((from) => ({ from, attributions: 0, right: 0 })),
  }
  for (const article of articles) {
    const { scheme, gold, predicted } = article
    for (const kind of KINDS)
      add(
        report.counts[kind],
        judge(
          scheme,
          gold.filter((item) => item.kind === kind),
          predicted.filter((item) => item.kind === kind),
          true,
        ),
      )
    const quoted = (item: Annotated) => item.kind !== 'indirect'
    add(report.counts['direct+mixed'], judge(scheme, gold.filter(quoted), predicted.filter(quoted)))

    const verdicts = judge(scheme, gold, predicted, false, refined)
    add(report.counts.overall, verdicts)
    report.fragments += verdicts.fragments.length
    report.named += verdicts.named.length
    report.right += verdicts.right.length
    report.wrongName += verdicts.wrongName.length

    const caseOf = (item: Annotated, extra: Partial<ErrorCase> = {}): ErrorCase => ({
      article: article.name,
      paragraph: item.paragraph,
      kind: item.kind,
      text: item.text,
      ...extra,
    })
    report.errors.missed.push(...verdicts.missed.map((item) => caseOf(item, { gold: item.speaker })))
    report.errors.spurious.push(
      ...verdicts.spurious.map((item) =>
        caseOf(item, { predicted: item.speaker, confidence: item.confidence }),
      ),
    )
    const pairCase = (pair: Verdicts['pairs'][number]) =>
      caseOf(pair.gold, {
        gold: pair.gold.speaker,
        predicted: pair.predicted.speaker,
        confidence: (pair.predicted as Predicted).confidence,
      })
    report.errors['wrong speaker'].push(...verdicts.wrongName.map(pairCase))
    report.errors['unnamed for a name'].push(...verdicts.wrongUnnamed.map(pairCase))
    report.errors['no speaker'].push(...verdicts.noSpeaker.map(pairCase))

    for (const pair of verdicts.pairs) {
      const right = attributionRight(verdicts, pair)
      if (right === null) continue
      const { confidence } = pair.predicted as Predicted
      const bucket = report.reliability.findLast((candidate) => confidence >= candidate.from)
      if (!bucket) continue
      bucket.attributions++
      if (right) bucket.right++
    }
  }
  return report
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)
const fixed = (value: number) => value.toFixed(3)

/** Attributions at or above a confidence, and the share of them that are right. */
export function reliabilityFrom(report: Report, threshold: number) {
  const buckets = report.reliability.filter((bucket) => bucket.from >= threshold)
  const attributions = buckets.reduce((sum, bucket) => sum + bucket.attributions, 0)
  const right = buckets.reduce((sum, bucket) => sum + bucket.right, 0)
  return { attributions, right, share: ratio(right, attributions) }
}

export function headline(report: Report) {
  return {
    f1: f1(report.counts.overall).f1,
    directMixed: f1(report.counts['direct+mixed']).f1,
    indirect: f1(report.counts.indirect).f1,
    attribution: ratio(report.right, report.named),
    misattributed: ratio(report.wrongName, report.named),
  }
}

/** The report as the CLI prints it. */
export function formatReport(report: Report, label: string): string {
  const lines = [`Quote engine against ${label} (${report.articles} articles)`, '']
  lines.push('kind            precision  recall     F1   (tp/fp/fn)')
  for (const row of ROWS) {
    const counts = report.counts[row]
    const { precision, recall, f1: score } = f1(counts)
    lines.push(
      `${row.padEnd(15)} ${fixed(precision).padStart(9)} ${fixed(recall).padStart(7)} ${fixed(score).padStart(6)}   (${counts.truePositives}/${counts.falsePositives}/${counts.falseNegatives})`,
    )
  }
  if (report.fragments > 0)
    lines.push(`(${report.fragments} pieces of matched quotations counted neither right nor wrong)`)
  const { attribution, misattributed } = headline(report)
  lines.push(
    '',
    `attribution    ${fixed(attribution)} (${report.right}/${report.named} matched quotations whose source is named)`,
    `misattributed  ${fixed(misattributed)} (${report.wrongName} given to a wrong named speaker)`,
    '',
    'errors by cause',
  )
  for (const cause of CAUSES)
    lines.push(`  ${cause.padEnd(20)} ${String(report.errors[cause].length).padStart(5)}`)
  lines.push('', 'confidence   attributions  right   share')
  report.reliability.forEach((bucket, index) => {
    const to = BUCKETS[index + 1]
    const label =
      to === undefined ? `${bucket.from.toFixed(1)}–1.0` : `${bucket.from.toFixed(1)}–${to.toFixed(1)}`
    lines.push(
      `${label.padEnd(12)} ${String(bucket.attributions).padStart(12)} ${String(bucket.right).padStart(6)}   ${bucket.attributions === 0 ? '   —' : fixed(ratio(bucket.right, bucket.attributions))}`,
    )
  })
  const sure = reliabilityFrom(report, 0.8)
  lines.push(
    `>= 0.8       ${String(sure.attributions).padStart(12)} ${String(sure.right).padStart(6)}   ${fixed(sure.share)}`,
  )
  return lines.join('\n')
}

const short = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)

/** Every error, grouped by cause, one line each: for reading a corpus's errors. */
export function formatErrors(report: Report): string {
  const lines: string[] = []
  for (const cause of CAUSES) {
    lines.push(`## ${cause} (${report.errors[cause].length})`)
    for (const error of report.errors[cause]) {
      const who =
        cause === 'missed'
          ? `gold ${error.gold}`
          : cause === 'spurious'
            ? `found ${error.predicted} @${error.confidence}`
            : `gold ${error.gold} | found ${error.predicted} @${error.confidence}`
      lines.push(`${error.article} p${error.paragraph} ${error.kind} [${who}] ${short(error.text)}`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
