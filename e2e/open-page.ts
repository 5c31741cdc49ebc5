import { expect, type Page } from '@playwright/test'

/**
 * Opens a page and waits until the app has taken over the prerendered HTML (it marks <html data-app="ready">),
 * so that clicks, hovers and key presses reach React rather than the static page.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
}

export const SEED_DATA = '**/data/posts/us-pakistan-safe-havens.json'

/**
 * A fresh load of a post is prerendered and fetches nothing; a move from the home page fetches the post's
 * JSON, which is what journeys that intercept data need.
 */
export async function openSeedPostFromHome(page: Page): Promise<void> {
  await openPage(page, '/')
  await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
}
