import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

for (const path of ['/posts/no-such-post', '/posts/Not%20A%20Slug', '/no/such/page', '/page/999']) {
  test(`not-found at ${path}, with a way home`, async ({ page }) => {
    await openPage(page, path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
    await expect(page).toHaveTitle('Not found — Verbatim')
    await page.getByRole('link', { name: 'Go to the latest posts' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest posts')
  })
}
