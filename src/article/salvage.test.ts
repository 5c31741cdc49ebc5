import { describe, expect, test } from 'vitest'
import { salvageArticle } from './salvage.ts'
import { wellFormed } from './well-formed.ts'
import type { Article } from './schema.ts'

const valid: Article = {
  schemaVersion: 1,
  slug: 'a-post',
  title: 'A post',
  byline: 'Ada Lovelace',
  source: { name: 'Courier', url: 'https://courier.example/a' },
  summary: 'A post.',
  paragraphs: ['"Hello," she said. "Bye," he said.', 'Second paragraph.'],
  speakers: [
    { id: 'she', name: 'She', kind: 'person', mentions: [{ paragraph: 0, start: 9, end: 12 }] },
    { id: 'he', name: 'He', kind: 'person', mentions: [] },
  ],
  quotes: [
    {
      id: 'q1',
      kind: 'direct',
      speakerId: 'she',
      spans: [{ paragraph: 0, start: 1, end: 6 }],
      confidence: 0.9,
    },
    {
      id: 'q2',
      kind: 'direct',
      speakerId: 'he',
      spans: [{ paragraph: 0, start: 20, end: 23 }],
      confidence: 0.9,
    },
  ],
  prev: null,
  next: { slug: 'b-post', title: 'B' },
}

/** `valid` with some fields replaced, as JSON arrives: a fresh object every time. */
const withFields = (fields: Record<string, unknown>): unknown => ({ ...structuredClone(valid), ...fields })

function salvaged(data: unknown) {
  const result = salvageArticle(data)
  if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`)
  return result
}

function refused(data: unknown): string[] {
  const result = salvageArticle(data)
  if (result.ok) throw new Error('expected the article to be refused')
  return result.problems
}

describe('salvaging article data', () => {
  test('a valid article comes through whole, with nothing dropped', () => {
    expect(salvaged(structuredClone(valid))).toEqual({ ok: true, article: valid, dropped: [] })
  })

  test("a version 2 article keeps its version and its speakers' archive ids", () => {
    const speakers = valid.speakers.map((speaker) => ({ ...speaker, archiveId: `ms-${speaker.id}` }))
    const current = withFields({ schemaVersion: 2, speakers })
    expect(salvaged(current)).toEqual({ ok: true, article: current, dropped: [] })
  })

  test.each([
    ['not an object', [1, 2], /not an article object/],
    ['null', null, /not an article object/],
    ['a future schema version', withFields({ schemaVersion: 3 }), /^schemaVersion: 3 is newer .*reload/],
    [
      'no schema version',
      withFields({ schemaVersion: undefined }),
      /^schemaVersion: expected one of 1, 2, got nothing/,
    ],
    ['a title of the wrong type', withFields({ title: 42 }), /^title: /],
    ['a blank title', withFields({ title: '   ' }), /^title: must not be empty/],
    ['no paragraphs', withFields({ paragraphs: [] }), /^paragraphs: must hold at least one paragraph/],
    ['paragraphs not a list', withFields({ paragraphs: 'text' }), /^paragraphs: /],
    ['a bad slug', withFields({ slug: '../etc' }), /^slug: /],
  ])('refused when the page cannot exist: %s', (_, data, problem) => {
    expect(refused(data)).toEqual([expect.stringMatching(problem)])
  })

  test('bad optional fields are dropped and named; the article stays', () => {
    const result = salvaged(
      withFields({
        published: 'yesterday',
        byline: 7,
        source: { name: 'Courier', url: 'javascript:alert(1)' },
        summary: 'x'.repeat(301),
        prev: { slug: 'Bad Slug', title: 'P' },
      }),
    )
    expect(result.article).not.toHaveProperty('published')
    expect(result.article).not.toHaveProperty('byline')
    expect(result.article.source).toEqual({ name: 'Courier' })
    expect(result.article.summary).toBe('')
    expect(result.article.prev).toBeNull()
    expect(result.article.next).toEqual(valid.next)
    expect(result.dropped).toEqual([
      expect.stringMatching(/^summary: /),
      expect.stringMatching(/^published: must be an ISO 8601/),
      expect.stringMatching(/^byline: /),
      expect.stringMatching(/^source: url: /),
      expect.stringMatching(/^prev: slug: /),
    ])
  })

  test('a quotation with a span outside its paragraph, or overlapping another, is dropped; the rest stay', () => {
    const result = salvaged(
      withFields({
        quotes: [
          valid.quotes[0],
          { ...valid.quotes[1], id: 'q2', spans: [{ paragraph: 0, start: 3, end: 8 }] },
          { ...valid.quotes[1], id: 'q3', spans: [{ paragraph: 0, start: 20, end: 99 }] },
          { ...valid.quotes[1], id: 'q4', spans: [{ paragraph: 7, start: 0, end: 1 }] },
          { ...valid.quotes[1], id: 'q5', spans: [{ paragraph: 0, start: 5, end: 5 }] },
          { ...valid.quotes[1], id: 'q6' },
        ],
      }),
    )
    expect(result.article.quotes?.map((quote) => quote.id)).toEqual(['q1', 'q6'])
    expect(result.dropped).toEqual([
      'quotes[1].spans: overlaps an earlier quotation',
      'quotes[2].spans: a span lies outside its paragraph',
      'quotes[3].spans: a span lies outside its paragraph',
      'quotes[4].spans: a span lies outside its paragraph',
    ])
  })

  test('wrong types inside a quotation or speaker drop that item only, naming the field', () => {
    const result = salvaged(
      withFields({
        speakers: [valid.speakers[0], { id: 'He!', name: 'He', kind: 'person', mentions: [] }, 'nobody'],
        quotes: [valid.quotes[0], { ...valid.quotes[1], confidence: 'high' }],
      }),
    )
    expect(result.article.speakers?.map((speaker) => speaker.id)).toEqual(['she'])
    expect(result.article.quotes?.map((quote) => quote.id)).toEqual(['q1'])
    expect(result.dropped).toEqual([
      expect.stringMatching(/^speakers\[1\]: id: must be/),
      expect.stringMatching(/^speakers\[2\]: /),
      expect.stringMatching(/^quotes\[1\]: confidence: /),
    ])
  })

  test('a quotation by an unknown speaker is kept, unattributed; a cue out of range is dropped', () => {
    const result = salvaged(
      withFields({
        quotes: [{ ...valid.quotes[0], speakerId: 'ghost', cue: { paragraph: 0, start: 50, end: 54 } }],
      }),
    )
    expect(result.article.quotes).toEqual([{ ...valid.quotes[0], speakerId: null }])
    expect(result.dropped).toEqual([
      'quotes[0].speakerId: unknown speaker "ghost", shown unattributed',
      'quotes[0].cue: the span lies outside its paragraph',
    ])
  })

  test('mentions outside the text are dropped; a duplicate speaker id drops the second speaker', () => {
    const result = salvaged(
      withFields({
        speakers: [
          {
            ...valid.speakers[0],
            mentions: [
              { paragraph: 0, start: 9, end: 12 },
              { paragraph: 9, start: 0, end: 2 },
            ],
          },
          valid.speakers[1],
          { ...valid.speakers[1], name: 'Impostor' },
        ],
      }),
    )
    expect(result.article.speakers).toEqual(valid.speakers)
    expect(result.dropped).toEqual([
      'speakers[0].mentions: 1 outside the text',
      'speakers[2]: duplicate id "he"',
    ])
  })

  test('a paragraph that is not text becomes empty, so later spans still point at the right words', () => {
    const result = salvaged(withFields({ paragraphs: [valid.paragraphs[0], { html: '<b>' }] }))
    expect(result.article.paragraphs).toEqual([valid.paragraphs[0], ''])
    expect(result.article.quotes).toEqual(valid.quotes)
    expect(result.dropped).toEqual(['paragraphs[1]: not text'])
  })

  test('half a pair of speakers and quotes is dropped, so the reader finds the quotations again', () => {
    const result = salvaged(withFields({ quotes: 'none' }))
    expect(result.article).not.toHaveProperty('quotes')
    expect(result.article).not.toHaveProperty('speakers')
    expect(result.dropped).toEqual(['speakers, quotes: not both lists, so the quotations are found again'])
  })

  test('__proto__ keys are plain data: nothing is polluted and the article reads normally', () => {
    const data: unknown = JSON.parse(
      JSON.stringify(valid).replace('{', '{"__proto__":{"polluted":true,"title":"Injected"},'),
    )
    const result = salvaged(data)
    expect(result.article.title).toBe('A post')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(result.article)).toBe(Object.prototype)
    expect(result.article).not.toHaveProperty('__proto__.polluted')
  })

  test('lone surrogates become U+FFFD everywhere, keeping lengths so spans still fit; pairs are untouched', () => {
    expect(wellFormed('a\uD800b\uDC00c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00')
    const result = salvaged(
      withFields({
        title: 'Broken \uDBFF',
        paragraphs: ['"Hel\uD800o," she said. "Bye," he said.', 'Second.'],
      }),
    )
    expect(result.article.title).toBe('Broken \uFFFD')
    expect(result.article.paragraphs[0]).toBe('"Hel\uFFFDo," she said. "Bye," he said.')
    expect(result.article.quotes).toEqual(valid.quotes)
  })
})
