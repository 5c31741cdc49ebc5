import { SITE_NAME } from '../../site.ts'

/**
 * "<page> — Verbatim", the document title of every page but the archive's first. Pages render it in a <title>
 * where they render: React 19 puts the element in the document's head, so no effect has to keep it in step.
 */
export const pageTitle = (page: string) => `${page} — ${SITE_NAME}`
