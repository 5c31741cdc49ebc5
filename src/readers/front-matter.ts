import { InputError } from './errors.ts'

export type FrontMatter = Record<string, string>

const KNOWN_KEYS = new Set(['title', 'slug', 'published', 'byline', 'source', 'url'])

/**
 * Splits `---`-fenced front matter (`key: value` lines) from the body. A file without it is all body.
 * Unknown keys are an error, so a typo ("pubished") cannot silently drop a date.
 */
export function splitFrontMatter(text: string): { fields: FrontMatter; body: string } {
  if (!/^---[ \t]*\n/.test(text)) return { fields: {}, body: text }
  const close = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3))
  if (!close) throw new InputError('front matter opened with --- is never closed')
  const block = text.slice(4, 3 + close.index + 1)
  const body = text.slice(3 + close.index + close[0].length)
  const fields: FrontMatter = {}
  block.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const match = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!match)
      throw new InputError(`front matter line ${index + 2} is not "key: value": ${JSON.stringify(line)}`)
    const key = (match[1] as string).toLowerCase()
    if (!KNOWN_KEYS.has(key))
      throw new InputError(`front matter: unknown field "${key}" (expected ${[...KNOWN_KEYS].join(', ')})`)
    fields[key] = unquote((match[2] as string).trim())
  })
  return { fields, body }
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value)
  return quoted ? (quoted[2] as string) : value
}
