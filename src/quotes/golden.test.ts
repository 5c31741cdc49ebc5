import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { paragraphsFromText } from '../article/text.ts'
import { extractQuotes } from './index.ts'
import type { Extraction, Span } from './types.ts'

/**
 * Golden cases, after Mozilla Readability's test pages: one folder per behaviour under `__fixtures__/`, holding
 * `input.txt` (paragraphs one blank line apart, no headline) and `expected.json`, written by this test with
 * `UPDATE_GOLDEN=1 npm run unit` and reviewed in the diff. Adding a folder adds a test.
 */
const FIXTURES = join(import.meta.dirname, '__fixtures__')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

/** The extraction as a reviewer reads it: the quoted words and names, with the offsets beside them. */
function readable(paragraphs: string[], { quotes, speakers }: Extraction) {
  const at = (span: Span) =>
    `${paragraphs[span.paragraph]?.slice(span.start, span.end)} @${span.paragraph}:${span.start}-${span.end}`
  return {
    quotes: quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      speaker: speakers.find((speaker) => speaker.id === quote.speakerId)?.name ?? null,
      text: quote.spans.map(at),
      cue: quote.cue ? at(quote.cue) : null,
      confidence: quote.confidence,
    })),
    speakers: speakers.map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      kind: speaker.kind,
      role: speaker.role ?? null,
      mentions: speaker.mentions.map(at),
    })),
  }
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('golden cases', () => {
  test('there are cases to run', () => {
    expect(cases.length).toBeGreaterThan(20)
  })

  test.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name)
    const paragraphs = paragraphsFromText(readFileSync(join(dir, 'input.txt'), 'utf8'))
    const actual = readable(paragraphs, extractQuotes(paragraphs))
    const expectedPath = join(dir, 'expected.json')
    if (UPDATE || !existsSync(expectedPath)) {
      if (!UPDATE)
        throw new Error(`${name}: no expected.json; run UPDATE_GOLDEN=1 npm run unit and review the diff`)
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`)
      return
    }
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ReturnType<typeof readable>
    const count = Math.max(expected.quotes.length, actual.quotes.length)
    for (let index = 0; index < count; index++) {
      // The first quotation that differs is the one to look at; the rest often follow from it.
      expect(actual.quotes[index], `${name}: quotation ${index + 1} differs`).toEqual(expected.quotes[index])
    }
    expect(actual.speakers, `${name}: speakers differ`).toEqual(expected.speakers)
  })
})
