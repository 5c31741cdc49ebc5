import { describe, expect, test } from 'vitest'
import { evaluate, formatErrors, formatReport, headline, predictionsOf, reliabilityFrom } from './evaluate.ts'
import type { Annotated, Predicted } from './score.ts'

const gold = (text: string, speaker: string, kind: Annotated['kind'] = 'indirect'): Annotated => ({
  kind,
  paragraph: 1,
  text,
  speaker,
})
const found = (
  text: string,
  speaker: string | null,
  confidence: number,
  quote: string,
  kind: Annotated['kind'] = 'indirect',
): Predicted => ({
  kind,
  paragraph: 1,
  text,
  speaker,
  speakerKind: speaker === null ? null : 'person',
  confidence,
  quote,
  part: 0,
})

const article = {
  name: 'harbour',
  scheme: 'mentions' as const,
  paragraphs: ['…'],
  gold: [
    gold('the port reopens on Monday', 'Ana Ruiz'),
    gold('fees will not rise this year', 'Ana Ruiz'),
    gold('the ferry is safe', 'Tomas Ek', 'direct'),
    gold('nobody saw the storm coming', 'Tomas Ek'),
  ],
  predicted: [
    found('the port reopens on Monday', 'Ana Ruiz', 0.95, 'q1'),
    found('fees will not rise this year', 'Tomas Ek', 0.85, 'q2'),
    found('the ferry is safe', 'Tomas Ek', 0.55, 'q3', 'direct'),
    found('the weather is fine', 'Tomas Ek', 0.9, 'q4'),
  ],
}

describe('npm run eval: figures from annotated articles and predictions', () => {
  const report = evaluate([article])

  test('per kind and overall counts, and the headline figures', () => {
    expect(report.counts.overall).toEqual({ truePositives: 3, falsePositives: 1, falseNegatives: 1 })
    expect(report.counts.indirect).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1 })
    expect(report.counts.direct).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 })
    expect(report.counts['direct+mixed']).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 })
    expect(headline(report)).toMatchObject({ f1: 0.75, attribution: 2 / 3, misattributed: 1 / 3 })
  })

  test('errors are grouped by cause so each cause’s size shows', () => {
    expect(report.errors.missed.map((error) => error.text)).toEqual(['nobody saw the storm coming'])
    expect(report.errors.spurious.map((error) => error.text)).toEqual(['the weather is fine'])
    expect(report.errors['wrong speaker']).toEqual([
      {
        article: 'harbour',
        paragraph: 1,
        kind: 'indirect',
        text: 'fees will not rise this year',
        gold: 'Ana Ruiz',
        predicted: 'Tomas Ek',
        confidence: 0.85,
      },
    ])
    expect(formatErrors(report)).toContain(
      '## wrong speaker (1)\nharbour p1 indirect [gold Ana Ruiz | found Tomas Ek @0.85]',
    )
  })

  test('the reliability table puts each attribution in its confidence bucket', () => {
    const filled = report.reliability.filter((bucket) => bucket.attributions > 0)
    expect(filled).toEqual([
      { from: 0.5, attributions: 1, right: 1 },
      { from: 0.8, attributions: 1, right: 0 },
      { from: 0.9, attributions: 1, right: 1 },
    ])
    expect(reliabilityFrom(report, 0.8)).toEqual({ attributions: 2, right: 1, share: 0.5 })
    const printed = formatReport(report, 'harbour')
    expect(printed).toMatch(/^0\.8–0\.9 +1 +0 +0\.000$/m)
    expect(printed).toMatch(/^misattributed +0\.333 \(1 given to a wrong named speaker\)$/m)
  })

  test('predictions carry the speaker, its kind and confidence, one per paragraph of a quotation', () => {
    const paragraphs = ['“Tides are late,” Ana Ruiz said. “Boats', 'wait.”']
    const predicted = predictionsOf(paragraphs, {
      quotes: [
        {
          id: 'q1',
          kind: 'direct',
          speakerId: 'ana-ruiz',
          confidence: 0.7,
          spans: [
            { paragraph: 0, start: 34, end: 39 },
            { paragraph: 1, start: 0, end: 5 },
          ],
        },
      ],
      speakers: [{ id: 'ana-ruiz', name: 'Ana Ruiz', kind: 'person', mentions: [] }],
    })
    expect(predicted).toEqual([
      {
        kind: 'direct',
        paragraph: 1,
        text: 'Boats',
        speaker: 'Ana Ruiz',
        speakerKind: 'person',
        confidence: 0.7,
        quote: 'q1',
        part: 0,
      },
      {
        kind: 'direct',
        paragraph: 2,
        text: 'wait.',
        speaker: 'Ana Ruiz',
        speakerKind: 'person',
        confidence: 0.7,
        quote: 'q1',
        part: 1,
      },
    ])
  })
})
