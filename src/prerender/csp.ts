import { createHash } from 'node:crypto'

const hash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`

/**
 * The Content-Security-Policy every built page carries: everything from this origin only, no eval'd script,
 * no plugins, no <base> tricks, Trusted Types for the DOM's script sinks. The inline elements, the page's
 * stylesheet and the few lines that apply a reader's saved settings before the first paint, are allowed by
 * their hashes and nothing else inline runs. Data blocks (`application/json`, `application/ld+json`) are
 * never executed, so script-src does not need to name them.
 */
export function contentSecurityPolicy(inline: {
  styles: readonly string[]
  scripts: readonly string[]
}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline.scripts.map(hash)].join(' '),
    ["style-src 'self'", ...inline.styles.map(hash)].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ')
}

/**
 * The search page's policy: the same, and WebAssembly may compile, which Pagefind's search needs. Only that
 * page is loaded with it; every link to it loads it afresh.
 */
export function withWebAssembly(html: string): string {
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/
  if (!policy.test(html)) throw new Error('the page has no Content-Security-Policy to extend')
  return html.replace(policy, "$1 'wasm-unsafe-eval'")
}
