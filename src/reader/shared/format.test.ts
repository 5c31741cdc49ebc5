import { expect, test } from 'vitest'
import { formatDate, listNames } from './format.ts'

test('dates read "27 November 2026" from a day or a moment, in UTC; nothing for none or nonsense', () => {
  expect(formatDate('2026-11-27')).toBe('27 November 2026')
  expect(formatDate('2026-01-05T23:30:00Z')).toBe('5 January 2026')
  // Late evening west of Greenwich is already the next day in UTC.
  expect(formatDate('2026-12-31T22:00:00-05:00')).toBe('1 January 2027')
  expect(formatDate(undefined)).toBeUndefined()
  expect(formatDate('not a date')).toBeUndefined()
})

test('names listed as a sentence, the rest counted', () => {
  expect(listNames([])).toBe('')
  expect(listNames(['Ana Ruiz'])).toBe('Ana Ruiz')
  expect(listNames(['Ana Ruiz', 'the council'])).toBe('Ana Ruiz and the council')
  expect(listNames(['A', 'B', 'C'])).toBe('A, B, and C')
  expect(listNames(['A', 'B', 'C', 'D'])).toBe('A, B, C and 1 other')
  expect(listNames(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 others')
})
