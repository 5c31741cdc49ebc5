import type { Page } from '@playwright/test'

/** A two-line invented article: one quotation, from one named speaker. */
export const SHORT_ARTICLE =
  'Ferry to run again\n\n"The pier is sound," Harbour Commissioner Ines Marrow said on Tuesday.'

/** Pastes `text` into `/read` (already open) and asks who said what, as a reader does. */
export async function readPasted(page: Page, text: string): Promise<void> {
  await page.getByLabel('The article: its headline on the first line, then its text').fill(text)
  await page.getByRole('button', { name: 'Show who said what' }).click()
}
