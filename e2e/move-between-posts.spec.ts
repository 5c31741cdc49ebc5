import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

const SEED = 'us-pakistan-safe-havens'
const NEXT = (
  JSON.parse(readFileSync(`dist/data/posts/${SEED}.json`, 'utf8')) as {
    next: { slug: string; title: string }
  }
).next

/**
 * A move to a neighbour already in the cache has nothing to wait for: the next post is rendered in one task
 * and shows at the next frame. Rendered as a time-sliced transition, the same work yields to the browser every
 * few milliseconds and the heading shows only frames later, which on a slow phone is most of a fifth of a
 * second (`npm run bench:web` times it). Counted in frames, not milliseconds, on a CPU slowed four times.
 */
test('a move to a prefetched neighbour shows the next post within two frames of the key press', async ({
  page,
  context,
}) => {
  // The seed post prefetches its newer neighbour once it has painted; the move is timed once that has arrived
  // and been read into the cache.
  const prefetched = page.waitForResponse((response) =>
    response.url().endsWith(`/data/posts/${NEXT.slug}.json`),
  )
  await openPage(page, `/posts/${SEED}`)
  await prefetched
  await page.waitForTimeout(200)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

  const frames = await page.evaluate(
    (title) =>
      new Promise<number>((done) => {
        let frames = 0
        const count = () => {
          frames++
          requestAnimationFrame(count)
        }
        new MutationObserver((_, observer) => {
          if (document.querySelector('h1')?.textContent !== title) return
          observer.disconnect()
          done(frames)
        }).observe(document.body, { subtree: true, childList: true, characterData: true })
        requestAnimationFrame(count)
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }))
      }),
    NEXT.title,
  )
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await expect(page).toHaveURL(new RegExp(`/posts/${NEXT.slug}$`))
  expect(frames).toBeLessThanOrEqual(2)
})
