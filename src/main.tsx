import './index.css'

/**
 * The entry point, kept tiny. A prerendered page is complete without JavaScript, so the app (React, the router,
 * the queries) is fetched only after the browser has painted it: the text shows as soon as the HTML and CSS
 * arrive, and the app takes over a frame later. Links work as plain links until then.
 */
function afterFirstPaint(run: () => void) {
  requestAnimationFrame(() => setTimeout(run, 0))
}

afterFirstPaint(() => {
  void import('./app.tsx').then(({ start }) => start())
})
