import { describe, expect, test } from 'vitest'
import { dice, f1, match, sameSpeaker, words, type Annotated } from './score.ts'

const quote = (text: string, paragraph = 0, kind: Annotated['kind'] = 'direct'): Annotated => ({
  kind,
  paragraph,
  text,
  speaker: null,
})

describe('the scorer behind every F1 the README gives', () => {
  test('texts become lower-case words, punctuation and quotation marks dropped', () => {
    expect(words('“We’re ready,” she said — ready!')).toEqual(['we', 're', 'ready', 'she', 'said', 'ready'])
    expect(words('  ')).toEqual([])
  })

  test('Dice over word multisets: shared words twice, over both lengths', () => {
    expect(dice(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'y'])).toBe(0.5)
    // A repeated word counts as often as both sides hold it, not more.
    expect(dice(['a', 'a', 'b'], ['a', 'b', 'b'])).toBeCloseTo(4 / 6)
    expect(dice([], [])).toBe(0)
  })

  test('a match needs Dice 0.5 in the same paragraph, one to one, best pairs first', () => {
    const gold = [quote('the bridge opens in May', 0), quote('repairs cost less', 1)]
    const predicted = [
      quote('the bridge opens', 0), // Dice 2·3/8 = 0.75 with gold 0
      quote('the bridge opens in May', 0), // 1.0: the better pair takes gold 0
      quote('repairs cost less', 0), // right words, wrong paragraph
      quote('nothing like it', 1),
    ]
    const scored = match(gold, predicted)
    expect(scored.pairs.map((pair) => [pair.gold.text, pair.predicted.text, pair.dice])).toEqual([
      ['the bridge opens in May', 'the bridge opens in May', 1],
    ])
    expect(scored.missed.map((item) => item.text)).toEqual(['repairs cost less'])
    expect(scored.spurious.map((item) => item.text)).toEqual([
      'the bridge opens',
      'repairs cost less',
      'nothing like it',
    ])
  })

  test('per-kind scores pair only quotations of the same kind', () => {
    const gold = [quote('the bridge opens in May', 0, 'indirect')]
    const predicted = [quote('the bridge opens in May', 0, 'direct')]
    expect(match(gold, predicted).pairs).toHaveLength(1)
    expect(match(gold, predicted, true).pairs).toHaveLength(0)
  })

  test('the same speaker: equal names after case, "the", Mr, Ms and Dr, or the same surname', () => {
    expect(sameSpeaker('The Pentagon', 'pentagon')).toBe(true)
    expect(sameSpeaker('Dr Ana Ruiz', 'Ana Ruiz')).toBe(true)
    expect(sameSpeaker('Ana Ruiz', 'Ruiz')).toBe(true)
    expect(sameSpeaker('Ana Ruiz', 'Ana Reyes')).toBe(false)
    expect(sameSpeaker('Ana Ruiz', null)).toBe(false)
    expect(sameSpeaker(null, null)).toBe(false)
  })

  test('precision, recall and F1 from counts, zero where nothing was found', () => {
    expect(f1({ truePositives: 6, falsePositives: 2, falseNegatives: 4 })).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: (2 * 0.75 * 0.6) / 1.35,
    })
    expect(f1({ truePositives: 0, falsePositives: 0, falseNegatives: 3 })).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    })
  })
})
