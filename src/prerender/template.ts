import type { RenderedPage } from '../entry-server.tsx'
import { PAGE_STATE_ID } from '../reader/data/page-state.ts'
import { contentSecurityPolicy } from './csp.ts'

const DEFAULT_TITLE = /<title>[^<]*<\/title>/
const DEFAULT_DESCRIPTION = /\s*<meta name="description" content="[^"]*"\s*\/?>/
const ROOT = '<div id="root"></div>'

const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/

/**
 * The built shell with its stylesheet inlined: a prerendered page then paints from its own bytes, with no
 * second request before the first paint. (Client-side moves never need the CSS again.)
 */
export function inlineStylesheet(template: string, readAsset: (path: string) => string): string {
  const link = STYLESHEET.exec(template)
  if (!link?.[1]) return template
  const css = readAsset(link[1])
  if (css.includes('</style')) throw new Error(`${link[1]} cannot be inlined: it contains </style`)
  // The policy goes first in <head>, so that it governs everything after it; the stylesheet is allowed by hash.
  return template
    .replace(link[0], () => `<style>${css}</style>`)
    .replace(
      /<meta charset="UTF-8" \/>/i,
      (charset) =>
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([css])}">`,
    )
}

/** The built index.html with one page's head tags, its markup and the state it hydrates from. */
export function injectPage(template: string, head: string, page: RenderedPage): string {
  if (!DEFAULT_TITLE.test(template) || !DEFAULT_DESCRIPTION.test(template) || !template.includes(ROOT)) {
    throw new Error(
      'dist/index.html does not look like the app shell (title, description and #root expected)',
    )
  }
  return template
    .replace(DEFAULT_DESCRIPTION, '')
    .replace(DEFAULT_TITLE, () => head)
    .replace(
      ROOT,
      () =>
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="${PAGE_STATE_ID}">${page.state}</script>`,
    )
}
