import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

const textSize = (page: import('@playwright/test').Page) =>
  page
    .locator('[data-quote]')
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
const columnWidth = (page: import('@playwright/test').Page) =>
  page
    .locator('article p[dir="auto"]')
    .nth(1)
    .evaluate((element) => element.getBoundingClientRect().width)

test('text size and column width change in steps, are remembered, and a reload shifts nothing', async ({
  page,
}) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  const size = await textSize(page)
  const width = await columnWidth(page)

  await page.getByRole('button', { name: 'Reading' }).click()
  const panel = page.getByRole('dialog', { name: 'Reading settings' })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Default' }).first()).toHaveAttribute('aria-pressed', 'true')
  await panel.getByRole('button', { name: 'Larger' }).click()
  await panel.getByRole('button', { name: 'Narrow' }).click()
  await expect(panel.getByRole('button', { name: 'Larger' })).toHaveAttribute('aria-pressed', 'true')
  expect(await textSize(page)).toBeGreaterThan(size)
  expect(await columnWidth(page)).toBeLessThan(width)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()

  // On the next load the choice is there before the first paint: no layout shift at all.
  await page.addInitScript(() => {
    ;(window as unknown as { shifts: number }).shifts = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await openPage(page, '/posts/2026-11-senate-vote')
  expect(await textSize(page)).toBeGreaterThan(size)
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0)

  // Back to the defaults.
  await page.getByRole('button', { name: 'Reading' }).click()
  await panel.getByRole('button', { name: 'Default' }).first().click()
  await panel.getByRole('button', { name: 'Default' }).last().click()
  await openPage(page, '/posts/us-pakistan-safe-havens')
  expect(await textSize(page)).toBe(size)
  expect(await columnWidth(page)).toBe(width)
})
