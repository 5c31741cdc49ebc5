import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { extractQuotes } from './index.ts'
import type { Extraction, Span } from './types.ts'

/**
 * Properties that hold for any input, arbitrary or news-like: the engine never throws, its spans fit their
 * paragraphs in reading order without overlapping, every speaker it cites exists, and it is deterministic.
 * `FC_RUNS` raises the count (the benchmark runs 10,000).
 */
const RUNS = Number(process.env.FC_RUNS ?? 300)

const MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„']
const NAMES = ['Ada Quell', 'Borys Tamsin', 'Cleo Varga', 'Dov Arnault', 'Ema Sorrel', 'Fen Okafor']
const ROLES = ['Harbour Master', 'spokeswoman', 'Finance Minister', 'union leader', 'Mayor']
const VERBS = ['said', 'says', 'told reporters', 'added', 'warned', 'insisted', 'wrote', 'noted', 'argued']
const WORDS = [
  'the',
  'port',
  'will',
  'open',
  'in',
  'May',
  'prices',
  'rose',
  'we',
  "don't",
  'know',
  'it',
  'is',
  'late',
  'and',
  'they',
  'have',
  'a',
  'plan',
]

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }).map((words) => {
  const text = words.join(' ')
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`
})
const speaker = fc
  .tuple(fc.constantFrom(...ROLES), fc.constantFrom(...NAMES), fc.boolean())
  .map(([role, name, withRole]) => (withRole ? `${role} ${name}` : name))
const surname = fc.constantFrom(...NAMES).map((name) => name.split(' ')[1] as string)
const pronoun = fc.constantFrom('he', 'she', 'they', 'He', 'She')
const mark = fc.constantFrom(...MARKS)

/** Paragraphs shaped like news copy, with every pattern the engine reads and some broken marks. */
const newsParagraph = fc.oneof(
  fc.tuple(sentence, speaker, fc.constantFrom(...VERBS)).map(([q, who, verb]) => `"${q}," ${who} ${verb}.`),
  fc.tuple(sentence, speaker).map(([q, who]) => `“${q},” said ${who}.`),
  fc.tuple(speaker, fc.constantFrom(...VERBS), sentence).map(([who, verb, q]) => `${who} ${verb}: "${q}."`),
  fc.tuple(speaker, sentence).map(([who, clause]) => `${who} said that ${clause.toLowerCase()}.`),
  fc.tuple(sentence, speaker).map(([clause, who]) => `${clause}, ${who} said on Monday.`),
  fc.tuple(sentence, pronoun, sentence).map(([a, who, b]) => `${a}, ${who} said, ${b.toLowerCase()}.`),
  fc.tuple(sentence, surname).map(([q, who]) => `"${q}," ${who} added. "${q}"`),
  fc.tuple(sentence, mark, sentence, mark).map(([a, open, b, close]) => `${a} ${open}${b}${close} ${a}.`),
  fc.tuple(sentence, mark).map(([q, open]) => `${open}${q}`),
  fc.tuple(speaker, sentence).map(([who, q]) => `According to ${who}, ${q.toLowerCase()}.`),
  sentence.map((text) => `${text}.`),
)
const newsArticle = fc.array(newsParagraph, { minLength: 1, maxLength: 12 })

/** Anything at all, weighted towards quotation marks, apostrophes and the punctuation the patterns hinge on. */
const noisyText = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...MARKS, ',', '.', ':', ' ', ' ', '—', '(', ')', '[', ']') },
    { weight: 4, arbitrary: fc.constantFrom(...'abcXYZ said Kirby he she'.split('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 300,
})
const noisyArticle = fc.array(noisyText, { maxLength: 8 })

function checkInvariants(paragraphs: string[], result: Extraction) {
  const inBounds = (span: Span) => {
    const text = paragraphs[span.paragraph]
    return text !== undefined && span.start >= 0 && span.start < span.end && span.end <= text.length
  }
  const spans = result.quotes.flatMap((quote) => quote.spans)
  expect(spans.every(inBounds)).toBe(true)
  for (let index = 1; index < spans.length; index++) {
    const previous = spans[index - 1] as Span
    const current = spans[index] as Span
    const ordered =
      previous.paragraph < current.paragraph ||
      (previous.paragraph === current.paragraph && previous.end <= current.start)
    expect(ordered, `span ${index} overlaps or precedes the one before it`).toBe(true)
  }
  const ids = new Set(result.speakers.map((speaker) => speaker.id))
  expect(ids.size).toBe(result.speakers.length)
  for (const quote of result.quotes) {
    if (quote.speakerId !== null) expect(ids.has(quote.speakerId)).toBe(true)
    if (quote.cue) expect(inBounds(quote.cue)).toBe(true)
    expect(quote.confidence).toBeGreaterThanOrEqual(0)
    expect(quote.confidence).toBeLessThanOrEqual(1)
  }
  expect(result.quotes.map((quote) => quote.id)).toEqual(result.quotes.map((_, index) => `q${index + 1}`))
  for (const speaker of result.speakers) expect(speaker.mentions.every(inBounds)).toBe(true)
}

describe('extractQuotes properties', () => {
  test('news-like articles: never throws, spans valid, speakers exist, deterministic', () => {
    fc.assert(
      fc.property(newsArticle, (paragraphs) => {
        const result = extractQuotes(paragraphs)
        checkInvariants(paragraphs, result)
        expect(extractQuotes(paragraphs)).toEqual(result)
      }),
      { numRuns: RUNS },
    )
  })

  test('arbitrary text: never throws, spans valid, speakers exist, deterministic', () => {
    fc.assert(
      fc.property(noisyArticle, (paragraphs) => {
        const result = extractQuotes(paragraphs)
        checkInvariants(paragraphs, result)
        expect(extractQuotes(paragraphs)).toEqual(result)
      }),
      { numRuns: RUNS },
    )
  })

  test('a planted "…," Name said. paragraph is found exactly, with its speaker', () => {
    fc.assert(
      fc.property(
        newsArticle,
        sentence,
        fc.constantFrom(...NAMES),
        fc.nat(),
        (paragraphs, quoted, name, at) => {
          const planted = `"${quoted}," ${name} said.`
          const index = at % (paragraphs.length + 1)
          const article = [...paragraphs.slice(0, index), planted, ...paragraphs.slice(index)]
          const { quotes, speakers } = extractQuotes(article)
          const found = quotes.find((quote) => quote.spans.some((span) => span.paragraph === index))
          expect(found?.kind).toBe('direct')
          // A paragraph before it left open runs on into it (the convention for long quotations), so look only at
          // the planted paragraph's span.
          expect(found?.spans.filter((span) => span.paragraph === index)).toEqual([
            { paragraph: index, start: 1, end: quoted.length + 2 },
          ])
          expect(speakers.find((speaker) => speaker.id === found?.speakerId)?.name).toBe(name)
        },
      ),
      { numRuns: RUNS },
    )
  })
})

describe('extractQuotes on hostile text of a megabyte', () => {
  test.each([
    ['one paragraph of cues', ['He said the word and '.repeat(50_000)]],
    ['unmatched quotation marks', ['and then “he said '.repeat(55_000)]],
    ['apostrophes', ["don't it's the Pakistanis' '90s ".repeat(32_000)]],
  ])('%s: a valid result', (_, paragraphs) => {
    checkInvariants(paragraphs, extractQuotes(paragraphs))
  })
})
