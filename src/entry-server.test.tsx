import { afterEach, describe, expect, test, vi } from 'vitest'
import { buildArticle } from './readers/build-article.ts'
import type { Latest } from './article/post-archive.ts'
import { createQueryClient, renderPage, seedLatest, seedPost, seedSpeakerQuotes } from './entry-server.tsx'

const article = buildArticle(
  {
    title: 'Ferry back on the water',
    paragraphs: [
      '"The ferry sails again on Monday," said harbour master Ilse Marchbank.',
      'Marchbank said the repairs had cost less than expected.',
    ],
  },
  'ferry-back',
)
const newest: Latest = {
  total: 1,
  posts: [{ slug: article.slug, title: article.title, summary: article.summary, speakers: [] }],
  continues: 'undated',
}

async function renderPost() {
  const queryClient = createQueryClient({ server: true })
  seedPost(queryClient, article)
  return renderPage(`/posts/${article.slug}`, queryClient)
}

async function renderNotFound() {
  const queryClient = createQueryClient({ server: true })
  seedLatest(queryClient, newest)
  return renderPage('/__not-found__', queryClient, { notFound: true })
}

describe('prerendered pages', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  test.each([
    ['a post', renderPost],
    ['the not-found page', renderNotFound],
  ])('%s builds the same bytes whenever it is built', async (_, render) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.UTC(2026, 0, 1))
    const first = await render()
    vi.setSystemTime(Date.UTC(2027, 5, 30, 12, 34, 56))
    expect(await render()).toEqual(first)
  })

  test("a post's page carries no copy of its data: its loader fetches the post's file", async () => {
    const { html, state } = await renderPost()
    expect(html).toContain('repairs had cost less than expected')
    expect(JSON.parse(state)).toEqual({})
  })

  test('the not-found page carries the newest posts it lists, and its 404', async () => {
    const { html, state } = await renderNotFound()
    expect(html).toContain('Ferry back on the water')
    const parsed = JSON.parse(state) as { queries: { queries: unknown[] }; router: unknown }
    expect(parsed.queries.queries).toHaveLength(1)
    expect(JSON.stringify(parsed.queries)).toContain('"total":1')
    expect(parsed.router).toMatchObject({ errors: { boundary: { status: 404 } } })
  })
})

describe("a speaker's older quotations", () => {
  test('render with their place in the count and the ways to newer and older ones', async () => {
    const queryClient = createQueryClient({ server: true })
    const quote = {
      post: { slug: article.slug, title: article.title },
      quoteId: 'q1',
      kind: 'direct' as const,
      excerpts: [{ before: '"', quoted: 'The ferry sails again on Monday,', after: '" said Marchbank.' }],
      confidence: 1,
    }
    seedSpeakerQuotes(queryClient, {
      id: 'ilse-marchbank',
      name: 'Ilse Marchbank',
      page: 2,
      quotes: [quote],
      newerPage: null,
    })
    const { html } = await renderPage('/speakers/ilse-marchbank/page/2', queryClient)
    expect(html).toContain('Quotations 26 to 50, newest first')
    expect(html).toMatch(
      /<a [^>]*href="\/speakers\/ilse-marchbank"[^>]*rel="prev"|rel="prev"[^>]*href="\/speakers\/ilse-marchbank"/,
    )
    expect(html).toMatch(/href="\/speakers\/ilse-marchbank\/page\/1"/)
  })
})
