// Runs before the first paint so a dark-mode reader never sees a white flash. Mirrors src/reader/layout/theme.ts.
;(function () {
  try {
    var saved = localStorage.getItem('verbatim-theme')
    var dark =
      saved === 'dark' || (saved !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches)
    document.documentElement.classList.toggle('dark', dark)
  } catch {
    // Storage blocked: follow the system, which the CSS media query already does.
  }
})()
