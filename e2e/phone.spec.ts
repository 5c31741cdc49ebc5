import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })

test('on a phone the speakers open from a button and nothing scrolls sideways', async ({ page }) => {
  for (const path of ['/', '/posts/us-pakistan-safe-havens', '/posts/2026-09-harbour-bridge']) {
    await openPage(page, path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0)
  }

  const toggle = page.getByRole('button', { name: /^Speakers \(\d+\)/ })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('complementary', { name: 'Speakers' })).toBeHidden()
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  await expect(speakers).toBeVisible()
  await speakers.getByRole('button', { name: /Orla Penhallow/ }).click()
  // The choice closes the panel; the stepper waits at the bottom of the screen.
  await expect(speakers).toBeHidden()
  await expect(
    page.getByRole('region', { name: 'Following Orla Penhallow' }).getByText(/^1 of \d+$/),
  ).toBeVisible()
})
