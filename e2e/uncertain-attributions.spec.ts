import { expect, test } from '@playwright/test'
import { SURE_AT } from '../src/article/confidence.ts'
import type { Article } from '../src/article/schema.ts'
import { openPage } from './open-page.ts'

// A fiction post in which the engine is sure of most speakers but not of one (an organisation named only
// after its quotation): whatever its confidence says, the page must say, and never state a guess as fact.
const SLUG = '2026-10-mill-sale'

test('an attribution the engine is unsure of reads "probably", with a dashed chip; sure ones do not', async ({
  page,
}) => {
  const article = (await (await page.request.get(`/data/posts/${SLUG}.json`)).json()) as Article
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  const attributed = article.quotes.filter((quote) => quote.speakerId !== null)
  const unsure = attributed.filter((quote) => quote.confidence < SURE_AT)
  const sure = attributed.filter((quote) => quote.confidence >= SURE_AT)
  expect(unsure.length, 'the post should hold an attribution below the threshold').toBeGreaterThan(0)
  expect(sure.length).toBeGreaterThan(0)

  await openPage(page, `/posts/${SLUG}`)
  for (const quote of unsure) {
    const name = names.get(quote.speakerId as string) as string
    const element = page.locator(`#${quote.id}`)
    await expect(element).toContainText(`Probably ${name}, `)
    const chip = element.locator('[aria-hidden="true"]').first()
    await expect(chip).toHaveText(/\?$/)
    await expect(chip).toHaveCSS('border-top-style', 'dashed')
    await element.focus()
    await expect(page.getByRole('tooltip', { name: new RegExp(`^Probably ${name} · `) })).toBeVisible()
    await expect(
      page.getByRole('button', { name: `Copy link to this quotation probably by ${name}` }),
    ).not.toHaveCount(0)
  }
  for (const quote of sure) {
    const element = page.locator(`#${quote.id}`)
    await expect(element).not.toContainText('Probably')
    await expect(element.locator('[aria-hidden="true"]').first()).toHaveCSS('border-top-style', 'solid')
  }

  // The sidebar says how many of a speaker's quotations are only probably theirs.
  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  const unsureSpeaker = names.get(unsure[0]?.speakerId as string) as string
  await expect(speakers.getByRole('button', { name: new RegExp(unsureSpeaker) })).toContainText(
    'probably theirs',
  )
})
