import { expect, test } from 'vitest'
import { fictionNote } from './fiction.ts'

test('a paragraph that starts "Fiction:" marks the post as fiction; nothing else does', () => {
  const note = 'Fiction: a sample story; its people are invented.'
  expect(fictionNote(['The ferry sailed.', note])).toBe(note)
  expect(fictionNote(['The ferry sailed.', 'Science fiction: a genre.', 'No Fiction: here'])).toBeNull()
})
