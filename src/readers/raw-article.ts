/** What every reader makes of its format, before cleaning, the engine and the contract. */
export interface RawArticle {
  title: string
  paragraphs: string[]
  slug?: string
  published?: string
  byline?: string
  source?: { name?: string; url?: string }
}
