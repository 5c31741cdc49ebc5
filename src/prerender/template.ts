import type { RenderedPage } from '../entry-server.tsx'
import { PAGE_STATE_ID } from '../reader/data/page-state.ts'

const DEFAULT_TITLE = /<title>[^<]*<\/title>/
const DEFAULT_DESCRIPTION = /\s*<meta name="description" content="[^"]*"\s*\/?>/
const ROOT = '<div id="root"></div>'

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
