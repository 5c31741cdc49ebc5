import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'
import { axeViolations } from './axe.ts'

const SEED_TITLE = /^Common interest with Pak in not allowing terror safe havens/

test('a word finds the seed post; a phrase Kirby said finds his quotation, which opens in the post', async ({
  page,
}) => {
  await openPage(page, '/search?q=Pakistanis')
  const results = page.getByRole('main').getByRole('article')
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for “Pakistanis”$/)
  const post = results.filter({ has: page.getByRole('heading', { level: 2, name: SEED_TITLE }) })
  await expect(post).toHaveCount(1)
  await expect(post.locator('mark').first()).toHaveText(/^Pakistanis?$/)

  // A phrase from one of his quotations: the result says whose words they are and links to them.
  const box = page.getByRole('searchbox', { name: 'Search posts and quotations' })
  await box.fill('safe haven along the border')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=safe\+haven\+along\+the\+border$/)
  const link = post.getByRole('link', { name: 'Quotation by John Kirby' }).first()
  await expect(link).toBeVisible()
  const href = (await link.getAttribute('href')) ?? ''
  expect(href).toMatch(/^\/posts\/us-pakistan-safe-havens#q\d+$/)
  await link.click()
  const target = page.locator(href.slice(href.indexOf('#')))
  await expect(target).toBeInViewport()
  await expect(target).toHaveAttribute('data-speaker', 'john-kirby')

  // Back: the search as it was, from the address.
  await page.goBack()
  await expect(box).toHaveValue('safe haven along the border')
  await page.goBack()
  await expect(box).toHaveValue('Pakistanis')
})

test('one search finds posts in every shard of the index, the oldest and the newest', async ({ page }) => {
  // The seed post is in the oldest shard (0/), the newest post in the newest (8/): see the shards test below.
  await openPage(page, '/search?q=Pakistan+subsidy')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible()
  await expect(main.getByRole('heading', { level: 2, name: /^Lowland Party four votes short/ })).toBeVisible()
})

test('&speaker= narrows to one speaker; words no one said say so', async ({ page }) => {
  await openPage(page, '/search?q=Pakistan&speaker=pentagon')
  await expect(page.getByText(/^Only what Pentagon said/)).toBeVisible()
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: 'Reported speech by Pentagon' }).first()).toBeVisible()
  await expect(main.getByRole('link', { name: /by John Kirby$/ })).toHaveCount(0)
  await page.getByRole('link', { name: 'Search everyone' }).click()
  await expect(page).toHaveURL(/\/search\?q=Pakistan$/)
  await expect(main.getByRole('link', { name: 'Quotation by John Kirby' }).first()).toBeVisible()

  await openPage(page, '/search?q=zeppelinwaltz')
  await expect(main.getByRole('status')).toHaveText('Nothing found for “zeppelinwaltz”.')
  await expect(main.getByRole('article')).toHaveCount(0)
})

test('the masthead’s search box, reached with “/”, searches from any page', async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Search posts and quotations' })
  await expect(box).toBeFocused()
  await box.fill('Pakistanis')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=Pakistanis$/)
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “Pakistanis”/)
  // On the search page, "/" goes to its own box.
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search posts and quotations' })).toBeFocused()
})

test('the search page alone may run WebAssembly, which Pagefind needs', async ({ request }) => {
  const policy = (html: string) =>
    /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? ''
  const search = policy(await (await request.get('/search')).text())
  const post = policy(await (await request.get('/posts/us-pakistan-safe-havens')).text())
  expect(search).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(post).not.toContain('wasm-unsafe-eval')
  expect(search.replace(" 'wasm-unsafe-eval'", '')).toBe(post)
})

test('with JavaScript off the search page says that search needs it', async ({ request }) => {
  // A browser with scripting off shows <noscript>; Playwright's switch leaves the parser scripting, so the
  // page is read as a browser without JavaScript would read it.
  const html = await (await request.get('/search?q=Pakistanis')).text()
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? ''
  expect(main).toMatch(/<noscript><p[^>]*>Search needs JavaScript: it runs in your browser/)
})

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme })

    test('axe finds no violations on the search page with results', async ({ page }) => {
      await openPage(page, '/search?q=Pakistanis&speaker=john-kirby')
      await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  })
}

test('the build ships Pagefind’s index in shards, with its script, not its ready-made search interfaces', async ({
  request,
}) => {
  // The journeys' build cuts the index every 4 posts (VERBATIM_SEARCH_SHARD_UNIT in package.json's e2e), so
  // every search here runs across shards merged in the browser: 11 posts are shards of 8 and 3.
  const { shards } = (await (await request.get('/pagefind/shards.json')).json()) as { shards: string[] }
  expect(shards).toEqual(['0/', '8/'])
  for (const shard of shards) {
    expect((await request.get(`/pagefind/${shard}pagefind.js`)).status()).toBe(200)
    expect((await request.get(`/pagefind/${shard}pagefind-entry.json`)).status()).toBe(200)
    for (const unused of [
      'pagefind-ui.js',
      'pagefind-component-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-highlight.js',
    ])
      expect((await request.get(`/pagefind/${shard}${unused}`)).status()).toBe(404)
  }
})
