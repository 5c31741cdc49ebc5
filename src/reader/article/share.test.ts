import { expect, test } from 'vitest'
import type { Quote } from '../../quotes/types.ts'
import { quotationWords, shareMessage, textDirective } from './share.ts'

test('a short quotation is matched whole, with the directive syntax characters encoded', () => {
  expect(textDirective('It is well-known, and safe & sound.')).toBe(
    ':~:text=It%20is%20well%2Dknown%2C%20and%20safe%20%26%20sound.',
  )
})

test('a long quotation becomes a range from its first four words to its last four', () => {
  expect(
    textDirective('Our message to the Pakistanis has remained consistent that we recognise it, there,'),
  ).toBe(':~:text=Our%20message%20to%20the,we%20recognise%20it%2C%20there%2C')
})

test('white space is collapsed and nothing is produced for an empty quotation', () => {
  expect(textDirective('  two\n words ')).toBe(':~:text=two%20words')
  expect(textDirective('   ')).toBe('')
})

const quote = (spans: Quote['spans']): Quote => ({
  id: 'q1',
  kind: 'direct',
  speakerId: null,
  confidence: 1,
  spans,
})

test("a quotation's words read as on the page: typographic, and an ellipsis where a cue cuts them", () => {
  const paragraphs = ['"We held the line," said Ada Quell, "and we will hold it."']
  expect(
    quotationWords(
      paragraphs,
      quote([
        { paragraph: 0, start: 1, end: 18 },
        { paragraph: 0, start: 37, end: 57 },
      ]),
    ),
  ).toBe('We held the line, … and we will hold it.')
  expect(quotationWords(paragraphs, quote([{ paragraph: 3, start: 0, end: 4 }]))).toBe('')
})

test('shared words carry their speaker and link; reported speech is never put in quotation marks', () => {
  const url = 'https://example.org/posts/ferry#q1'
  expect(shareMessage({ words: 'We held the line.', kind: 'direct', who: 'Ada Quell', url })).toBe(
    '“We held the line.” — Ada Quell, via Verbatim https://example.org/posts/ferry#q1',
  )
  expect(shareMessage({ words: '“We held”', kind: 'mixed', who: 'probably Ada Quell', url })).toBe(
    '“We held” — probably Ada Quell, via Verbatim https://example.org/posts/ferry#q1',
  )
  expect(shareMessage({ words: 'the quay would reopen', kind: 'indirect', who: 'Unattributed', url })).toBe(
    'the quay would reopen (reported speech) — speaker unknown, via Verbatim https://example.org/posts/ferry#q1',
  )
})
