import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'
import { quotations } from './quotations.ts'

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

  // Every quotation is named for its speaker where it starts.
  await expect(quotations(page)).toHaveCount(8)
  await expect(quotations(page, 'John Kirby')).toHaveCount(7)
  await expect(quotations(page, 'Pentagon')).toHaveCount(1)

  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  const kirby = speakers.getByRole('button', { name: /John Kirby/ })
  await expect(kirby).toContainText('Pentagon Press Secretary')
  await expect(kirby).toContainText('7')
  await expect(speakers.getByRole('button', { name: /Pentagon\s+1/ })).toContainText('organisation')

  // Page junk from the source is gone; the text starts without its no-break space.
  await expect(page.getByText('Previous Post Next Post')).toHaveCount(0)
  await expect(page.getByText(/^The United States shares/)).toHaveCount(0)
})

test('a screen reader hears each quotation’s speaker and kind once, and where it ends', async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  await expect(page.locator('p', { has: page.locator('#q2') })).toMatchAriaSnapshot(`
    - paragraph: "Speaking to reporters during an off-camera gaggle on Thursday, Pentagon Press Secretary John Kirby said John Kirby, reported speech: the US has had discussions with Pakistan about the ways in which it can be helpful in terms of helping secure the border and contribute to a more stable and secure future for Afghanistan (end of reported speech) ."
  `)
  // A quotation that runs over two paragraphs is named once, where it starts, and ends once, where it ends.
  await openPage(page, '/posts/2026-10-library-opening')
  const pieces = page.locator('[data-quote="q1"]')
  await expect(pieces).toHaveCount(2)
  await expect(pieces.first().locator('.sr-only')).toHaveText([/^Idris Colwater, direct quotation: $/])
  await expect(pieces.last().locator('.sr-only')).toHaveText([' (end of quotation)'])
})
