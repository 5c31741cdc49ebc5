import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { FIRST_PAINT_JS_BUDGET, INTERACTIVE_JS_BUDGET, routeBytes } from '../bench/route-bytes.ts'
import { openPage } from './open-page.ts'

const DIST = resolve('dist')
const SLUG = 'us-pakistan-safe-havens'
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

/**
 * The post route's budget: at most 2 kB of gzipped JS before the first paint and 125 kB to be interactive.
 * Everything added later (new routes, workers, search) loads lazily and never grows it. The figures come from
 * the build's manifest; the browser shows that a post loads no JS beyond what they count, and what it loads once
 * interactive and idle (reading offline).
 */
test('a post runs at most 2 kB of JS before its first paint and 125 kB to be interactive', async ({
  page,
}) => {
  const bytes = routeBytes(DIST, SLUG)
  const scripts: string[] = []
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname.replace(/^\//, '')
    if (path.endsWith('.js')) scripts.push(path)
  })
  await openPage(page, `/posts/${SLUG}`)
  await page.waitForLoadState('networkidle')

  expect(scripts.length).toBeGreaterThan(0)
  const counted = [...bytes.interactiveFiles, ...bytes.idleFiles]
  for (const script of scripts) expect(counted, `${script} is not counted`).toContain(script)
  expect(bytes.firstPaintJs, `before the first paint: ${kB(bytes.firstPaintJs)}`).toBeLessThanOrEqual(
    FIRST_PAINT_JS_BUDGET,
  )
  expect(bytes.interactiveJs, `to be interactive: ${kB(bytes.interactiveJs)}`).toBeLessThanOrEqual(
    INTERACTIVE_JS_BUDGET,
  )
})
