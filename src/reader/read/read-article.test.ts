import { describe, expect, test } from 'vitest'
import { READERS, readArticle } from './read-article.ts'
import { MAX_READ_CHARACTERS, READABLE_EXTENSIONS } from './read-limits.ts'

const ARTICLE = `Ferry crossing to reopen in spring

The Tollbridge ferry will run again from April, Harbour Commissioner Ines Marrow said on Tuesday.

"The new pier is sound and the crews are ready," Marrow said.`

const failure = (result: ReturnType<typeof readArticle>) => (result.ok ? null : result.message)

describe('readArticle', () => {
  test('the page offers the files the worker reads, no more and no fewer', () => {
    expect([...READABLE_EXTENSIONS].sort()).toEqual(
      Object.keys(READERS)
        .map((extension) => `.${extension}`)
        .sort(),
    )
  })

  test('pasted text reads as ingest reads a .txt: the headline, the text, the quotations and who said them', () => {
    const result = readArticle({ text: ARTICLE })
    if (!result.ok) throw new Error(result.message)
    expect(result.article.title).toBe('Ferry crossing to reopen in spring')
    expect(result.article.paragraphs).toHaveLength(2)
    const speaker = result.article.speakers.find((one) => one.name === 'Ines Marrow')
    expect(speaker).toBeDefined()
    expect(result.article.quotes.filter((quote) => quote.speakerId === speaker?.id)).toHaveLength(2)
  })

  test('a saved page is read by its readable part, its scripts never run and never shown', () => {
    const html = `<!doctype html><html><head><title>Ferry crossing to reopen</title></head><body>
      <nav>Home · World · Share this article</nav><script>window.ran = true</script>
      <article><h1>Ferry crossing to reopen in spring</h1>
      <p>The Tollbridge ferry will run again from April, Harbour Commissioner Ines Marrow said on Tuesday, after a winter of repairs to the pier.</p>
      <p>"The new pier is sound and the crews are ready," Marrow said. "We expect the first crossing on the first of the month."</p>
      <p>Passengers had waited since November, when storms cracked the landing stage and the council closed the route.</p></article></body></html>`
    const result = readArticle({ text: html, fileName: 'ferry.html' })
    if (!result.ok) throw new Error(result.message)
    expect(result.article.paragraphs.join(' ')).not.toMatch(/window\.ran|Share this article/)
    expect(result.article.quotes.length).toBeGreaterThan(0)
  })

  test('bad input gets a message that says what is wrong', () => {
    expect(failure(readArticle({ text: '  \n ' }))).toBe('There is no text to read: paste an article first.')
    expect(failure(readArticle({ text: '', fileName: 'notes.md' }))).toBe('notes.md is empty.')
    expect(failure(readArticle({ text: 'x', fileName: 'photo.jpg' }))).toMatch(
      /^photo\.jpg is not a file Verbatim reads: choose a \.txt, .*\.html, \.htm file\.$/,
    )
    expect(failure(readArticle({ text: 'PK\u0003\u0004\u0000\u0000binary', fileName: 'a.txt' }))).toBe(
      'a.txt is not text: it looks like a binary file.',
    )
    expect(failure(readArticle({ text: 'a'.repeat(MAX_READ_CHARACTERS + 1) }))).toMatch(
      /^The text is too long: 2,000,001 characters, and the limit is 2,000,000 characters\.$/,
    )
    expect(
      failure(readArticle({ carried: { title: 'Long', paragraphs: ['a'.repeat(MAX_READ_CHARACTERS)] } })),
    ).toBe("This link's article is too long: the limit is 2,000,000 characters.")
    expect(failure(readArticle({ text: 'Only a headline' }))).toBe(
      'This does not read as an article: no paragraphs: there is a headline but no text.',
    )
  })
})
