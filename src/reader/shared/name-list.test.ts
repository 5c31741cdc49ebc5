import { expect, test } from 'vitest'
import { listParts } from './name-list.ts'

/** The list as text, the way a page puts its parts together. */
function listed(names: readonly string[]): string {
  const { shown, before, end } = listParts(names)
  return shown.map((name, index) => before(index) + name).join('') + end
}

test('names listed as a sentence, the rest counted', () => {
  expect(listed([])).toBe('')
  expect(listed(['Ana Ruiz'])).toBe('Ana Ruiz')
  expect(listed(['Ana Ruiz', 'the council'])).toBe('Ana Ruiz and the council')
  expect(listed(['A', 'B', 'C'])).toBe('A, B, and C')
  expect(listed(['A', 'B', 'C', 'D'])).toBe('A, B, C and 1 other')
  expect(listed(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 others')
})
