/** The keyboard focus ring every control shares: visible on the page and on every speaker tint. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]'

/** A link inside text or under it: the accent colour, underlined, with the focus ring. */
export const textLink = `text-[var(--accent)] underline underline-offset-4 ${focusRing}`
