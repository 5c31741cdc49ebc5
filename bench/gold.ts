import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { normaliseLineEnds, normaliseWhitespace } from '../src/article/text.ts'
import { correctedKind } from './gold-kinds.ts'
import type { Annotated, Kind, Scheme } from './score.ts'

export interface GoldCase {
  name: string
  title: string
  /** The article's paragraphs without the headline: gold paragraph n is paragraphs[n - 1]. */
  paragraphs: string[]
  quotes: Annotated[]
  /** Gold items whose kind was put right (see gold-kinds.ts). */
  corrected: number
  /** PolNeAR gives the mention at the cue (`speaker_kind: "mention"`); shared/gold the resolved name. */
  scheme: Scheme
}

interface GoldFile {
  name: string
  quotes: Array<{
    kind: Kind
    paragraph: number
    text: string
    speaker: string
    speaker_kind?: string
    start?: number
    end?: number
  }>
}

/**
 * The annotated cases in a gold folder (`<name>.json` beside `articles/<name>.txt`), by name; PolNeAR's kinds
 * put right where its conversion slipped unless `correctKinds` is false.
 */
export function loadGold(dir: string, { correctKinds = true } = {}): GoldCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const annotations = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile
      const articlePath = join(dir, 'articles', file.replace(/\.json$/, '.txt'))
      if (!existsSync(articlePath)) return []
      // Blocks exactly as the annotation counts them: one blank line apart, the headline first.
      const raw = normaliseLineEnds(readFileSync(articlePath, 'utf8'))
        .replace(/\n+$/, '')
        .split(/\n[ \t\u00A0]*\n/)
      const blocks = raw.map(normaliseWhitespace)
      const [title = '', ...paragraphs] = blocks
      const scheme: Scheme = annotations.quotes.some((quote) => quote.speaker_kind === 'mention')
        ? 'mentions'
        : 'names'
      let corrected = 0
      const quotes = annotations.quotes.map(({ kind, paragraph, text, speaker, start, end }): Annotated => {
        // Offsets count in the text as written, before white space is normalised.
        const content = start === undefined ? undefined : raw[paragraph]?.slice(start, end)
        const correction =
          correctKinds && scheme === 'mentions' && content ? correctedKind(kind, content) : null
        if (!correction) return { kind, paragraph, text, speaker }
        corrected++
        return { ...correction, paragraph, speaker }
      })
      return [{ name: annotations.name, title, paragraphs, quotes, corrected, scheme }]
    })
}
