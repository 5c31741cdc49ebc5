import { expect, test } from 'vitest'
import type { Quote, Speaker } from '../../quotes/types.ts'
import { summariseSpeakers } from './speaker-stats.ts'

const speaker = (id: string, name: string): Speaker => ({ id, name, kind: 'person', mentions: [] })
const quote = (id: string, speakerId: string | null, start: number, end: number): Quote => ({
  id,
  kind: 'direct',
  speakerId,
  spans: [{ paragraph: 0, start, end }],
  confidence: 1,
})

test('speakers by number of quotations, with their share of quoted words, numbered and coloured in that order', () => {
  // Quoted: "one" (b), "two three" and "four five" (a), "six seven" (nobody): 7 words.
  const paragraphs = ['one two three four five six seven eight nine ten']
  const speakers = [speaker('a', 'Ada Quell'), speaker('b', 'Borys Tamsin'), speaker('c', 'Silent One')]
  const quotes = [
    quote('q1', 'b', 0, 3),
    quote('q2', 'a', 4, 13),
    quote('q3', 'a', 14, 23),
    quote('q4', null, 24, 33),
  ]
  const summary = summariseSpeakers(paragraphs, speakers, quotes)
  expect(
    summary.speakers.map((stat) => [stat.speaker.id, stat.quotes.length, stat.share, stat.rank, stat.colour]),
  ).toEqual([
    ['a', 2, 4 / 7, 1, 0],
    ['b', 1, 1 / 7, 2, 1],
  ])
  expect(summary.unattributed.map((item) => item.id)).toEqual(['q4'])
  expect(summary.unattributedShare).toBe(2 / 7)
})

test('the six most-quoted speakers get colours of their own; the rest share the neutral', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
  const speakers = ids.map((id) => speaker(id, `Speaker ${id.toUpperCase()}`))
  // h is quoted twice, the others once each: h comes first, and f and g are past the palette.
  const quotes = [...ids, 'h'].map((id, index) => quote(`q${index + 1}`, id, index * 2, index * 2 + 1))
  const summary = summariseSpeakers(['x '.repeat(ids.length + 1)], speakers, quotes)
  expect(summary.speakers.map((stat) => [stat.speaker.id, stat.rank, stat.colour])).toEqual([
    ['h', 1, 0],
    ['a', 2, 1],
    ['b', 3, 2],
    ['c', 4, 3],
    ['d', 5, 4],
    ['e', 6, 5],
    ['f', 7, null],
    ['g', 8, null],
  ])
})
