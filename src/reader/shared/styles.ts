/**
 * The keyboard focus ring every control shares: visible on the page and on every speaker tint. One class
 * (`@utility focus-ring` in index.css) rather than its three utilities on every control, which cost a post 4 kB.
 */
export const focusRing = 'focus-ring'

/** A link inside text or under it: the accent colour, underlined, with the focus ring. */
export const textLink = `text-[var(--accent)] underline underline-offset-4 ${focusRing}`
