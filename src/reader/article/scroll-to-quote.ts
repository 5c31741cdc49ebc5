const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

/** Brings a quotation to the middle of the screen and gives it the focus; false when it is not on the page. */
export function scrollToQuote(id: string): boolean {
  const element = document.getElementById(id)
  if (!element) return false
  element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
  element.focus({ preventScroll: true })
  return true
}
