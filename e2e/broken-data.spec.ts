import { expect, test, type Page } from '@playwright/test'
import { fromPlaywright } from './console.ts'
import { openSeedPostFromHome, SEED_DATA } from './open-page.ts'
import { recordOutcome } from './record.ts'
import { quotations } from './quotations.ts'

test.afterEach(async ({}, info) => recordOutcome('broken-data', info))

type Article = Record<string, unknown> & { paragraphs: string[]; quotes: Array<Record<string, unknown>> }

interface Watch {
  requests: number
  warnings: string[]
  errors: string[]
}

/** Serves the seed post's JSON as `body` makes it, counting requests and collecting warnings and errors. */
async function serveSeed(page: Page, body: (article: Article) => string, contentType = 'application/json') {
  const watch: Watch = { requests: 0, warnings: [], errors: [] }
  page.on('console', (message) => {
    if (message.type() === 'warning' && !fromPlaywright(message.text())) watch.warnings.push(message.text())
    if (message.type() === 'error') watch.errors.push(message.text())
  })
  page.on('pageerror', (error) => watch.errors.push(error.message))
  await page.route(SEED_DATA, async (route) => {
    watch.requests++
    const response = await route.fetch()
    const article = (await response.json()) as Article
    await route.fulfill({ status: 200, contentType, body: body(article) })
  })
  return watch
}

const json = (change: (article: Article) => unknown) => (article: Article) => JSON.stringify(change(article))

const refused: Array<[string, (article: Article) => string, RegExp, string?]> = [
  ['truncated JSON', (article) => JSON.stringify(article).slice(0, 2000), /is not valid JSON/],
  [
    'an HTML page sent as JSON',
    () => '<!doctype html><title>Oops</title><p>Server error</p>',
    /is not valid JSON/,
  ],
  ['an empty body', () => '', /is not valid JSON/],
  ['JSON null', () => 'null', /does not match/],
  ['a future schemaVersion', json((article) => ({ ...article, schemaVersion: 3 })), /does not match/],
  ['a title of the wrong type', json((article) => ({ ...article, title: ['a'] })), /does not match/],
  ['no paragraphs', json((article) => ({ ...article, paragraphs: undefined })), /does not match/],
]

for (const [name, body, message] of refused) {
  test(`${name}: a clear error page with a way home, after one request`, async ({ page }) => {
    const watch = await serveSeed(page, body)
    await openSeedPostFromHome(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page’s data is damaged')
    await expect(page.getByText(message)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Go to the latest posts' })).toBeVisible()
    expect(watch.requests).toBe(1)
    expect(watch.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([])
  })
}

test('a future schemaVersion says so, and that a reload brings the newer reader', async ({ page }) => {
  await serveSeed(
    page,
    json((article) => ({ ...article, schemaVersion: 3 })),
  )
  await openSeedPostFromHome(page)
  await page.getByText('What is wrong').click()
  await expect(page.getByText(/^schemaVersion: 3 is newer than this reader understands/)).toBeVisible()
})

test('a post written as schema version 1 still reads whole, its speakers without archive links', async ({
  page,
}) => {
  const watch = await serveSeed(
    page,
    json((article) => ({
      ...article,
      schemaVersion: 1,
      speakers: (article.speakers as Array<Record<string, unknown>>).map((speaker) => ({
        ...speaker,
        archiveId: undefined,
      })),
    })),
  )
  await openSeedPostFromHome(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
  await expect(quotations(page)).toHaveCount(8)
  const sidebar = page.getByRole('complementary', { name: 'Speakers' })
  await expect(sidebar.getByText('John Kirby')).toBeVisible()
  await expect(sidebar.getByRole('link', { name: /^Across the archive/ })).toHaveCount(0)
  expect(watch.warnings).toEqual([])
  expect(watch.errors).toEqual([])
})

test('HTML sent as HTML where JSON was expected reads as not found', async ({ page }) => {
  const watch = await serveSeed(page, () => '<!doctype html><title>Home</title>', 'text/html')
  await openSeedPostFromHome(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
  expect(watch.requests).toBe(1)
})

const salvaged: Array<[string, (article: Article) => unknown, RegExp, number]> = [
  [
    'spans out of range',
    (article) => {
      article.quotes[0] = { ...article.quotes[0], spans: [{ paragraph: 999, start: 0, end: 5 }] }
      return article
    },
    /quotes\[0\]\.spans: a span lies outside its paragraph/,
    7,
  ],
  [
    'overlapping quotations',
    (article) => {
      article.quotes[1] = { ...article.quotes[1], spans: article.quotes[0]?.spans }
      return article
    },
    /quotes\[1\]\.spans: overlaps an earlier quotation/,
    7,
  ],
  [
    'an unknown speaker id',
    (article) => {
      article.quotes[0] = { ...article.quotes[0], speakerId: 'nobody-at-all' }
      return article
    },
    /unknown speaker "nobody-at-all", shown unattributed/,
    8,
  ],
  [
    'wrong types inside a quotation',
    (article) => {
      article.quotes[2] = { ...article.quotes[2], kind: 'shouted', confidence: '100%' }
      return article
    },
    /quotes\[2\]: kind: .*confidence: /,
    7,
  ],
  [
    'a bad source URL',
    (article) => ({ ...article, source: { name: 'Elsewhere', url: 'javascript:alert(1)' } }),
    /^source: /m,
    8,
  ],
]

for (const [name, change, warning, quotesKept] of salvaged) {
  test(`${name}: the article shows, the bad part dropped with a console warning`, async ({ page }) => {
    const watch = await serveSeed(page, json(change))
    await openSeedPostFromHome(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
    // One quotation at most is lost (the seed post has 8); every other stays highlighted.
    await expect(quotations(page)).toHaveCount(quotesKept)
    await expect.poll(() => watch.warnings.join('\n')).toMatch(warning)
    expect(watch.requests).toBe(1)
    expect(watch.errors).toEqual([])
  })
}

test('a quotation by an unknown speaker is still highlighted, as unattributed', async ({ page }) => {
  await serveSeed(
    page,
    json((article) => {
      article.quotes = article.quotes.map((quote) => ({ ...quote, speakerId: 'nobody-at-all' }))
      return article
    }),
  )
  await openSeedPostFromHome(page)
  await expect(quotations(page)).toHaveCount(8)
  await expect(quotations(page, 'Unattributed')).toHaveCount(8)
  await expect(quotations(page, 'John Kirby')).toHaveCount(0)
})

test('__proto__ keys are data: the article shows and no prototype is polluted', async ({ page }) => {
  await serveSeed(page, (article) =>
    JSON.stringify(article)
      .replace('{', '{"__proto__":{"polluted":"yes","title":"Injected"},')
      .replace('"speakers":[{', '"speakers":[{"__proto__":{"polluted":"yes"},'),
  )
  await openSeedPostFromHome(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
  expect(await page.evaluate('({}).polluted === undefined && [].polluted === undefined')).toBe(true)
  await expect(quotations(page, 'John Kirby')).toHaveCount(7)
})

test('lone surrogates show as a replacement character, never break the page or a share link', async ({
  page,
}) => {
  const watch = await serveSeed(
    page,
    json((article) => ({
      ...article,
      title: 'Broken \uD800 title',
      paragraphs: article.paragraphs.map((text, index) => (index === 0 ? `${text}\uDC00` : text)),
    })),
  )
  await openSeedPostFromHome(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Broken \uFFFD title')
  await expect(page.locator('article p', { hasText: '\uFFFD' })).toHaveCount(1)
  // Sharing the quotation in that paragraph builds its link from the broken text without an error.
  await quotations(page).first().click()
  await expect(page.getByRole('dialog', { name: 'Share this quotation' })).toBeVisible()
  expect(watch.errors).toEqual([])
})

test('a source whose address is not http(s) shows its name as text, never as a link', async ({ page }) => {
  await serveSeed(
    page,
    json((article) => ({ ...article, source: { name: 'Elsewhere Gazette', url: 'javascript:alert(1)' } })),
  )
  await openSeedPostFromHome(page)
  await expect(page.getByText('Source: Elsewhere Gazette', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Elsewhere Gazette' })).toHaveCount(0)
})
