import { describe, expect, test } from 'vitest'
import { isJunk } from '../readers/clean.ts'
import { toIsoDate } from '../readers/dates.ts'
import { splitFrontMatter } from '../readers/front-matter.ts'

describe('dates', () => {
  test.each([
    ['2016-12-15', '2016-12-15'],
    ['2016-11-29 03:33:08', '2016-11-29T03:33:08'],
    ['2016-12-15T13:50:38Z', '2016-12-15T13:50:38Z'],
    ['2016-12-15T13:50:38.000+0100', '2016-12-15T13:50:38.000+01:00'],
    ['Tue, 13 Dec 2016 12:31:48 GMT', '2016-12-13T12:31:48Z'],
    ['2016-02-30', undefined],
    ['Thursday', undefined],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected)
  })
})

describe('front matter', () => {
  test('fields and body are split; quotes around values are dropped', () => {
    expect(splitFrontMatter('---\nslug: "a-b"\nbyline: Wen Osei\n---\nTitle\n')).toEqual({
      fields: { slug: 'a-b', byline: 'Wen Osei' },
      body: 'Title\n',
    })
  })

  test('a file without front matter is all body', () => {
    expect(splitFrontMatter('Title\n\n---\n')).toEqual({ fields: {}, body: 'Title\n\n---\n' })
  })

  test('an unclosed block is an error', () => {
    expect(() => splitFrontMatter('---\nslug: a\nTitle\n')).toThrow(/never closed/)
  })
})

describe('junk lines', () => {
  test.each([
    'Previous Post Next Post',
    'Advertisement',
    'Share this article',
    'Share on Facebook Share on Twitter',
    'Subscribe to our newsletter',
    'Related: Something else entirely',
    'toggle caption',
  ])('%s is junk', (line) => expect(isJunk(line)).toBe(true))
  test.each([
    'Shares in the company rose sharply after the announcement.',
    'Subscribers to the service will pay more from May, the company said.',
    'The next post office opens in June.',
  ])('%s is text', (line) => expect(isJunk(line)).toBe(false))
})

describe('reading one input', () => {
  test('a file that is gone by the time it is read says so', async () => {
    const { readInput } = await import('./read-input.ts')
    await expect(readInput('/nonexistent/verbatim/gone.txt')).rejects.toThrow(
      'could not be read: the file is gone',
    )
  })
})
