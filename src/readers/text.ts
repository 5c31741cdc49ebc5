import { normaliseLineEnds, normaliseWhitespace, paragraphsFromText } from '../article/text.ts'
import { InputError } from './errors.ts'
import { splitFrontMatter } from './front-matter.ts'
import type { RawArticle } from './raw-article.ts'
import { fromFrontMatter } from './front-matter-fields.ts'

/** `.txt`: optional front matter, the first non-empty line the headline, blank-line-separated paragraphs. */
export function readText(source: string): RawArticle {
  const { fields, body } = splitFrontMatter(normaliseLineEnds(source))
  const lines = body.split('\n')
  const titleLine = lines.findIndex((line) => normaliseWhitespace(line) !== '')
  if (titleLine < 0) throw new InputError('no headline: the file holds front matter but no text')
  const title = fields.title ?? normaliseWhitespace(lines[titleLine] as string)
  const rest = fields.title ? lines.slice(titleLine) : lines.slice(titleLine + 1)
  return { title, paragraphs: paragraphsFromText(rest.join('\n')), ...fromFrontMatter(fields) }
}
