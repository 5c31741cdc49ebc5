import { SUMMARY_MAX_LENGTH } from './schema.ts'
import { countWords } from './text.ts'

const WORDS_PER_MINUTE = 230

/**
 * A plain-text summary for lists and link previews: the opening paragraphs up to `maxLength` characters,
 * cut after the last whole sentence that fits, else after the last whole word, with an ellipsis.
 */
export function summarise(paragraphs: readonly string[], maxLength = SUMMARY_MAX_LENGTH): string {
  let text = ''
  for (const paragraph of paragraphs) {
    const next = text ? `${text} ${paragraph}` : paragraph
    if (next.length > maxLength) {
      if (!text) text = next
      break
    }
    text = next
  }
  if (text.length <= maxLength) return text
  const room = text.slice(0, maxLength - 1)
  const sentenceEnd = Math.max(room.lastIndexOf('. '), room.lastIndexOf('? '), room.lastIndexOf('! '))
  if (sentenceEnd > maxLength / 2) return room.slice(0, sentenceEnd + 1)
  const wordEnd = room.lastIndexOf(' ')
  return `${(wordEnd > 0 ? room.slice(0, wordEnd) : room).replace(/[\s,;:—–-]+$/, '')}…`
}

/** Whole minutes at an adult's silent reading pace, never less than one. */
export function readingMinutes(paragraphs: readonly string[]): number {
  const words = paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0)
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
