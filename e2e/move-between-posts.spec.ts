import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

const SEED = 'us-pakistan-safe-havens'

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
  const prefetched = page.waitForResponse((response) => /\/data\/posts\/[^/]+\.json$/.test(response.url()))
  await openPage(page, `/posts/${SEED}`)
  await prefetched
  const next = await page.locator('a[rel="next"]').getAttribute('href')
  const nextTitle = await page.locator('a[rel="next"] span').last().textContent()
  expect(next).toBeTruthy()
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
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
      }),
    nextTitle,
  )
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await expect(page).toHaveURL(new RegExp(`${next}$`))
  expect(frames).toBeLessThanOrEqual(2)
})
