import { expect, test } from '@playwright/test'
import { openPage, openSeedPostFromHome, SEED_DATA } from './open-page.ts'
import { recordOutcome } from './record.ts'
import { quotations } from './quotations.ts'

test.afterEach(async ({}, info) => recordOutcome('faults', info))

test('a failed request shows what went wrong, and the retry button works', async ({ page }) => {
  let failures = 0
  await page.route(SEED_DATA, (route) => {
    failures++
    return route.fulfill({ status: 500, body: 'Internal Server Error' })
  })
  await openSeedPostFromHome(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Could not load this page')
  await expect(page.getByText(/The server answered 500/)).toBeVisible()
  expect(failures).toBeGreaterThan(0)

  await page.unroute(SEED_DATA)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
})

test('offline, a move says so; back online, the page loads by itself', async ({ page, context }) => {
  await openPage(page, '/')
  await context.setOffline(true)
  await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Could not load this page')
  await expect(page.getByText(/You are offline/)).toBeVisible()
  await context.setOffline(false)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
})

test('data that breaks the contract is reported as such, without retries', async ({ page }) => {
  let requests = 0
  await page.route(SEED_DATA, (route) => {
    requests++
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: 1, title: 42 }),
    })
  })
  await openSeedPostFromHome(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page’s data is damaged')
  await page.getByText('What is wrong').click()
  await expect(page.getByText(/^title: /)).toBeVisible()
  expect(requests).toBe(1)
  await expect(page.getByRole('link', { name: 'Go to the latest posts' })).toBeVisible()
})

test('an article without quotations is read by the engine in the browser', async ({ page }) => {
  await page.route(SEED_DATA, async (route) => {
    const response = await route.fetch()
    const article = await response.json()
    delete article.quotes
    delete article.speakers
    await route.fulfill({ response, json: article })
  })
  const engine: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/quotes-[\w-]+\.js$/.test(request.url())) engine.push(request.url())
  })
  await openSeedPostFromHome(page)
  await expect(quotations(page, 'John Kirby')).toHaveCount(7)
  expect(engine).toHaveLength(1)
})

test('ingested posts never download the engine', async ({ page }) => {
  const engine: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/quotes-[\w-]+\.js$/.test(request.url())) engine.push(request.url())
  })
  await openSeedPostFromHome(page)
  await expect(quotations(page)).toHaveCount(8)
  expect(engine).toEqual([])
})

test('a request that never answers times out with a message, and the retry works', async ({ page }) => {
  await page.clock.install()
  let stalled = 0
  await page.route(SEED_DATA, () => {
    stalled++ // never answered
  })
  await openSeedPostFromHome(page)
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true')
  // The first try and its one retry each wait 20 s; a fake clock spares the test that wait.
  await expect(async () => {
    await page.clock.runFor(5_000)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Could not load this page', {
      timeout: 100,
    })
  }).toPass()
  await expect(page.getByText(/took more than 20 s/)).toBeVisible()
  expect(stalled).toBe(2)

  await page.unroute(SEED_DATA)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
})

test('on slow 3G a move keeps the page in place, marked busy, until the post arrives', async ({ page }) => {
  await openPage(page, '/')
  const cdp = await page.context().newCDPSession(page)
  // Chrome DevTools' "Slow 3G" preset: 2 s round trip, 400 kbit/s down (×0.8), 400 kbit/s up.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 2000,
    downloadThroughput: (400 * 1000 * 0.8) / 8,
    uploadThroughput: (400 * 1000) / 8,
  })
  await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/, {
    timeout: 15_000,
  })
  await expect(quotations(page)).toHaveCount(8)
})
