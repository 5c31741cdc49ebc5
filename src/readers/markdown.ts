import { Lexer, type Token, type Tokens } from 'marked'
import { normaliseLineEnds, normaliseWhitespace } from '../article/text.ts'
import { InputError } from './errors.ts'
import { splitFrontMatter } from './front-matter.ts'
import type { RawArticle } from './raw-article.ts'
import { fromFrontMatter } from './front-matter-fields.ts'
import { htmlToText } from './html-text.ts'

/** Inline Markdown to the words a reader sees: emphasis and links keep their text, images their alt text. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return ''
  // Inline <script> and <style> arrive as an opening tag, text, and a closing tag: the text between is code.
  let hidden = false
  return tokens
    .map((token) => {
      if (token.type === 'html') {
        const tag = (token as Tokens.HTML).text
        if (/^<(?:script|style)\b/i.test(tag)) hidden = !/<\/(?:script|style)>\s*$/i.test(tag)
        else if (/^<\/(?:script|style)>/i.test(tag)) hidden = false
      }
      if (hidden) return ''
      switch (token.type) {
        case 'br':
          return ' '
        case 'html':
          return htmlToText((token as Tokens.HTML).text)
        case 'image':
          return (token as Tokens.Image).text
        case 'codespan':
          return decodeEntities((token as Tokens.Codespan).text)
        case 'escape':
        case 'text':
          return 'tokens' in token && token.tokens
            ? inlineText(token.tokens)
            : decodeEntities((token as Tokens.Text).text)
        default:
          return 'tokens' in token && token.tokens
            ? inlineText(token.tokens)
            : decodeEntities('text' in token ? String(token.text) : '')
      }
    })
    .join('')
}

// marked escapes &, <, >, " and ' in text it hands over; the article wants the characters back.
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Block Markdown to plain paragraphs: one per paragraph, heading, list item, quote paragraph or code block. */
function blockParagraphs(tokens: readonly Token[]): Array<{ text: string; heading: boolean }> {
  return tokens.flatMap((token): Array<{ text: string; heading: boolean }> => {
    switch (token.type) {
      case 'heading':
        return [{ text: inlineText((token as Tokens.Heading).tokens), heading: true }]
      case 'paragraph':
        return [{ text: inlineText((token as Tokens.Paragraph).tokens), heading: false }]
      case 'text':
        return [{ text: inlineText((token as Tokens.Text).tokens ?? [token]), heading: false }]
      case 'blockquote':
        return blockParagraphs((token as Tokens.Blockquote).tokens)
      case 'list':
        return (token as Tokens.List).items.flatMap((item) => blockParagraphs(item.tokens))
      case 'code':
        return [{ text: (token as Tokens.Code).text, heading: false }]
      case 'html':
        return [{ text: htmlToText((token as Tokens.HTML).text), heading: false }]
      case 'table': {
        const table = token as Tokens.Table
        return [table.header, ...table.rows].map((row) => ({
          text: row.map((cell) => inlineText(cell.tokens)).join(' · '),
          heading: false,
        }))
      }
      default:
        return []
    }
  })
}

/** `.md`: front matter as for text; the title from front matter, else the first heading, else the first paragraph. */
export function readMarkdown(source: string): RawArticle {
  const { fields, body } = splitFrontMatter(normaliseLineEnds(source))
  const blocks = blockParagraphs(new Lexer().lex(body))
    .map((block) => ({ ...block, text: normaliseWhitespace(block.text) }))
    .filter((block) => block.text !== '')
  let title = fields.title
  if (!title) {
    const first = blocks.findIndex((block) => block.heading)
    const at = first >= 0 ? first : 0
    title = blocks[at]?.text
    blocks.splice(at, 1)
  }
  if (!title) throw new InputError('no headline: the Markdown holds no heading and no text')
  return { title, paragraphs: blocks.map((block) => block.text), ...fromFrontMatter(fields) }
}
