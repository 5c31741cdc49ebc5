import { expect, test } from 'vitest'
import { formatDate } from './format.ts'

test('dates read "27 November 2026" from a day or a moment, in UTC; nothing for none or nonsense', () => {
  expect(formatDate('2026-11-27')).toBe('27 November 2026')
  expect(formatDate('2026-01-05T23:30:00Z')).toBe('5 January 2026')
  // Late evening west of Greenwich is already the next day in UTC.
  expect(formatDate('2026-12-31T22:00:00-05:00')).toBe('1 January 2027')
  expect(formatDate(undefined)).toBeUndefined()
  expect(formatDate('not a date')).toBeUndefined()
})
