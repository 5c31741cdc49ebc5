import { expect, test, type Page } from '@playwright/test'
import { openPage } from './open-page.ts'

const OLDEST = '/posts/us-pakistan-safe-havens'
const POSTS = 11

async function expectArrived(page: Page) {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toBeFocused()
  const title = await heading.textContent()
  await expect(page).toHaveTitle(`${title} — Verbatim`)
  await expect(page.getByRole('status').filter({ hasText: `Now reading: ${title}` })).toBeAttached()
  return title
}

async function walk(page: Page, move: () => Promise<void>, direction: 'prev' | 'next') {
  const titles: string[] = [(await page.getByRole('heading', { level: 1 }).textContent()) ?? '']
  for (;;) {
    const link = page.getByRole('navigation', { name: 'More posts' }).locator(`a[rel="${direction}"]`)
    if ((await link.count()) === 0) break
    const expected = (await link.locator('span').nth(1).textContent()) ?? ''
    await move()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected)
    titles.push((await expectArrived(page)) ?? '')
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
  }
  return titles
}

test('reader walks the whole archive with next and back with previous, by mouse', async ({ page }) => {
  await openPage(page, OLDEST)
  await expect(page.getByRole('link', { name: /Previous post/ })).toHaveCount(0)
  const forward = await walk(page, () => page.getByRole('link', { name: /^Next post/ }).click(), 'next')
  expect(forward).toHaveLength(POSTS)
  const back = await walk(page, () => page.getByRole('link', { name: /Previous post/ }).click(), 'prev')
  expect(back).toEqual([...forward].reverse())
})

test('reader walks the archive by keyboard: k up the list to newer posts, j down it to older', async ({
  page,
}) => {
  // The archive lists the newest first, so as in mail and feed readers j goes down the list (older) and k up.
  await openPage(page, OLDEST)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const forward = await walk(page, () => page.keyboard.press('k'), 'next')
  expect(forward).toHaveLength(POSTS)
  const back = await walk(page, () => page.keyboard.press('j'), 'prev')
  expect(back).toHaveLength(POSTS)
  expect(back).toEqual([...forward].reverse())
  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(forward[1] ?? '')
  await page.keyboard.press('j')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(forward[0] ?? '')
  // The arrow keys are left to the browser: they scroll a zoomed page sideways.
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(forward[0] ?? '')
})

test('shortcuts are listed in a help dialog and never fire while typing', async ({ page }) => {
  await openPage(page, OLDEST)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Previous post up the list (newer)')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // A text field on the page (a browser extension's, say) keeps its keys.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('input'), { ariaLabel: 'Scratch' })),
  )
  await page.getByRole('textbox', { name: 'Scratch' }).focus()
  for (const key of ['j', 'k', 'n', 'p', '?']) await page.keyboard.press(key)
  await expect(page).toHaveURL(OLDEST)
  await expect(dialog).toBeHidden()
})

test("a post's neighbours are fetched before the reader moves, so the move is immediate", async ({
  page,
}) => {
  const requested: string[] = []
  page.on('request', (request) => {
    const match = /\/data\/posts\/([\w-]+)\.json$/.exec(request.url())
    if (match?.[1]) requested.push(match[1])
  })
  await openPage(page, '/posts/2026-10-library-opening')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The post came prerendered, its own data preloaded beside it; its neighbours are fetched as soon as it is on
  // screen.
  await expect
    .poll(() => [...requested].sort())
    .toEqual(['2026-09-fever-clinic', '2026-10-library-opening', '2026-10-reservoir-low'])
  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Brackwater reservoir/)
  // The move itself asked for nothing it did not have, only for the new neighbour's neighbour.
  expect(requested.filter((slug) => slug === '2026-10-reservoir-low')).toHaveLength(1)
})

test('back and forward restore the scroll position', async ({ page }) => {
  await openPage(page, OLDEST)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.evaluate(() => window.scrollTo(0, 400))
  // The shortcut moves without scrolling to the link first, so the position left behind is exactly 400.
  await page.keyboard.press('k')
  await expectArrived(page)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await page.goBack()
  await expect(page).toHaveURL(OLDEST)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(400)
  await page.goForward()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
})

test('the home page lists posts newest first, with who is quoted', async ({ page }) => {
  await openPage(page, '/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest posts')
  const posts = page.getByRole('article')
  await expect(posts).toHaveCount(POSTS)
  await expect(posts.first()).toContainText('Quoting')
  await expect(posts.last()).toContainText('Common interest with Pak')
  await expect(posts.last()).toContainText('Quoting John Kirby and Pentagon')
  await posts
    .last()
    .getByRole('link', { name: /^Common interest with Pak/ })
    .click()
  await expect(page).toHaveURL(OLDEST)
})

test('the archive by month: from the home page to a month, along the months, and back to the list', async ({
  page,
}) => {
  await openPage(page, '/')
  await page.getByRole('link', { name: 'All 11 posts, month by month' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The archive')
  await expect(page).toHaveTitle('The archive — Verbatim')
  const year = page.getByRole('region', { name: '2026' })
  await expect(year.getByRole('listitem')).toHaveText([
    'November 2026 (3 posts)',
    'October 2026 (4 posts)',
    'September 2026 (3 posts)',
  ])
  await year.getByRole('link', { name: 'October 2026' }).click()
  await expect(page).toHaveURL('/archive/2026/10')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('October 2026')
  await expect(page.getByRole('article')).toHaveCount(4)
  // Newest first within the month.
  const dates = await page
    .getByRole('article')
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
  expect(dates).toEqual([...dates].sort().reverse())

  const months = page.getByRole('navigation', { name: 'Months' })
  await months.getByRole('link', { name: 'September 2026' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('September 2026')
  await page.getByRole('navigation', { name: 'Months' }).getByRole('link', { name: 'Undated posts' }).click()
  await expect(page).toHaveURL('/archive/undated')
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(page.getByRole('article')).toContainText('Common interest with Pak')
  await expect(page.getByRole('navigation', { name: 'Months' }).locator('a[rel="next"]')).toHaveCount(0)
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'The archive' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The archive')
})

test('a month of the archive opened fresh is prerendered, readable with JavaScript off', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/archive/2026/11')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('November 2026')
  await expect(page.getByRole('article')).toHaveCount(3)
  await expect(page).toHaveTitle('November 2026 — Verbatim')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/archive\/2026\/11$/)
  await context.close()
})
