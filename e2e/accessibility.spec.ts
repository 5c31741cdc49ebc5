import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

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
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/)
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
      await page.goto('/')
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
  await page.goto('/')
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible()
})
