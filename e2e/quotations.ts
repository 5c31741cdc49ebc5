import type { Page } from '@playwright/test'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The quotations in a post's text, each counted once, where it starts; with a name, those a screen reader
 * hears as that speaker's ("John Kirby, direct quotation: …").
 */
export function quotations(page: Page, speakerName?: string) {
  const starts = page.locator('[data-quote][id]')
  if (speakerName === undefined) return starts
  return starts.filter({
    has: page.locator('.sr-only', { hasText: new RegExp(`^${escapeRegExp(speakerName)}, `) }),
  })
}
