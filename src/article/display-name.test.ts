import { expect, test } from 'vitest'
import type { Speaker } from '../quotes/types.ts'
import { displayName, nameInSentence } from './display-name.ts'

const paragraphs = [
  'A statement from the harbour office said the quay would reopen. Orla Penhallow agreed.',
  'Spokesman Ivo Strand declined. An inspector said the crane was safe, and a spokesman said so too.',
]
function speaker(name: string, kind: Speaker['kind'], paragraph: number, phrase = name): Speaker {
  const start = (paragraphs[paragraph] ?? '').indexOf(phrase)
  return { id: name, name, kind, mentions: [{ paragraph, start, end: start + phrase.length }] }
}

test('names stand as found', () => {
  expect(displayName(speaker('Orla Penhallow', 'person', 0), paragraphs)).toBe('Orla Penhallow')
})

test('a description gets back the article the text gave it, and a capital', () => {
  expect(displayName(speaker('harbour office', 'organization', 0), paragraphs)).toBe('The harbour office')
  expect(displayName(speaker('inspector', 'unnamed', 1), paragraphs)).toBe('An inspector')
})

test('an unnamed source with no article in the text gets one (none for a plural); an organisation just gets its capital', () => {
  const bare = { name: 'spokesman', kind: 'unnamed' as const, mentions: [] }
  expect(displayName(bare, paragraphs)).toBe('A spokesman')
  expect(displayName({ ...bare, name: 'inspector' }, paragraphs)).toBe('An inspector')
  expect(displayName({ ...bare, name: 'engineers' }, paragraphs)).toBe('Engineers')
  expect(displayName({ ...bare, name: 'residents of the quay' }, paragraphs)).toBe('Residents of the quay')
  expect(displayName({ ...bare, kind: 'organization', name: 'regional government' }, paragraphs)).toBe(
    'Regional government',
  )
})

test('inside a sentence the article goes back to lower case; names keep theirs', () => {
  expect(nameInSentence('The harbour office')).toBe('the harbour office')
  expect(nameInSentence('A spokesman')).toBe('a spokesman')
  expect(nameInSentence('Anselm Vey')).toBe('Anselm Vey')
  expect(nameInSentence('Thea Marsh')).toBe('Thea Marsh')
})
