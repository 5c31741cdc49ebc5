import { describe, expect, test } from 'vitest'
import {
  dice,
  f1,
  headNoun,
  isFragmentOf,
  judge,
  match,
  namedMention,
  sameSpeaker,
  words,
  type Annotated,
  type Predicted,
} from './score.ts'

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

const said = (text: string, speaker: string | null, extra: Partial<Predicted> = {}): Predicted => ({
  kind: 'direct',
  paragraph: 1,
  text,
  speaker,
  speakerKind: speaker === null ? null : 'person',
  confidence: 0.9,
  quote: 'q1',
  part: 0,
  ...extra,
})
const annotated = (text: string, speaker: string | null, paragraph = 1): Annotated => ({
  kind: 'direct',
  paragraph,
  text,
  speaker,
})

describe('the fair reading of PolNeAR, whose speakers are mentions at the cue', () => {
  test('a mention counts only if what is left of it names someone', () => {
    expect(namedMention('Rep. Ana Ruiz, a Democrat from Vermont')).toBe('Rep. Ana Ruiz')
    expect(namedMention('the ministry (which runs the ports)')).toBeNull()
    expect(namedMention('the Harbour Authority')).toBe('the Harbour Authority')
    expect(namedMention("Ruiz's")).toBe("Ruiz's")
    expect(namedMention('officials — two of them')).toBeNull()
    expect(namedMention('He')).toBeNull()
    expect(namedMention('sources')).toBeNull()
    expect(namedMention(null)).toBeNull()
  })

  test('a piece is a fragment when 80% of its words lie inside the whole, in the same paragraph', () => {
    const whole = annotated('“The tide is late,” she said. “The boats wait.”', 'Ana Ruiz')
    expect(isFragmentOf(annotated('The boats wait.', null), whole)).toBe(true)
    expect(isFragmentOf(annotated('The boats wait for nobody at all', null), whole)).toBe(false)
    expect(isFragmentOf(annotated('The boats wait.', null, 2), whole)).toBe(false)
  })

  test('pieces of a matched quotation are neither right nor wrong; other extras are spurious', () => {
    const gold = [annotated('“The tide is late,” she said. “The boats will wait for the tide.”', 'Ana Ruiz')]
    const predicted = [
      said('The boats will wait for the tide.', 'Ana Ruiz'),
      said('The tide is late,', 'Ana Ruiz', { quote: 'q2' }),
      said('We sail at dawn', 'Ana Ruiz', { quote: 'q3' }),
      // The same quotation's next paragraph: PolNeAR cuts a quotation to its first.
      said('And we come back at dusk.', 'Ana Ruiz', { paragraph: 2, part: 1 }),
    ]
    const mentions = judge('mentions', gold, predicted)
    expect(mentions.pairs).toHaveLength(1)
    expect(mentions.fragments.map((item) => item.text)).toEqual([
      'The tide is late,',
      'And we come back at dusk.',
    ])
    expect(mentions.spurious.map((item) => item.text)).toEqual(['We sail at dawn'])
    // Under shared/gold's own scheme every extra is spurious.
    expect(judge('names', gold, predicted).spurious).toHaveLength(3)
  })

  test('each matched quotation with a named source is right, wrong, unnamed or without a speaker', () => {
    const gold = [
      annotated('the port reopens on Monday', 'Harbour Master Ana Ruiz, 52'),
      annotated('fees will not rise this year', 'Ruiz'),
      annotated('the ferry is safe to sail', 'Tomas Ek'),
      annotated('the pier needs new piles', 'Tomas Ek'),
      annotated('the storm did little damage', 'he'),
    ]
    const predicted = [
      said('the port reopens on Monday', 'Ana Ruiz'),
      said('fees will not rise this year', 'Tomas Ek', { quote: 'q2' }),
      said('the ferry is safe to sail', 'a spokesman', { quote: 'q3', speakerKind: 'unnamed' }),
      said('the pier needs new piles', null, { quote: 'q4' }),
      said('the storm did little damage', 'Lars Holm', { quote: 'q5' }),
    ]
    const verdicts = judge('mentions', gold, predicted)
    expect(verdicts.named).toHaveLength(4) // "he" names no one: not scored for attribution
    expect(verdicts.right.map((pair) => pair.gold.text)).toEqual(['the port reopens on Monday'])
    expect(verdicts.wrongName.map((pair) => pair.predicted.speaker)).toEqual(['Tomas Ek'])
    expect(verdicts.wrongUnnamed.map((pair) => pair.predicted.speaker)).toEqual(['a spokesman'])
    expect(verdicts.noSpeaker.map((pair) => pair.gold.text)).toEqual(['the pier needs new piles'])
  })
})

describe('refined reading of PolNeAR speakers, beyond the README rule', () => {
  test('where a person is from is cut like an apposition; a body keeps its "of"', () => {
    expect(namedMention('Rep. Lena Marsh of Vermont', true)).toBe('Rep. Lena Marsh')
    expect(namedMention('Rep. Lena Marsh of Vermont')).toBe('Rep. Lena Marsh of Vermont')
    expect(namedMention('the Department of Energy', true)).toBe('the Department of Energy')
    expect(namedMention('a farmer from Sumter', true)).toBeNull()
  })

  test('a pronoun with its verb ("We’ve", "I’m") names no one', () => {
    expect(namedMention('We’ve', true)).toBeNull()
    expect(namedMention("I'm", true)).toBeNull()
    expect(namedMention('We’ve')).toBe('We’ve')
    expect(namedMention('Ruiz’ll', true)).toBe('Ruiz’ll')
  })

  test('Jr. and III are not surnames, and an acronym is its name', () => {
    expect(sameSpeaker('Bozell', 'Brent Bozell III', true)).toBe(true)
    expect(sameSpeaker('Bozell', 'Brent Bozell III')).toBe(false)
    expect(sameSpeaker('the AP', 'Associated Press', true)).toBe(true)
    expect(sameSpeaker('Democratic National Committee', 'the DNC', true)).toBe(true)
    expect(sameSpeaker('the AP', 'American Legion', true)).toBe(false)
  })

  test('a possessive mention names its owner ("Ruiz’s campaign slogan" is Ruiz’s words)', () => {
    expect(sameSpeaker('Ana Ruiz’s', 'Ana Ruiz', true)).toBe(true)
    expect(sameSpeaker("Ruiz's", 'Ana Ruiz', true)).toBe(true)
    expect(sameSpeaker('Ana Ruiz’s', 'Ana Ruiz')).toBe(false)
    expect(sameSpeaker('Ana Ruiz’s', 'Lena Marsh', true)).toBe(false)
  })
})

describe('an unnamed source is compared by what it is about', () => {
  test('the head noun before any qualifier, singular or plural', () => {
    expect(headNoun('Some delegates at the convention in Lowmoor')).toBe('delegate')
    expect(headNoun('delegates at the convention')).toBe('delegate')
    expect(headNoun('a spokeswoman for the ferry company')).toBe('spokeswoman')
    expect(headNoun('People with direct knowledge of the talks')).toBe('people')
  })
})
