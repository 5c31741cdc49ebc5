import { expect, test, type Page } from '@playwright/test'
import { openPage } from './open-page.ts'
import { readPasted, SHORT_ARTICLE } from './read-page.ts'
import { recordOutcome } from './record.ts'
import { quotations } from './quotations.ts'

test.afterEach(async ({}, info) => recordOutcome('content-security-policy', info))

/** Every CSP or Trusted Types violation the page reports, as the browser words it. */
function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type|Refused to/i.test(message.text()))
      violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(error.message))
  return violations
}

test('every built page carries a strict Content-Security-Policy', async ({ request }) => {
  for (const path of ['/', '/posts/us-pakistan-safe-havens', '/posts/no-such-post']) {
    const html = await (await request.get(path)).text()
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? ''
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
    ])
      expect(policy, path).toContain(directive)
    // One inline script, allowed by its hash: the saved settings applied before the first paint.
    expect(policy, path).toMatch(/script-src 'self' 'sha256-[\w+/=]+';/)
    expect(html.match(/<script>/g), path).toHaveLength(1)
    expect(policy, path).not.toContain('unsafe-inline')
    expect(policy, path).not.toContain('unsafe-eval')
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<style>'))
  }
})

test('normal use of the reader breaks no rule of the policy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const violations = watchViolations(page)

  await openPage(page, '/')
  await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Common interest with Pak/)
  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  await speakers.getByRole('button', { name: /John Kirby/ }).click()
  await speakers.getByRole('button', { name: 'Next quotation' }).click()
  await page.keyboard.press('n')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Copy quotation' }).click()
  await expect(page.getByText('Copied, with who said it and a link')).toBeVisible()
  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^Common interest with Pak/)
  await page.getByRole('button', { name: /theme/ }).click()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await openPage(page, '/posts/no-such-post')
  await openPage(page, '/posts/2026-09-harbour-bridge#q3')
  await expect(page.locator('#q3')).toBeFocused()

  expect(violations).toEqual([])
})

test('the in-browser engine runs under the policy', async ({ page }) => {
  const violations = watchViolations(page)
  await page.route('**/data/posts/us-pakistan-safe-havens.json', async (route) => {
    const response = await route.fetch()
    const article = await response.json()
    delete article.quotes
    delete article.speakers
    await route.fulfill({ response, json: article })
  })
  await openPage(page, '/')
  await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
  await expect(quotations(page, 'John Kirby')).toHaveCount(7)
  expect(violations).toEqual([])
})

test('reading an article on /read, in its worker, breaks no rule of the policy', async ({ page }) => {
  const violations = watchViolations(page)
  await openPage(page, '/read')
  await readPasted(page, SHORT_ARTICLE)
  await expect(quotations(page, 'Ines Marrow')).toHaveCount(1)
  expect(violations).toEqual([])
})

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('registering the service worker, and the app shell it serves offline, break no rule of the policy', async ({
    page,
    context,
  }) => {
    const violations = watchViolations(page)
    await openPage(page, '/posts/us-pakistan-safe-havens')
    // The next post's data, fetched ahead by this one, is in the worker's keeping.
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            Boolean(await caches.match('/data/posts/2026-09-harbour-bridge.json', { ignoreVary: true })),
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe(true)
    await context.setOffline(true)
    // Offline, the worker answers a page with the app shell, which starts the app.
    await openPage(page, '/posts/2026-09-harbour-bridge')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Varnmouth harbour bridge/)
    const shell = await page.evaluate(async () =>
      (await caches.match('/app-shell.html', { ignoreSearch: true }))?.text(),
    )
    expect(shell).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*require-trusted-types-for 'script'/,
    )
    expect(violations).toEqual([])
  })
})
