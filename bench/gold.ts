import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { normaliseLineEnds, normaliseWhitespace } from '../src/article/text.ts'
import type { Annotated, Kind, Scheme } from './score.ts'

export interface GoldCase {
  name: string
  title: string
  /** The article's paragraphs without the headline: gold paragraph n is paragraphs[n - 1]. */
  paragraphs: string[]
  quotes: Annotated[]
  /** PolNeAR gives the mention at the cue (`speaker_kind: "mention"`); shared/gold the resolved name. */
  scheme: Scheme
}

interface GoldFile {
  name: string
  quotes: Array<{ kind: Kind; paragraph: number; text: string; speaker: string; speaker_kind?: string }>
}

/** The annotated cases in a gold folder (`<name>.json` beside `articles/<name>.txt`), by name. */
export function loadGold(dir: string): GoldCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const annotations = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile
      const articlePath = join(dir, 'articles', file.replace(/\.json$/, '.txt'))
      if (!existsSync(articlePath)) return []
      // Blocks exactly as the annotation counts them: one blank line apart, the headline first.
      const blocks = normaliseLineEnds(readFileSync(articlePath, 'utf8'))
        .replace(/\n+$/, '')
        .split(/\n[ \t\u00A0]*\n/)
        .map(normaliseWhitespace)
      const [title = '', ...paragraphs] = blocks
      return [
        {
          name: annotations.name,
          title,
          paragraphs,
          quotes: annotations.quotes.map(({ kind, paragraph, text, speaker }) => ({
            kind,
            paragraph,
            text,
            speaker,
          })),
          scheme: annotations.quotes.some((quote) => quote.speaker_kind === 'mention')
            ? ('mentions' as const)
            : ('names' as const),
        },
      ]
    })
}
