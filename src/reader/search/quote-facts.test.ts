import { expect, test } from 'vitest'
import { decodeQuoteFacts, encodeQuoteFacts, type QuoteFacts } from './quote-facts.ts'

test('quotation facts survive the trip through a search meta value, whatever the names hold', () => {
  const facts = new Map<string, QuoteFacts>([
    ['q1', { speakerId: 'ines-dorr', speaker: 'Ines Dorr', kind: 'direct', confidence: 0.96 }],
    ['q2', { speakerId: null, speaker: 'A spokesman; "the board", 50%', kind: 'indirect', confidence: 0.7 }],
    ['q3', { speakerId: null, speaker: null, kind: 'mixed', confidence: 0.65 }],
  ])
  const encoded = encodeQuoteFacts(facts)
  expect(encoded).not.toMatch(/:/)
  expect(decodeQuoteFacts(encoded)).toEqual(facts)
})

test('a malformed value gives what it can, never throws', () => {
  expect(decodeQuoteFacts(undefined).size).toBe(0)
  expect([...decodeQuoteFacts('q1,a,b,direct,1;garbage;q2,%E0%A4%A,x,direct,1').keys()]).toEqual(['q1'])
})
