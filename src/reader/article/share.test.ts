import { expect, test } from 'vitest'
import { textDirective } from './share.ts'

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
