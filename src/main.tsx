import './index.css'
import { afterNextPaint } from './reader/shared/after-paint.ts'

const RELOADED = 'verbatim-reloaded-for-new-build'

/**
 * After a redeploy, a page opened earlier may ask for chunks the new build no longer has. Reload once to get the
 * new build; if that fails too, the error stays on screen rather than reloading forever.
 */
window.addEventListener('vite:preloadError', (event) => {
  try {
    if (sessionStorage.getItem(RELOADED)) return
    sessionStorage.setItem(RELOADED, '1')
  } catch {
    return
  }
  event.preventDefault()
  window.location.reload()
})

// Share buttons show only where the Web Share API exists; CSS reads this, so no render has to wait for it.
if (typeof navigator.share === 'function') document.documentElement.classList.add('can-share')

/**
 * The entry point, kept tiny. A prerendered page is complete without JavaScript, so the app (React, the router,
 * the queries) is fetched only after the browser has painted it: the text shows as soon as the HTML and CSS
 * arrive, and the app takes over a frame later. Links work as plain links until then.
 */
afterNextPaint(() => {
  void import('./app.tsx').then(async ({ start }) => {
    await start()
    try {
      sessionStorage.removeItem(RELOADED)
    } catch {
      // Storage blocked: nothing was stored either.
    }
  })
})
