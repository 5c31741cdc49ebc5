import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

test('a post says its date, byline and source, each apart, and says so when the text gives none', async ({
  page,
}) => {
  await openPage(page, '/posts/2026-11-senate-vote')
  const facts = page.locator('header p').first()
  await expect(facts).toHaveText(
    '24 November 2026·, By Sunniva Hale·, Source: Brackwater Gazette (sample)·, 2 min read',
  )
  // What a screen reader hears: the separators are only seen, each fact is said apart.
  await expect(facts).toMatchAriaSnapshot(`
    - paragraph:
      - time: 24 November 2026
      - text: ", By Sunniva Hale , Source: Brackwater Gazette (sample) , 2 min read"
  `)

  await openPage(page, '/posts/us-pakistan-safe-havens')
  await expect(page.locator('header p').first()).toContainText('Date not given')
  await expect(page.locator('header p').first()).toContainText('Byline not given')
  await expect(page.locator('header p').first()).toContainText('Source not given')
})

test('a sample post says it is fiction before its first word, and the archive marks it too', async ({
  page,
}) => {
  await openPage(page, '/posts/2026-11-senate-vote')
  const note = page.locator('header').getByText(/^Fiction: this is a sample story/)
  await expect(note).toBeVisible()
  const [noteTop, textTop] = await Promise.all([
    note.evaluate((element) => element.getBoundingClientRect().top),
    page
      .locator('[data-quote]')
      .first()
      .evaluate((element) => element.getBoundingClientRect().top),
  ])
  expect(noteTop).toBeLessThan(textTop)

  // The seed post is real news: no such note, and no mark on the home page.
  await openPage(page, '/posts/us-pakistan-safe-havens')
  await expect(page.locator('header').getByText(/^Fiction:/)).toHaveCount(0)

  await openPage(page, '/')
  await expect(page.getByText(/^Verbatim shows who said what: every quotation/)).toBeVisible()
  const listed = page.getByRole('listitem')
  await expect(
    listed.filter({ hasText: 'Lowland Party four votes short' }).getByText('Fiction'),
  ).toBeVisible()
  await expect(listed.filter({ hasText: 'Common interest with Pak' }).getByText('Fiction')).toHaveCount(0)
})

test('a post carries a one-line key to its highlighting', async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  const key = page.locator('header').getByText(/own words/)
  await expect(key).toContainText('Tinted: own words')
  await expect(key).toContainText('underlined: reported speech')
  // One line on a desktop.
  const height = await key.evaluate((element) => element.getBoundingClientRect().height)
  const line = await key.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight))
  expect(height).toBeLessThan(line * 1.5)
})
