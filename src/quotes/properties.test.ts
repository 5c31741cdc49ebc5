import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { arbitraryTextIsSound, invariantProblems, newsLikeIsSound, plantedQuotationIsFound } from './fuzz.ts'
import { extractQuotes } from './index.ts'

/** The engine's properties (./fuzz.ts), a few hundred runs each here; `npm run bench:fuzz` runs 10,000. */
const RUNS = Number(process.env.FC_RUNS ?? 300)

describe('extractQuotes properties', () => {
  test('news-like articles: never throws, spans valid, speakers exist, deterministic', () => {
    fc.assert(newsLikeIsSound, { numRuns: RUNS })
  })

  test('arbitrary text, astral characters included: the same, and no span cuts a surrogate pair', () => {
    fc.assert(arbitraryTextIsSound, { numRuns: RUNS })
  })

  test('the oracle: quotations planted in four shapes are found exactly, with their speakers', () => {
    fc.assert(plantedQuotationIsFound, { numRuns: RUNS })
  })
})

describe('the invariants catch what they claim to', () => {
  const quote = (start: number, end: number) => ({
    id: 'q1',
    kind: 'direct' as const,
    speakerId: null,
    spans: [{ paragraph: 0, start, end }],
    confidence: 1,
  })
  test('a span that cuts a surrogate pair in half is a problem', () => {
    expect(invariantProblems(['a😀b'], { quotes: [quote(0, 2)], speakers: [] })).toEqual([
      'span {"paragraph":0,"start":0,"end":2} does not fit its paragraph',
    ])
    expect(invariantProblems(['a😀b'], { quotes: [quote(0, 3)], speakers: [] })).toEqual([])
  })
  test('an unknown speaker and an id out of order are problems', () => {
    expect(
      invariantProblems(['abc'], {
        quotes: [{ ...quote(0, 1), id: 'q2', speakerId: 'nobody' }],
        speakers: [],
      }),
    ).toEqual(['quote 0 has id q2', 'q2 cites unknown speaker nobody'])
  })
})

describe('extractQuotes on hostile text of a megabyte', () => {
  test.each([
    ['one paragraph of cues', ['He said the word and '.repeat(50_000)]],
    ['unmatched quotation marks', ['and then “he said '.repeat(55_000)]],
    ['apostrophes', ["don't it's the Pakistanis' '90s ".repeat(32_000)]],
  ])('%s: a valid result', (_, paragraphs) => {
    expect(invariantProblems(paragraphs, extractQuotes(paragraphs))).toEqual([])
  })
})
