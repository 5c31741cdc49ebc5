import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

const PAGES = [
  ['home', '/'],
  ['seed post', '/posts/us-pakistan-safe-havens'],
  ['sample post', '/posts/2026-09-harbour-bridge'],
  ['not found', '/posts/no-such-post'],
] as const

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme })

    for (const [name, path] of PAGES) {
      test(`axe finds no violations on the ${name}`, async ({ page }) => {
        await openPage(page, path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        // The system's theme applies through CSS alone.
        await expect(page.locator('html')).toHaveCSS(
          'background-color',
          theme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(251, 250, 247)',
        )
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze()
        expect(
          results.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
          ),
        ).toEqual([])
      })
    }

    test('axe finds no violations on the error page', async ({ page }) => {
      await page.route('**/data/posts/us-pakistan-safe-havens.json', (route) =>
        route.fulfill({ status: 503, body: 'down' }),
      )
      await openPage(page, '/')
      await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations.map((violation) => violation.id)).toEqual([])
    })
  })
}

test('the theme toggle switches and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openPage(page, '/')
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 18, 18)')
  await page.reload()
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 18, 18)')
  await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible()
})
