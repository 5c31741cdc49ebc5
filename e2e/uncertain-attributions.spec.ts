import { expect, test } from '@playwright/test'
import { SURE_AT } from '../src/article/confidence.ts'
import type { Article } from '../src/article/schema.ts'
import { quotations } from './quotations.ts'
import { openSeedPostFromHome, SEED_DATA } from './open-page.ts'

// The seed post as the data contract may carry it: the engine's confidence is calibrated, so which fiction post
// holds a guess changes as the engine improves. Here one Kirby quotation and the Pentagon's are guesses, the
// rest sure, and the page must say exactly that.
const UNSURE = new Set(['q3', 'q1'])

test('an attribution below the threshold reads "probably", with a dashed chip; sure ones do not', async ({
  page,
}) => {
  const seed = (await (await page.request.get('/data/posts/us-pakistan-safe-havens.json')).json()) as Article
  const article: Article = {
    ...seed,
    quotes: seed.quotes.map((quote) => ({
      ...quote,
      confidence: UNSURE.has(quote.id) ? SURE_AT - 0.2 : Math.max(quote.confidence, SURE_AT),
    })),
  }
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  await page.route(SEED_DATA, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(article) }),
  )
  await openSeedPostFromHome(page)

  for (const [index, quote] of article.quotes.entries()) {
    const name = names.get(quote.speakerId as string) as string
    const element = page.locator(`#${quote.id}`)
    // Each quotation's chip stands just before it (before its opening mark), in reading order.
    const chip = page.locator('[data-chip]').nth(index)
    if (UNSURE.has(quote.id)) {
      await expect(element).toContainText(`Probably ${name}, `)
      await expect(chip).toHaveText(/\?$/)
      await expect(chip).toHaveCSS('border-top-style', 'dashed')
      // Shared, it still says "probably".
      await element.click()
      const panel = page.getByRole('dialog', { name: 'Share this quotation' })
      await expect(panel).toContainText(`Probably ${name} · `)
      await page.keyboard.press('Escape')
      await expect(panel).toBeHidden()
    } else {
      await expect(element).toContainText(`${name}, `)
      await expect(element).not.toContainText('Probably')
      await expect(chip).toHaveCSS('border-top-style', 'solid')
    }
  }
  await expect(quotations(page, 'Probably John Kirby')).toHaveCount(1)
  await expect(quotations(page, 'John Kirby')).toHaveCount(6)

  // The sidebar says how many of a speaker's quotations are only probably theirs.
  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  await expect(speakers.getByRole('button', { name: /John Kirby/ })).toContainText(
    '1 of them probably theirs',
  )
  await expect(speakers.getByRole('button', { name: /^Pentagon/ })).toContainText('all probably theirs')
})
