import { createHash } from 'node:crypto'

/**
 * The Content-Security-Policy every built page carries: everything from this origin only, no inline or eval'd
 * script, no plugins, no <base> tricks, Trusted Types for the DOM's script sinks. The one inline element, the
 * page's stylesheet, is allowed by its hash. Data blocks (`application/json`, `application/ld+json`) are never
 * executed, so script-src does not need to name them.
 */
export function contentSecurityPolicy(inlineStyles: readonly string[]): string {
  const hashes = inlineStyles.map(
    (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  )
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${hashes.join(' ')}`.trim(),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ')
}
