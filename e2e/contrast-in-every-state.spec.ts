import { expect, test, type Page } from '@playwright/test'
import { axeViolations as violations } from './axe.ts'
import { openPage, openSeedPostFromHome, SEED_DATA } from './open-page.ts'
import { recordOutcome } from './record.ts'

/**
 * A post is read in more states than a fresh load: following a speaker (the others' words step back),
 * following the unattributed group, a quotation under the keyboard's focus, its share panel open and the toast
 * that confirms a copy, a quotation a shared link opened on, a quotation under the pointer. Every one of them
 * keeps WCAG AA, in light and dark.
 */
test.afterEach(async ({}, info) => recordOutcome('accessibility', info))

const speakers = (page: Page) => page.getByRole('complementary', { name: 'Speakers' })

// The seed post has two speakers; the senate vote has nine, so every colour of the palette is on it.
const POSTS = [
  ['seed post', '/posts/us-pakistan-safe-havens', /John Kirby/],
  ['nine-speaker post', '/posts/2026-11-senate-vote', null],
] as const

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    // Colours are read once they settle: a check mid-transition would see neither state.
    test.use({ colorScheme: theme, reducedMotion: 'reduce' })

    for (const [name, path, who] of POSTS) {
      test(`following a speaker on the ${name} keeps every text at AA`, async ({ page }) => {
        await openPage(page, path)
        const row = who
          ? speakers(page).getByRole('button', { name: who })
          : speakers(page).getByRole('listitem').first().getByRole('button').first()
        await row.click()
        await expect(row).toHaveAttribute('aria-pressed', 'true')
        await expect(page.locator('.quote-dimmed').first()).toBeAttached()
        expect(await violations(page)).toEqual([])
      })
    }

    test('following the unattributed group keeps every text at AA', async ({ page }) => {
      await page.route(SEED_DATA, async (route) => {
        const response = await route.fetch()
        const article = await response.json()
        article.quotes[0].speakerId = null
        article.quotes[3].speakerId = null
        article.speakers = article.speakers.filter((speaker: { name: string }) => speaker.name !== 'Pentagon')
        await route.fulfill({ response, json: article })
      })
      await openSeedPostFromHome(page)
      const unattributed = speakers(page).getByRole('button', { name: /Unattributed/ })
      await unattributed.click()
      await expect(unattributed).toHaveAttribute('aria-pressed', 'true')
      await expect(page.locator('#q2')).toHaveClass(/quote-dimmed/)
      expect(await violations(page)).toEqual([])
    })

    test('a quotation under the keyboard focus keeps every text at AA', async ({ page }) => {
      await openPage(page, '/posts/us-pakistan-safe-havens')
      await page.keyboard.press('n')
      await page.keyboard.press('n')
      await expect(page.locator('#q2')).toBeFocused()
      expect(await violations(page)).toEqual([])
    })

    test('a quotation’s share panel, and the toast after a copy, keep every text at AA', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await openPage(page, '/posts/2026-11-senate-vote')
      await page.locator('#q2').click()
      await expect(page.getByRole('dialog', { name: 'Share this quotation' })).toBeVisible()
      expect(await violations(page)).toEqual([])
      await page.getByRole('button', { name: 'Copy link' }).click()
      await expect(page.getByText('Link to the quotation copied')).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('the reading settings, open with a choice made, keep every text at AA', async ({ page }) => {
      await openPage(page, '/posts/2026-11-senate-vote')
      await page.getByRole('button', { name: 'Reading' }).click()
      const panel = page.getByRole('dialog', { name: 'Reading settings' })
      await panel.getByRole('button', { name: 'Larger' }).click()
      await expect(panel.getByRole('button', { name: 'Larger' })).toHaveAttribute('aria-pressed', 'true')
      expect(await violations(page)).toEqual([])
    })

    test('a quotation opened from a shared link keeps every text at AA', async ({ page }) => {
      await openPage(page, '/posts/us-pakistan-safe-havens#q3')
      await expect(page.locator('#q3')).toHaveClass(/quote-emphasised/)
      expect(await violations(page)).toEqual([])
    })

    test('a quotation under the pointer keeps every text at AA, its speaker lit in the list', async ({
      page,
    }) => {
      await openPage(page, '/posts/2026-11-senate-vote')
      await page.locator('#q1').hover()
      await expect(
        speakers(page)
          .getByRole('button', { pressed: false })
          .and(page.locator('.bg-\\[var\\(--speaker-tint\\)\\]')),
      ).toHaveCount(1)
      expect(await violations(page)).toEqual([])
    })
  })
}
