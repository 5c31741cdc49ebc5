import { expect, type Page } from '@playwright/test'

/**
 * Opens a page and waits until the app has taken over the prerendered HTML (it marks <html data-app="ready">),
 * so that clicks, hovers and key presses reach React rather than the static page.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
}
