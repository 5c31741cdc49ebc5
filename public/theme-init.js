// A reader's saved theme, applied as early as possible. Without one, the CSS follows the system by itself
// (light-dark()), so this file is not render-blocking. Mirrors src/reader/layout/theme.ts.
;(function () {
  try {
    var saved = localStorage.getItem('verbatim-theme')
    if (saved === 'light' || saved === 'dark') document.documentElement.classList.add(saved)
  } catch {
    // Storage blocked: the system's choice stands.
  }
})()
