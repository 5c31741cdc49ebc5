import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

test('reader reads the seed post: 8 quotations, John Kirby 7 with his role, the Pentagon 1', async ({
  page,
}) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Common interest with Pak in not allowing terror safe havens along its Afghanistan border: US',
  )
  await expect(page).toHaveTitle(/Common interest with Pak .* — Verbatim/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.getByText('2 min read')).toBeVisible()

  // Every quotation carries its own share control, named for its speaker.
  await expect(page.getByRole('button', { name: /^Copy link to this quotation by/ })).toHaveCount(8)
  await expect(page.getByRole('button', { name: 'Copy link to this quotation by John Kirby' })).toHaveCount(7)
  await expect(page.getByRole('button', { name: 'Copy link to this quotation by Pentagon' })).toHaveCount(1)

  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  const kirby = speakers.getByRole('button', { name: /John Kirby/ })
  await expect(kirby).toContainText('Pentagon Press Secretary')
  await expect(kirby).toContainText('7')
  await expect(speakers.getByRole('button', { name: /Pentagon\s+1/ })).toContainText('organisation')

  // Page junk from the source is gone; the text starts without its no-break space.
  await expect(page.getByText('Previous Post Next Post')).toHaveCount(0)
  await expect(page.getByText(/^The United States shares/)).toHaveCount(0)
})

test('a quotation names its speaker on focus and to screen readers, and copies its link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPage(page, '/posts/us-pakistan-safe-havens')
  const quote = page.locator('#q3')
  await quote.focus()
  await expect(page.getByRole('tooltip', { name: 'John Kirby · direct quotation' })).toBeVisible()
  await expect(quote).toContainText('John Kirby, direct quotation:')

  await page.getByRole('button', { name: 'Copy link to this quotation by John Kirby' }).nth(1).click()
  await expect(page.getByText('Link copied', { exact: true })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/posts\/us-pakistan-safe-havens#q3:~:text=Our%20message%20to%20the,see%20an%20improvement%20there%2C$/,
  )
})
