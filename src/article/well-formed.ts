const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Replaces each unpaired UTF-16 surrogate with U+FFFD. Lengths do not change, so spans still fit; a lone
 * surrogate would otherwise reach the page as a broken glyph and break `encodeURIComponent` in share links.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

/** Every string in a JSON value made well formed; `__proto__` keys are kept as plain data, never as prototypes. */
export function wellFormedDeep(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value)
  if (Array.isArray(value)) return value.map(wellFormedDeep)
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const [key, item] of Object.entries(value)) copy[key] = wellFormedDeep(item)
    return copy
  }
  return value
}
