import { describe, expect, test } from 'vitest'
import type { Quote } from '../../quotes/types.ts'
import { quotesByParagraph, segmentParagraph, withChips } from './quote-segments.ts'

const quote = (id: string, spans: Quote['spans'], kind: Quote['kind'] = 'direct'): Quote => ({
  id,
  kind,
  speakerId: 'kirby',
  spans,
  confidence: 0.9,
})
const texts = (text: string, quotes: Quote[], paragraph = 0) =>
  segmentParagraph(text, paragraph, quotes).map((segment) =>
    segment.piece ? `[${segment.text}]` : segment.text,
  )

describe('segmentParagraph', () => {
  const text = '"We are ready," Kirby said. "Go."'

  test('plain text around quotations, in order, every character kept', () => {
    const quotes = [
      quote('q2', [{ paragraph: 0, start: 29, end: 32 }]),
      quote('q1', [{ paragraph: 0, start: 1, end: 14 }]),
    ]
    expect(texts(text, quotes)).toEqual(['"', '[We are ready,]', '" Kirby said. "', '[Go.]', '"'])
    expect(
      segmentParagraph(text, 0, quotes)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text)
  })

  test('a paragraph without quotations is one plain segment', () => {
    expect(texts(text, [])).toEqual([text])
  })

  test('only spans of this paragraph count; the first span of a quotation is marked first', () => {
    const runOn = quote('q1', [
      { paragraph: 0, start: 1, end: 14 },
      { paragraph: 1, start: 0, end: 3 },
    ])
    expect(segmentParagraph('Yes and more', 1, [runOn])[0]).toMatchObject({
      text: 'Yes',
      piece: { first: false },
    })
    expect(segmentParagraph(text, 0, [runOn])[1]).toMatchObject({ piece: { first: true } })
  })

  test('out-of-range, empty and reversed spans are dropped and the paragraph is still shown', () => {
    const bad = [
      quote('q1', [{ paragraph: 0, start: 20, end: 999 }]),
      quote('q2', [{ paragraph: 0, start: 5, end: 5 }]),
      quote('q3', [{ paragraph: 0, start: 9, end: 3 }]),
      quote('q4', [{ paragraph: 0, start: -4, end: 3 }]),
    ]
    expect(texts(text, bad)).toEqual([text])
  })

  test('overlapping spans: the first placed wins, the overlapping one is dropped', () => {
    const overlapping = [
      quote('q1', [{ paragraph: 0, start: 1, end: 14 }]),
      quote('q2', [{ paragraph: 0, start: 8, end: 20 }]),
    ]
    expect(texts(text, overlapping)).toEqual(['"', '[We are ready,]', text.slice(14)])
  })
})

describe('quotesByParagraph', () => {
  test('lists each quotation under every paragraph it touches, once, in reading order', () => {
    const span = (paragraph: number) => ({ paragraph, start: 0, end: 1 })
    const [a, b, c] = [
      quote('q1', [span(0), span(1)]),
      quote('q2', [span(1), span(1)]),
      quote('q3', [span(3)]),
    ]
    expect(quotesByParagraph([a, b, c])).toEqual(
      new Map([
        [0, [a]],
        [1, [a, b]],
        [3, [c]],
      ]),
    )
  })
})

describe('chips', () => {
  const shape = (text: string, quotes: Quote[]) =>
    withChips(segmentParagraph(text, 0, quotes)).map((segment) =>
      segment.chipFor ? `[${segment.chipFor.quote.id}]` : segment.piece ? `<${segment.text}>` : segment.text,
    )

  test('a chip goes before the opening mark, so the mark stays with the first word', () => {
    const text = 'She said: “We held the line,” and left.'
    expect(shape(text, [quote('q1', [{ paragraph: 0, start: 11, end: 28 }])])).toEqual([
      'She said: ',
      '[q1]',
      '“',
      '<We held the line,>',
      '” and left.',
    ])
  })

  test('without a mark it goes right before the words; later pieces of a quotation get none', () => {
    const text = 'Ruiz said the pier is safe. It was, she said, “quite safe”.'
    const quotes = [
      quote('q1', [{ paragraph: 0, start: 10, end: 26 }], 'indirect'),
      quote('q2', [
        { paragraph: 0, start: 28, end: 34 },
        { paragraph: 0, start: 47, end: 57 },
      ]),
    ]
    expect(shape(text, quotes)).toEqual([
      'Ruiz said ',
      '[q1]',
      '<the pier is safe>',
      '. ',
      '[q2]',
      '<It was>',
      ', she said, “',
      '<quite safe>',
      '”.',
    ])
  })

  test('the text is unchanged: chips only add places', () => {
    const text = '“Go,” said Ana. “Now.”'
    const quotes = [
      quote('q1', [{ paragraph: 0, start: 1, end: 4 }]),
      quote('q2', [{ paragraph: 0, start: 17, end: 21 }]),
    ]
    const segments = withChips(segmentParagraph(text, 0, quotes))
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
    expect(segments.filter((segment) => segment.chipFor)).toHaveLength(2)
  })
})
