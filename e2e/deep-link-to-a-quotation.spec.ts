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

test('a shared quotation says whose words it is and leads to the rest of theirs', async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens#q3')
  const note = page.getByRole('region', { name: 'Shared quotation' })
  await expect(note).toContainText('You opened a shared direct quotation by John Kirby.')
  // Nothing of the post hides behind the note: the page has room for it at its end.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  const footer = await page.locator('footer').boundingBox()
  const bar = await note.boundingBox()
  expect(footer && bar && footer.y + footer.height).toBeLessThanOrEqual(bar?.y ?? 0)

  await expect(
    note.getByRole('link', { name: 'Everything John Kirby said, across the archive' }),
  ).toHaveAttribute('href', '/speakers/john-kirby')
  await note.getByRole('button', { name: 'All 7 of their quotations' }).click()
  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  await expect(speakers.getByRole('button', { name: /John Kirby/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(speakers.getByText('1 of 7')).toBeVisible()
  await expect(note).toBeHidden()
})

test('the note about a shared quotation can be dismissed', async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens#q1')
  const note = page.getByRole('region', { name: 'Shared quotation' })
  await expect(note).toContainText('reported speech by Pentagon')
  // The Pentagon has one quotation here: nothing more of theirs to offer.
  await expect(note.getByRole('button', { name: /of their quotations/ })).toHaveCount(0)
  await note.getByRole('button', { name: 'Dismiss' }).click()
  await expect(note).toBeHidden()
})
