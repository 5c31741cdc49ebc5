import type { RenderedPage } from '../entry-server.tsx'
import { PAGE_STATE_ID } from '../reader/data/page-state.ts'
import { contentSecurityPolicy } from './csp.ts'

const DEFAULT_TITLE = /<title>[^<]*<\/title>/
const DEFAULT_DESCRIPTION = /\s*<meta name="description" content="[^"]*"\s*\/?>/
const ROOT = '<div id="root"></div>'

const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/
const SETTINGS_SCRIPT = /<script src="(\/theme-init\.js)" async><\/script>/

/**
 * The built shell with its stylesheet and the script that applies saved settings inlined: a prerendered page
 * then paints from its own bytes, with no second request before the first paint, and with the reader's text
 * size and theme from the start. (Client-side moves never need either again.)
 */
export function inlineStylesheet(template: string, readAsset: (path: string) => string): string {
  const link = STYLESHEET.exec(template)
  const settings = SETTINGS_SCRIPT.exec(template)
  if (!link?.[1] || !settings?.[1])
    throw new Error('dist/index.html lacks its stylesheet link or /theme-init.js')
  const css = readAsset(link[1])
  if (css.includes('</style')) throw new Error(`${link[1]} cannot be inlined: it contains </style`)
  const script = readAsset(settings[1])
  if (script.includes('</script')) throw new Error(`${settings[1]} cannot be inlined: it contains </script`)
  const policy = contentSecurityPolicy({ styles: [css], scripts: [script] })
  // The policy goes first in <head>, so that it governs everything after it; the inline parts are allowed by hash.
  return template
    .replace(link[0], () => `<style>${css}</style>`)
    .replace(settings[0], () => `<script>${script}</script>`)
    .replace(
      /<meta charset="UTF-8" \/>/i,
      (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`,
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

/**
 * The app shell the service worker serves for an address it has no saved page for: the shell with the site's
 * policy and stylesheet, and no page in it, so the app renders whatever the address is. Not for search engines.
 */
export function appShell(template: string): string {
  if (!template.includes('</head>')) throw new Error('the app shell has no </head>')
  return template.replace('</head>', () => '  <meta name="robots" content="noindex">\n  </head>')
}
