import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { servePlain } from './static-server.ts'
import { recordOutcome } from './record.ts'

test.afterEach(async ({}, info) => recordOutcome('faults', info))

test('a deep link reloads on a plain static server, and moves between posts work there', async ({ page }) => {
  const { url, server } = await servePlain(resolve('dist'))
  try {
    await page.goto(`${url}/posts/us-pakistan-safe-havens#q3`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
    await expect(page.locator('#q3')).toBeInViewport()

    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)

    await page.goto(`${url}/`)
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
    const second = page.locator('main article h2 a').nth(1)
    const title = (await second.textContent()) ?? ''
    await second.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  } finally {
    server.close()
  }
})
