import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { paragraphsFromText } from '../article/text.ts'
import { extractQuotes } from './index.ts'

test('the seed article: 8 quotations, 7 by John Kirby, Pentagon Press Secretary, and 1 by the Pentagon', () => {
  const source = readFileSync(join(import.meta.dirname, '../../content/us-pakistan-safe-havens.txt'), 'utf8')
  const [, ...paragraphs] = paragraphsFromText(source)
  const { quotes, speakers } = extractQuotes(paragraphs)

  expect(quotes).toHaveLength(8)
  const kirby = speakers.find((speaker) => speaker.name === 'John Kirby')
  const pentagon = speakers.find((speaker) => speaker.name === 'Pentagon')
  expect(kirby).toMatchObject({ kind: 'person', role: 'Pentagon Press Secretary' })
  expect(pentagon).toMatchObject({ kind: 'organization' })
  expect(quotes.filter((quote) => quote.speakerId === kirby?.id)).toHaveLength(7)
  expect(quotes.filter((quote) => quote.speakerId === pentagon?.id)).toHaveLength(1)
  expect(quotes.map((quote) => quote.kind)).toEqual([
    'indirect',
    'indirect',
    'direct',
    'direct',
    'direct',
    'indirect',
    'direct',
    'direct',
  ])
  // "he said", "he asserted", "he added" and every "Kirby" are mentions of him.
  expect(kirby?.mentions.length).toBeGreaterThanOrEqual(7)
})
