import { expect, test, type Page } from '@playwright/test'
import { openPage } from './open-page.ts'
import { recordOutcome } from './record.ts'

test.afterEach(async ({}, info) => recordOutcome('accessibility', info))

/** Numbers every visible control in document order; returns how many there are. */
const MARK_CONTROLS = `(() => {
  const controls = [...document.querySelectorAll('a[href], button, [tabindex="0"], summary')]
    .filter((element) => element.checkVisibility() && !element.closest('dialog:not([open])'));
  controls.forEach((element, index) => element.setAttribute('data-walk', String(index)));
  return controls.length;
})()`

/** Where focus is, and whether it shows: an outline or a ring drawn with box-shadow. */
const FOCUSED = `(() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const shown = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  return { walk: element.getAttribute('data-walk'), shown, name: element.getAttribute('aria-label') || element.textContent.trim().slice(0, 40) };
})()`

/** Tabs through the whole page once; every control must take focus, visibly, in order. */
async function tabThrough(page: Page) {
  const count = (await page.evaluate(MARK_CONTROLS)) as number
  const visited: number[] = []
  const unseen: string[] = []
  for (let press = 0; press < count + 3; press++) {
    await page.keyboard.press('Tab')
    const focused = (await page.evaluate(FOCUSED)) as { walk: string | null; shown: boolean; name: string }
    if (focused.walk === null) continue
    visited.push(Number(focused.walk))
    if (!focused.shown) unseen.push(focused.name)
  }
  expect(unseen, 'controls whose focus cannot be seen').toEqual([])
  const reached = [...new Set(visited)].sort((a, b) => a - b)
  expect(reached).toEqual(Array.from({ length: count }, (_, index) => index))
  // Focus moves forward through the page, never back.
  const firstPass = visited.slice(0, count)
  expect(firstPass).toEqual([...firstPass].sort((a, b) => a - b))
  return count
}

test('every control on a post is reached by Tab, in order, with its focus visible: at most 15', async ({
  page,
}) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  // Quotations are not Tab stops (n and p reach them), so the post is as quick to cross as any page.
  const count = await tabThrough(page)
  expect(count).toBeGreaterThanOrEqual(5)
  expect(count).toBeLessThanOrEqual(15)
})

test('every control on the archive is reached by Tab, in order, with its focus visible', async ({ page }) => {
  await openPage(page, '/')
  expect(await tabThrough(page)).toBeGreaterThan(10)
})

test('every control on a post works from the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPage(page, '/posts/us-pakistan-safe-havens')

  // The skip link takes focus to the page's content.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // The shortcuts dialog opens with Enter and closes with Escape, giving focus back.
  const help = page.getByRole('button', { name: /^Shortcuts/ })
  await help.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(help).toBeFocused()

  // The theme switches with Space.
  const theme = page.getByRole('button', { name: /theme$/ })
  const before = await theme.getAttribute('aria-label')
  await theme.focus()
  await page.keyboard.press('Space')
  await expect(theme).not.toHaveAttribute('aria-label', before ?? '')

  // A speaker is followed with Enter; their quotations are stepped through with the buttons that appear.
  const kirby = page.getByRole('button', { name: /^John Kirby/ })
  await kirby.focus()
  await page.keyboard.press('Enter')
  await expect(kirby).toHaveAttribute('aria-pressed', 'true')
  // Focus goes to their first quotation, so it is read out.
  await expect(page.locator('[data-speaker="john-kirby"][id]').first()).toBeFocused()
  await page.getByRole('button', { name: 'Next quotation' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('complementary', { name: 'Speakers' }).getByText(/^2 of 7$/)).toBeVisible()

  // n and p move between quotations; Enter on one opens its share panel, whose first button copies it with
  // its speaker and link; Esc closes the panel and gives the focus back to the quotation.
  await page.keyboard.press('n')
  const focused = page.locator('[data-quote][id]:focus')
  await expect(focused).toHaveCount(1)
  const id = await focused.getAttribute('id')
  await page.keyboard.press('p')
  await expect(page.locator('[data-quote][id]:focus')).not.toHaveAttribute('id', id ?? '')
  await page.keyboard.press('n')
  await expect(page.locator(`#${id}`)).toBeFocused()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: 'Share this quotation' })
  await expect(panel).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy quotation' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.locator(`#${id}`)).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied, with who said it and a link' }),
  ).toBeVisible()
  expect(await page.evaluate('navigator.clipboard.readText()')).toMatch(
    /^“.+” — John Kirby, via Verbatim http:\/\/localhost:4173\/posts\/us-pakistan-safe-havens#q\d+:~:text=/,
  )
  await expect(page.locator(`#${id}`)).toBeFocused()

  // The next post opens with Enter on its link.
  const next = page.getByRole('link', { name: /^Next/ })
  await next.focus()
  await page.keyboard.press('Enter')
  await expect(page).not.toHaveURL(/us-pakistan-safe-havens/)
})

test('single-key shortcuts can be turned off, and stay off after a reload', async ({ page }) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  await page.getByRole('button', { name: /^Shortcuts/ }).click()
  const setting = page.getByRole('checkbox', { name: /Single-key shortcuts/ })
  await expect(setting).toBeChecked()
  await setting.uncheck()
  await page.keyboard.press('Escape')
  await page.reload()
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
  for (const key of ['k', 'n', '?']) await page.keyboard.press(key)
  await expect(page).toHaveURL(/us-pakistan-safe-havens$/)
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.locator('[data-quote]:focus')).toHaveCount(0)

  // On again, k moves up the archive's list: to the newer post.
  await page.getByRole('button', { name: /^Shortcuts/ }).click()
  await expect(setting).not.toBeChecked()
  await setting.check()
  await page.keyboard.press('Escape')
  await page.keyboard.press('k')
  await expect(page).not.toHaveURL(/us-pakistan-safe-havens$/)
})
