import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'
import { quotations } from './quotations.ts'

test("reader follows a speaker's quotations", async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  const kirby = speakers.getByRole('button', { name: /John Kirby/ })
  await expect(kirby).toHaveAttribute('aria-pressed', 'false')

  await kirby.click()
  await expect(kirby).toHaveAttribute('aria-pressed', 'true')
  await expect(speakers.getByText('1 of 7')).toBeVisible()
  // His first quotation comes forward and takes the focus; the Pentagon's steps back.
  await expect(page.locator('#q2')).toBeFocused()
  await expect(page.locator('#q1')).toHaveClass(/quote-dimmed/)
  await expect(page.locator('#q2')).not.toHaveClass(/quote-dimmed/)

  await speakers.getByRole('button', { name: 'Next quotation' }).click()
  await expect(speakers.getByText('2 of 7')).toBeVisible()
  await expect(page.locator('#q3')).toBeFocused()
  await expect(page.locator('#q3')).toBeInViewport()

  await speakers.getByRole('button', { name: 'Previous quotation' }).click()
  await speakers.getByRole('button', { name: 'Previous quotation' }).click()
  await expect(speakers.getByText('7 of 7')).toBeVisible()
  await expect(page.locator('#q8')).toBeFocused()

  await kirby.click()
  await expect(kirby).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('#q1')).not.toHaveClass(/quote-dimmed/)
})

test('hovering a quotation highlights its speaker in the sidebar', async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  const pentagon = page
    .getByRole('complementary', { name: 'Speakers' })
    .getByRole('button', { name: /Pentagon\s+1/ })
  await expect(pentagon).toHaveClass(/border-transparent/)
  await page.locator('#q1').hover()
  await expect(pentagon).not.toHaveClass(/border-transparent/)
})

test('quotations without a speaker are grouped at the end and can be followed too', async ({ page }) => {
  await page.route('**/data/posts/us-pakistan-safe-havens.json', async (route) => {
    const response = await route.fetch()
    const article = await response.json()
    article.quotes[0].speakerId = null
    article.speakers = article.speakers.filter((speaker: { name: string }) => speaker.name !== 'Pentagon')
    await route.fulfill({ response, json: article })
  })
  // Reached by a move from the home page: a fresh load is prerendered and would not fetch the altered data.
  await openPage(page, '/')
  await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
  const rows = page.getByRole('complementary', { name: 'Speakers' }).getByRole('listitem')
  await expect(rows).toHaveCount(2)
  await expect(rows.last()).toContainText('Unattributed')
  await rows
    .last()
    .getByRole('button', { name: /Unattributed/ })
    .click()
  await expect(page.locator('#q1')).toBeFocused()
  await expect(page.locator('#q2')).toHaveClass(/quote-dimmed/)
  await expect(quotations(page, 'Unattributed')).toHaveCount(1)
})
