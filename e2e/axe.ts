import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The WCAG levels every page is held to: 2.0, 2.1 and 2.2, A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe's violations on the page as it is now, one line each with the elements at fault; [] when clean. */
export async function axeViolations(page: Page, configure = (axe: AxeBuilder) => axe): Promise<string[]> {
  const results = await configure(new AxeBuilder({ page }).withTags(WCAG_TAGS)).analyze()
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  )
}
