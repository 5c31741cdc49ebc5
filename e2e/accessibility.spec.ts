import type AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { axeViolations as violations } from './axe.ts'
import { hugeArticle } from './fixtures/huge-article.ts'
import { rtlArticle } from './fixtures/rtl-article.ts'
import { openPage, openSeedPostFromHome, SEED_DATA } from './open-page.ts'
import { recordOutcome } from './record.ts'
import { quotations } from './quotations.ts'

test.afterEach(async ({}, info) => recordOutcome('accessibility', info))

const SEED_SLUG = 'us-pakistan-safe-havens'

const PAGES = [
  ['home', '/'],
  ['list of months', '/archive'],
  ['month of the archive', '/archive/2026/10'],
  ['seed post', '/posts/us-pakistan-safe-havens'],
  ['sample post', '/posts/2026-09-harbour-bridge'],
  ['not found', '/posts/no-such-post'],
  ['speaker page', '/speakers/john-kirby'],
  ['speaker page with a chart', '/speakers/maeve-cardale'],
  ['list of speakers', '/speakers'],
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
        expect(await violations(page)).toEqual([])
      })
    }

    for (const [name, article] of [
      ['right-to-left post', rtlArticle(SEED_SLUG)],
      ['huge post', hugeArticle(SEED_SLUG)],
    ] as const) {
      test(`axe finds no violations on the ${name}`, async ({ page }) => {
        test.slow()
        const body = JSON.stringify(article)
        await page.route(SEED_DATA, (route) => route.fulfill({ contentType: 'application/json', body }))
        await openSeedPostFromHome(page)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title)
        await expect(page.locator(`#q${article.quotes.length}`)).toBeAttached({ timeout: 30_000 })
        // The page's frame, the sidebar with every speaker, and the first 300 paragraphs: the other 9,700 repeat
        // the same markup, and axe over all of them takes minutes.
        const scope = (axe: AxeBuilder) =>
          article.paragraphs.length > 300
            ? axe
                .include('#root > :not(main)')
                .include('main article > div:not(:nth-child(3))')
                .include('main article > div:nth-child(3) > div > p:nth-child(-n+300)')
            : axe
        expect(await violations(page, scope)).toEqual([])
      })
    }

    test('axe finds no violations on the error page', async ({ page }) => {
      await page.route('**/data/posts/us-pakistan-safe-havens.json', (route) =>
        route.fulfill({ status: 503, body: 'down' }),
      )
      await openPage(page, '/')
      await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
      expect(await violations(page)).toEqual([])
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

test('a right-to-left post reads right to left, quotations and speakers included', async ({ page }) => {
  const article = rtlArticle(SEED_SLUG)
  await page.route(SEED_DATA, (route) => route.fulfill({ json: article }))
  await openSeedPostFromHome(page)
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(article.title)
  expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
  const first = page.locator('p', { has: page.locator('[data-quote]') }).first()
  expect(await first.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
  await expect(quotations(page, 'ليلى حدّاد')).toHaveCount(2)
  await expect(page.locator('header').getByText(/Fiction: invented people/)).toBeVisible()
})
