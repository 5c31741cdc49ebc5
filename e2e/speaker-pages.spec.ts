import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

const SEED_POST = '/posts/us-pakistan-safe-havens'

test('from the seed post to John Kirby’s page, to a quotation in the post, back, and to everyone quoted', async ({
  page,
}) => {
  await openPage(page, SEED_POST)
  const sidebar = page.getByRole('complementary', { name: 'Speakers' })
  await sidebar.getByRole('link', { name: 'Across the archive: John Kirby' }).click()

  await expect(page).toHaveURL(/\/speakers\/john-kirby$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('John Kirby')
  await expect(page.getByText('Person · 7 quotations in 1 post')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Role given' })).toHaveText(/Pentagon Press Secretary/)
  const quotations = page
    .getByRole('list')
    .filter({ has: page.getByRole('figure') })
    .getByRole('listitem')
  await expect(quotations).toHaveCount(7)
  const links = quotations.getByRole('link', { name: /^Read it in the post/ })
  const targets = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
  expect(targets).toHaveLength(7)
  for (const target of targets) expect(target).toMatch(/^\/posts\/us-pakistan-safe-havens#q[1-9]\d*$/)
  // The quoted words are highlighted as in the post: the first is reported speech, the second quoted words.
  await expect(quotations.nth(0).locator('.quote-reported')).toContainText('the US has had discussions')
  await expect(quotations.nth(1).locator('.quote-marked')).toContainText('Our message to the Pakistanis')

  // A quotation's link opens the post on that quotation.
  const second = targets[1] as string
  await links.nth(1).click()
  expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(second)
  const quote = page.locator(second.slice(second.indexOf('#')))
  await expect(quote).toBeInViewport()
  await expect(quote).toContainText('Our message to the Pakistanis')

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('John Kirby')
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`${SEED_POST}$`))

  await page.goForward()
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Everyone quoted' })
    .click()
  await expect(page).toHaveURL(/\/speakers$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Everyone quoted')
  await expect(page.getByRole('link', { name: 'John Kirby', exact: true })).toBeVisible()
  const order = page.getByRole('navigation', { name: 'Order' })
  await expect(order.getByRole('link', { name: 'Most quoted' })).toHaveAttribute('aria-current', 'page')
  await order.getByRole('link', { name: 'A–Z' }).click()
  await expect(page).toHaveURL(/\/speakers\/a-z$/)
  await expect(page.getByRole('link', { name: 'John Kirby', exact: true })).toBeVisible()
  await expect(order.getByRole('link', { name: 'A–Z' })).toHaveAttribute('aria-current', 'page')
  await expect(order.getByRole('link', { name: 'Most quoted' })).not.toHaveAttribute('aria-current')
})

test('a speaker page opened fresh is prerendered: readable with the head a link preview needs', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/speakers/john-kirby')).text()
  expect(html).toContain('<title>John Kirby — Verbatim</title>')
  expect(html).toContain('<link rel="canonical" href="http://localhost:4173/speakers/john-kirby">')
  expect(html).toContain(
    '<meta property="og:description" content="John Kirby, Pentagon Press Secretary: 7 quotations in 1 post',
  )
  const structured = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? '{}'
  expect(JSON.parse(structured)).toMatchObject({
    '@type': 'ProfilePage',
    mainEntity: { '@type': 'Person', name: 'John Kirby', jobTitle: 'Pentagon Press Secretary' },
  })

  await openPage(page, '/speakers/john-kirby')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('John Kirby')
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('a speaker page and the list of speakers read in full', async ({ page }) => {
    await page.goto('/speakers/john-kirby')
    await expect(page.getByRole('link', { name: /^Read it in the post/ })).toHaveCount(7)
    await page.goto('/speakers')
    await expect(page.getByRole('link', { name: 'John Kirby', exact: true })).toBeVisible()
  })
})

test('an id no one has says so, and leads to everyone quoted', async ({ page }) => {
  const response = await page.goto('/speakers/no-one-by-this-name')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
  await expect(page.getByText('No one is quoted in the archive under this address')).toBeVisible()
  await page.getByRole('link', { name: 'See everyone quoted' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Everyone quoted')
})

test('the keyboard reaches a speaker’s page from the post and the links on it', async ({ page }) => {
  await openPage(page, SEED_POST)
  const link = page.getByRole('link', { name: 'Across the archive: John Kirby' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('John Kirby')
  await page.getByRole('link', { name: 'Everyone quoted' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /^Read it in the post/ }).first()).toBeFocused()
})

test('the names a post quotes on the home page lead to their pages', async ({ page }) => {
  await openPage(page, '/')
  const seed = page.getByRole('article', { name: /^Common interest with Pak/ })
  await seed.getByRole('link', { name: 'John Kirby', exact: true }).click()
  await expect(page).toHaveURL(/\/speakers\/john-kirby$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('John Kirby')
})
