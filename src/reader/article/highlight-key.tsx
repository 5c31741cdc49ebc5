/**
 * The key to the highlighting, in one line: what the tint, the dotted line and the number mean, and how to
 * reach quotations by keys. Samples use the neutral speaker colour, so the key favours no one.
 */
export function HighlightKey() {
  return (
    <p className="speaker-none mt-4 font-sans text-sm text-[var(--muted)]">
      <span className="quote-marked text-[var(--ink)]">Tinted</span>: own words
      <span aria-hidden="true" className="px-2">
        ·
      </span>
      <span className="sr-only">; </span>
      <span className="quote-reported text-[var(--ink)]">underlined</span>: reported speech
      <span aria-hidden="true" className="px-2">
        ·
      </span>
      <span className="sr-only">; </span>
      <span
        aria-hidden="true"
        className="inline-block rounded-full border-2 border-[var(--speaker)] px-1.5 text-xs font-semibold leading-tight"
      >
        1
      </span>
      <span className="sr-only">a number</span>: speaker in the list
      <span aria-hidden="true" className="px-2">
        ·
      </span>
      <span className="sr-only">; </span>
      click to share
    </p>
  )
}
