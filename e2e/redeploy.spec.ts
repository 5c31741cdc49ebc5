import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'
import { recordOutcome } from './record.ts'

test.afterEach(async ({}, info) => recordOutcome('faults', info))

test('a chunk gone after a redeploy reloads the page once, and the app starts', async ({ page }) => {
  let requests = 0
  await page.route('**/assets/reader-*.js', (route) => {
    requests++
    return requests === 1 ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()
  })
  await openPage(page, '/posts/us-pakistan-safe-havens')
  expect(requests).toBe(2)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
})

test('if the chunk is still missing after the reload, the page stays readable and does not reload again', async ({
  page,
}) => {
  let requests = 0
  await page.route('**/assets/reader-*.js', (route) => {
    requests++
    return route.fulfill({ status: 404, body: 'gone' })
  })
  await page.goto('/posts/us-pakistan-safe-havens')
  await expect.poll(() => requests).toBe(2)
  await page.waitForTimeout(1000)
  expect(requests).toBe(2)
  // The prerendered text is still there to read.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
})
