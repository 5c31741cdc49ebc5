import fc from 'fast-check'
import { expect, test } from 'vitest'
import { segmentParagraph } from '../reader/article/quote-segments.ts'
import type { Quote } from '../quotes/types.ts'
import { typographic } from './typography.ts'

test('marks open after a space, a bracket or a dash and close after words; apostrophes are closing marks', () => {
  expect(typographic(`"It's close," she said. "We'll see."`)).toBe('“It’s close,” she said. “We’ll see.”')
  expect(typographic(`He called it 'a ferry to nowhere' ('90s style).`)).toBe(
    'He called it ‘a ferry to nowhere’ (’90s style).',
  )
  expect(typographic(`The ministers' plan—"never"—stood.`)).toBe('The ministers’ plan—“never”—stood.')
  expect(typographic('"\'Enough,\' she wrote."')).toBe('“‘Enough,’ she wrote.”')
  expect(typographic('No marks at all.')).toBe('No marks at all.')
})

const withMarks = fc.stringMatching(/^[a-z "'.,(\-0-9—]{0,60}$/)

test('one character for one: every other character stays where it was', () => {
  fc.assert(
    fc.property(fc.string(), withMarks, (any, marked) => {
      for (const text of [any, marked]) {
        const out = typographic(text)
        expect(out.length).toBe(text.length)
        for (let index = 0; index < text.length; index++) {
          const was = text.charAt(index)
          if (was === '"') expect('“”').toContain(out.charAt(index))
          else if (was === "'") expect('‘’').toContain(out.charAt(index))
          else expect(out.charAt(index)).toBe(was)
        }
      }
    }),
  )
})

test('every quotation span covers the same words in the typographic text', () => {
  fc.assert(
    fc.property(withMarks, fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 4 }), (text, ranges) => {
      const quotes: Quote[] = ranges.map(([a, b], index) => ({
        id: `q${index + 1}`,
        kind: 'direct',
        speakerId: null,
        confidence: 1,
        spans: [{ paragraph: 0, start: Math.min(a, b), end: Math.max(a, b) }],
      }))
      const plain = segmentParagraph(text, 0, quotes)
      const curly = segmentParagraph(typographic(text), 0, quotes)
      expect(curly.map((segment) => segment.piece?.quote.id)).toEqual(
        plain.map((segment) => segment.piece?.quote.id),
      )
      expect(curly.map((segment) => segment.text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"))).toEqual(
        plain.map((segment) => segment.text),
      )
    }),
  )
})
