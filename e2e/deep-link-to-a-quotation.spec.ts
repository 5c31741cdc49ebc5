import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

test('a link to one quotation opens the post there, marked, on a fresh load', async ({ page }) => {
  await openPage(page, '/posts/2026-10-mill-sale#q14')
  const quote = page.locator('#q14')
  await expect(quote).toBeFocused()
  await expect(quote).toBeInViewport()
  await expect(quote).toHaveClass(/quote-emphasised/)
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport()
})
