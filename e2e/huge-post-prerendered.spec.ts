import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import { documentRenderer } from '../src/prerender/documents.ts'
import { hugeArticle } from './fixtures/huge-article.ts'
import { LONG_TASKS } from './fixtures/long-tasks.ts'
import { SEED_DATA } from './open-page.ts'
import { recordFigures, recordOutcome } from './record.ts'

test.afterEach(async ({}, info) => recordOutcome('broken-data', info))

test('the same post prerendered hydrates without an error and answers; its longest task is recorded', async ({
  page,
}) => {
  const server = (await import(pathToFileURL(resolve('dist-ssr/entry-server.js')).href)) as Parameters<
    typeof documentRenderer
  >[0]
  const render = documentRenderer(
    server,
    readFileSync(resolve('dist-ssr/template.html'), 'utf8'),
    'http://localhost:4173',
  )
  const article = hugeArticle('us-pakistan-safe-havens')
  const html = await render.post(article)
  await page.route('**/posts/us-pakistan-safe-havens', (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  )
  // The page hydrates from its data file, as a prerendered post does (src/reader/data/page-state.ts).
  await page.route(SEED_DATA, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(article) }),
  )
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript(LONG_TASKS)
  await page.goto('/posts/us-pakistan-safe-havens')
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 20_000 })
  // Hydrated: a quotation answers to the app (hovering it marks its speaker in the sidebar).
  const speaker = page
    .getByRole('complementary', { name: 'Speakers' })
    .getByRole('button', { name: /^Ilse Vantongeren-1\b/ })
  await expect(speaker).toHaveClass(/border-transparent/)
  await page.locator('#q1').hover()
  await expect(speaker).not.toHaveClass(/border-transparent/)
  const longTasks = (await page.evaluate('window.__longTasks')) as number[]
  await recordFigures('huge-post-prerendered', {
    htmlBytes: html.length,
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
  })
  expect(errors).toEqual([])
  // A figure, not a verdict: after a full suite this is near a second, alone near 150 ms (see the closing note
  // of issue 5); the move to the post, the way a reader meets a long post in the app, is held to 200 ms.
})
