import { expect, test, type Page } from '@playwright/test'
import { openPage } from './open-page.ts'

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true })

    test('no state of a post scrolls sideways; the speaker panel closes after a choice and the stepper stays at the bottom', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      const states: Array<[string, number]> = []
      const record = async (state: string) => states.push([state, await sideways(page)])

      await openPage(page, '/posts/2026-11-senate-vote')
      await record('fresh')
      const toggle = page.getByRole('button', { name: /^Speakers \(\d+\)/ })
      await toggle.click()
      const speakers = page.getByRole('complementary', { name: 'Speakers' })
      await expect(speakers).toBeVisible()
      await record('speaker panel open')

      await speakers.getByRole('button', { name: /Harald Brunnquist/ }).click()
      await expect(speakers).toBeHidden()
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      const bar = page.getByRole('region', { name: 'Following Harald Brunnquist' })
      await expect(bar.getByText(/^1 of 3$/)).toBeVisible()
      // The reader lands on the first of them, above the bar.
      const first = page.locator('[data-quote][id][data-speaker="harald-brunnquist"]').first()
      await expect(first).toBeFocused()
      await expect(first).toBeInViewport()
      await record('following a speaker')
      await bar.getByRole('button', { name: 'Next quotation' }).click()
      await expect(bar.getByText(/^2 of 3$/)).toBeVisible()
      // Within reach: the bar sits on the bottom edge of the screen wherever the reader has scrolled.
      for (const at of [0, 2000]) {
        await page.evaluate((y) => window.scrollTo(0, y), at)
        const box = await bar.boundingBox()
        expect(box && Math.round(box.y + box.height)).toBe(740)
      }
      await record('stepped, scrolled')

      await page.locator('[data-quote][data-speaker="harald-brunnquist"]').first().click()
      const panel = page.getByRole('dialog', { name: 'Share this quotation' })
      await expect(panel).toBeVisible()
      await record('share panel open')
      await panel.getByRole('button', { name: 'Copy quotation' }).click()
      await expect(page.getByText('Copied, with who said it and a link')).toBeVisible()
      await record('toast shown')

      await bar.getByRole('button', { name: 'Stop' }).click()
      await expect(bar).toBeHidden()
      await record('stopped following')

      expect(states.filter(([, overflow]) => overflow > 0)).toEqual([])
    })
  })
}
