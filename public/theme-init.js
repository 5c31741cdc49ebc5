// A reader's saved theme, text size and column width, applied before the first paint: the prerender inlines
// this file (allowed by its hash), so a saved choice never shifts the layout on load. Without one the CSS
// follows the system by itself. Mirrors src/reader/layout/theme.ts and reading-settings.ts.
;(function () {
  try {
    var root = document.documentElement
    var theme = localStorage.getItem('verbatim-theme')
    if (theme === 'light' || theme === 'dark') root.classList.add(theme)
    var size = localStorage.getItem('verbatim-text-size')
    if (/^(smaller|larger|largest)$/.test(size)) root.setAttribute('data-text-size', size)
    var column = localStorage.getItem('verbatim-column')
    if (/^(narrow|wide)$/.test(column)) root.setAttribute('data-column', column)
  } catch {
    // Storage blocked: the defaults stand.
  }
})()
