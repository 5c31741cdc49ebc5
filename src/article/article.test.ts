import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { ArticleSchema, describeIssues, type Article } from './schema.ts'
import { isSlug, slugify } from './slug.ts'
import { readingMinutes, summarise } from './summary.ts'
import { countWords, normaliseWhitespace, paragraphsFromText } from './text.ts'

describe('text', () => {
  test('whitespace: NBSP and odd spaces become spaces, invisible characters go, runs collapse, ends trimmed', () => {
    expect(normaliseWhitespace('\u00A0 The\u200B US\u00A0has\t\tsaid\u202Fso \n ')).toBe('The US has said so')
  })

  test('paragraphs: blank lines (even ones holding a no-break space) separate them; CRLF is a line end', () => {
    expect(paragraphsFromText('One\r\nline two\r\n\r\nTwo\n\u00A0\nThree\n\n\n')).toEqual([
      'One line two',
      'Two',
      'Three',
    ])
  })

  test('words: contractions and hyphenated words count once', () => {
    expect(countWords("Don't stop the long-term plan, 2026.")).toBe(6)
    expect(countWords('  Zoë — Łódź\u00a0and 東京  ')).toBe(4)
    expect(countWords('— … ! € → ™ 😀')).toBe(0)
    expect(countWords('said—and wait…what, and/or')).toBe(6)
  })
})

describe('slugs', () => {
  test.each([
    ['us-pakistan-safe-havens', 'us-pakistan-safe-havens'],
    ['Fed Lifts Rates', 'fed-lifts-rates'],
    ["Café au lait's return!", 'cafe-au-laits-return'],
    ['  --  ', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug)
  })

  test('never longer than 80 characters and always a valid slug', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(isSlug(slug)).toBe(true)
  })
})

describe('summaries', () => {
  test('a short opening is kept whole', () => {
    expect(summarise(['Short lede.', 'Second.'])).toBe('Short lede. Second.')
  })

  test('a long opening is cut after the last whole sentence that fits, never over 300 characters', () => {
    const sentence = 'This sentence is exactly fifty characters long ok. '
    const summary = summarise([sentence.repeat(10)])
    expect(summary.length).toBeLessThanOrEqual(300)
    expect(summary.endsWith('ok.')).toBe(true)
  })

  test('one endless sentence is cut at a word with an ellipsis', () => {
    const summary = summarise(['word '.repeat(100)])
    expect(summary.length).toBeLessThanOrEqual(300)
    expect(summary.endsWith('word…')).toBe(true)
  })

  test('reading time: about 230 words a minute, at least one minute', () => {
    expect(readingMinutes(['one two'])).toBe(1)
    expect(readingMinutes(['word '.repeat(690)])).toBe(3)
  })
})

describe('the article contract', () => {
  const valid: Article = {
    schemaVersion: 2,
    slug: 'a-post',
    title: 'A post',
    published: '2026-01-02T03:04:05Z',
    source: { name: 'Courier', url: 'https://courier.example/a' },
    summary: 'A post.',
    paragraphs: ['"Hello," she said.'],
    speakers: [
      {
        id: 'she',
        name: 'Ada Vell',
        kind: 'person',
        archiveId: 'ada-vell',
        mentions: [{ paragraph: 0, start: 10, end: 13 }],
      },
    ],
    quotes: [
      {
        id: 'q1',
        kind: 'direct',
        speakerId: 'she',
        spans: [{ paragraph: 0, start: 1, end: 7 }],
        confidence: 0.9,
      },
    ],
    prev: null,
    next: { slug: 'b-post', title: 'B' },
  }
  const problems = (article: unknown) => {
    const result = v.safeParse(ArticleSchema, article)
    return result.success ? [] : describeIssues(result.issues)
  }

  test('a valid article passes', () => {
    expect(problems(valid)).toEqual([])
  })

  test('version 1 still reads: the same article, its speakers without archive ids', () => {
    // As JSON carries it: a key set to undefined is left out.
    const version1 = JSON.parse(
      JSON.stringify({
        ...valid,
        schemaVersion: 1,
        speakers: valid.speakers.map((speaker) => ({ ...speaker, archiveId: undefined })),
      }),
    ) as Article
    expect(version1.speakers[0]).not.toHaveProperty('archiveId')
    expect(problems(version1)).toEqual([])
  })

  test.each([
    ['slug', { slug: 'Not A Slug' }, /^slug: must be lower-case words/],
    ['published', { published: '15/12/2016' }, /^published: must be an ISO 8601/],
    ['source url', { source: { name: 'X', url: 'javascript:alert(1)' } }, /^source\.url: /],
    ['summary', { summary: 'x'.repeat(301) }, /^summary: /],
    ['schemaVersion', { schemaVersion: 3 }, /^schemaVersion: /],
    [
      'archive id',
      { speakers: [{ ...valid.speakers[0], archiveId: 'Ada Vell' }] },
      /^speakers\.0\.archiveId: must be lower-case words/,
    ],
    ['paragraphs', { paragraphs: [] }, /^paragraphs: must hold at least one paragraph/],
    [
      'unknown speaker',
      { quotes: [{ ...valid.quotes[0], speakerId: 'nobody' }] },
      /unknown speaker "nobody"/,
    ],
    [
      'span out of range',
      { quotes: [{ ...valid.quotes[0], spans: [{ paragraph: 0, start: 1, end: 99 }] }] },
      /span lies outside/,
    ],
    ['quote ids', { quotes: [{ ...valid.quotes[0], id: 'q7' }] }, /expected "q1"/],
  ])('%s: rejected with the field named', (_, change, message) => {
    expect(problems({ ...valid, ...change })).toEqual(
      expect.arrayContaining([expect.stringMatching(message)]),
    )
  })
})
