import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

for (const path of [
  '/posts/no-such-post',
  '/posts/Not%20A%20Slug',
  '/no/such/page',
  '/archive/1999/01',
  '/archive/2026/13',
]) {
  test(`not-found at ${path}, with a way home`, async ({ page }) => {
    await openPage(page, path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
    await expect(page).toHaveTitle('Not found — Verbatim')
    await page.getByRole('link', { name: 'Go to the latest posts' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest posts')
  })
}

test('a not-found page offers the newest posts, with JavaScript off too', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto('/posts/no-such-post')
    const newest = page.getByRole('region', { name: 'Newest posts' })
    await expect(newest.getByRole('link')).toHaveCount(5)
    // Newest first, as the archive lists them.
    await expect(newest.getByRole('link').first()).toHaveText(
      'Lowland Party four votes short on ferry subsidy, senator says',
    )
    await context.close()
  }
})

test('a month the archive has no posts from says so, and offers the newest posts', async ({ page }) => {
  await openPage(page, '/archive/1999/01')
  await expect(page.getByText('The archive has no posts from January 1999.')).toBeVisible()
  const newest = page.getByRole('region', { name: 'Newest posts' })
  await newest.getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Lowland Party four votes short/)
})
