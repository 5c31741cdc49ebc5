import { describe, expect, test } from 'vitest'
import { SPEAKER_QUOTES_PER_PAGE } from '../article/speaker-archive.ts'
import { buildArticle } from '../readers/build-article.ts'
import { contributionOf, excerptOf, gatherSpeakers as gatherFromContributions, monthsOf } from './speakers.ts'
import type { Article } from '../article/schema.ts'

const gatherSpeakers = (newestFirst: readonly Article[]) =>
  gatherFromContributions(newestFirst.map(contributionOf))

const post = (slug: string, published: string, ...paragraphs: string[]) =>
  buildArticle({ title: `Report ${slug}`, published, paragraphs }, slug)

// Invented people and places. Newest first, as the archive is read.
const archive = [
  post(
    'ferry-fares',
    '2026-03-02',
    'Harbour master Ines Dorr said on Monday that ferry fares would rise in April.',
    '"We held them for three years," Dorr said.',
  ),
  post(
    'pier-repairs',
    '2026-01-15',
    '"The pier will close for a month," said Ines Dorr, who now chairs the Pellwick Harbour Board.',
    'The Harbour Board said the work would cost more than planned.',
  ),
  post(
    'two-dorrs',
    '2025-11-20',
    'Tomas Dorr, a ferry pilot, said the crossing had never been busier.',
    '"I have not had a day off since June," Dorr said.',
  ),
]

describe('gatherSpeakers', () => {
  const { speakers, index } = gatherSpeakers(archive)
  const pageOf = (id: string) => speakers.find((pages) => pages.page.id === id)?.page

  test('one page per person across posts, whatever role each post gives', () => {
    const ines = pageOf('ines-dorr')
    expect(ines?.name).toBe('Ines Dorr')
    expect(ines?.quoteCount).toBe(3)
    expect(ines?.postCount).toBe(2)
    expect(ines?.roles.map((role) => role.role)).toEqual(['Harbour master'])
    expect(ines?.roles[0]).toMatchObject({ first: '2026-03-02', last: '2026-03-02' })
    expect([ines?.first, ines?.last]).toEqual(['2026-01-15', '2026-03-02'])
  })

  test('a shared surname never merges two people: each "Dorr" is resolved in its own post', () => {
    const tomas = pageOf('tomas-dorr')
    expect(tomas?.quoteCount).toBe(2)
    expect(tomas?.quotes.every((quote) => quote.post.slug === 'two-dorrs')).toBe(true)
    expect(pageOf('ines-dorr')?.quotes.some((quote) => quote.post.slug === 'two-dorrs')).toBe(false)
  })

  test('"the Harbour Board" in one post and "Harbour Board" in another are one body', () => {
    const board = speakers.filter((pages) => pages.page.id.includes('harbour-board'))
    expect(board.map((pages) => pages.page.id)).toEqual(['harbour-board'])
    expect(board[0]?.page.kind).toBe('organization')
  })

  test('quotations newest first, each linking to its place in its post', () => {
    const quotes = pageOf('ines-dorr')?.quotes ?? []
    expect(quotes.map((quote) => quote.post.slug)).toEqual(['ferry-fares', 'ferry-fares', 'pier-repairs'])
    expect(quotes.map((quote) => quote.quoteId)).toEqual(['q1', 'q2', 'q1'])
    expect(quotes[1]?.excerpts[0]).toEqual({
      before: '"',
      quoted: 'We held them for three years,',
      after: '" Dorr said.',
    })
  })

  test('the lists: most quoted first, and A–Z by surname', () => {
    expect(index.quoted[0]?.speakers.map((speaker) => speaker.id)).toEqual([
      'ines-dorr',
      'tomas-dorr',
      'harbour-board',
    ])
    expect(index.az[0]?.speakers.map((speaker) => speaker.id)).toEqual([
      'ines-dorr',
      'tomas-dorr',
      'harbour-board',
    ])
    expect(index.quoted[0]).toMatchObject({ page: 1, pageCount: 1, total: 3 })
  })

  test('ids do not change when posts are added', () => {
    const before = gatherSpeakers(archive.slice(1)).index.quoted[0]?.speakers.map((speaker) => speaker.id)
    const after = new Set(index.quoted[0]?.speakers.map((speaker) => speaker.id))
    for (const id of before ?? []) expect(after.has(id)).toBe(true)
  })

  /** A post in which Ines Dorr is quoted `count` times, on the given day. */
  const hearing = (slug: string, published: string, count: number) =>
    post(
      slug,
      published,
      'Harbour master Ines Dorr spoke at the hearing.',
      ...Array.from({ length: count }, (_, n) => `"Point ${n + 1} of ${slug} is settled," Dorr said.`),
    )
  const dorrPages = (posts: ReturnType<typeof post>[]) =>
    gatherSpeakers(posts).speakers.find((pages) => pages.page.id === 'ines-dorr')

  test("a speaker's page shows the newest quotations: the last page of 25, full or not, and the full one before", () => {
    const pages = dorrPages([hearing('second', '2026-05-01', 30), hearing('first', '2026-04-01', 40)])
    // 70 quotations: older page 1 holds the first 25, the speaker's page the 45 after them.
    expect(pages?.page).toMatchObject({ quoteCount: 70, olderPage: 1 })
    expect(pages?.page.quotes).toHaveLength(70 - SPEAKER_QUOTES_PER_PAGE)
    // Newest post first, each post's quotations in the order they read.
    expect(pages?.page.quotes[0]?.excerpts[0]?.quoted).toContain('Point 1 of second')
    expect(pages?.page.quotes.at(-1)?.excerpts[0]?.quoted).toContain('Point 40 of first')
    expect(pages?.older.map((one) => [one.page, one.quotes.length, one.newerPage])).toEqual([
      [1, SPEAKER_QUOTES_PER_PAGE, null],
    ])
    expect(pages?.older[0]?.quotes[0]?.excerpts[0]?.quoted).toContain('Point 1 of first')
    expect(pages?.older[0]?.quotes.at(-1)?.excerpts[0]?.quoted).toContain('Point 25 of first')
    expect(pages?.older[0]?.name).toBe('Ines Dorr')
  })

  test('older pages are counted from the first quotation, so new ones never change what a page holds', () => {
    const before = dorrPages([hearing('b', '2026-05-01', 40), hearing('a', '2026-04-01', 40)])
    const after = dorrPages([
      hearing('c', '2026-06-01', 30),
      hearing('b', '2026-05-01', 40),
      hearing('a', '2026-04-01', 40),
    ])
    expect(before?.older.map((one) => one.page)).toEqual([1, 2])
    expect(after?.older.map((one) => one.page)).toEqual([1, 2, 3])
    // Page 1 is as it was; page 2 only learns that a newer page now follows it.
    expect(after?.older[0]).toEqual(before?.older[0])
    expect(after?.older[1]).toEqual({ ...before?.older[1], newerPage: 3 })
  })

  test('a speaker quoted less than twice 25 times has every quotation on their page and no older pages', () => {
    const pages = dorrPages([hearing('one', '2026-04-01', 49)])
    expect(pages?.page).toMatchObject({ olderPage: null })
    expect(pages?.page.quotes).toHaveLength(49)
    expect(pages?.older).toEqual([])
  })
})

describe('monthsOf', () => {
  test('every month from the first quoted to the last, the quiet ones at zero', () => {
    const at = (published: string) => ({ post: { slug: 'a', title: 'A', published } }) as never
    expect(monthsOf([at('2025-11-20'), at('2026-01-15'), at('2026-01-02')])).toEqual([
      { month: '2025-11', count: 1 },
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 2 },
    ])
    expect(monthsOf([])).toEqual([])
  })
})

describe('excerptOf', () => {
  test('the rest of the sentence either side, not the paragraph', () => {
    const text = 'The tide was late. Dorr said the pier was "safe enough" for now. Nobody agreed.'
    const start = text.indexOf('safe')
    expect(excerptOf(text, { start, end: start + 'safe enough'.length })).toEqual({
      before: 'Dorr said the pier was "',
      quoted: 'safe enough',
      after: '" for now.',
    })
  })
})
