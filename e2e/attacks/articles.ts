import type { Latest } from '../../src/article/post-archive.ts'
import type { Article } from '../../src/article/schema.ts'

export const SEED_SLUG = 'us-pakistan-safe-havens'

/** At most `length` characters without cutting a surrogate pair. */
const clip = (text: string, length: number) => [...text].slice(0, length).join('')

/**
 * An article that carries attack strings in every field a reader shows: title, summary, byline, source name
 * and address, one paragraph per string (each wholly quoted), speaker names and roles, and the titles of the
 * neighbouring posts. It takes the seed post's slug, so the seed's routes serve it.
 */
export function hostileArticle(strings: readonly string[], { rawUrl = false } = {}): Article {
  const at = (index: number) => strings[index % strings.length] ?? ''
  // The string inside a real address, or raw (as data from elsewhere may hold it), where only http(s) may link.
  const url = rawUrl ? at(4) : `https://source.example/?q=${encodeURIComponent(at(4))}`
  return {
    schemaVersion: 1,
    slug: SEED_SLUG,
    title: at(0),
    summary: clip(at(1), 300),
    byline: at(2),
    source: { name: at(3), url },
    paragraphs: [...strings],
    speakers: strings.map((text, index) => ({
      id: `speaker-${index + 1}`,
      name: text,
      kind: 'person' as const,
      role: at(index + 1),
      mentions: [],
    })),
    quotes: strings.map((text, index) => ({
      id: `q${index + 1}`,
      kind: 'direct' as const,
      speakerId: `speaker-${index + 1}`,
      spans: [{ paragraph: index, start: 0, end: text.length }],
      confidence: 1,
    })),
    prev: { slug: 'older-post', title: at(5) },
    next: { slug: 'newer-post', title: at(6) },
  }
}

/** The home page listing that article, with its speakers. */
export function hostileLatest(article: Article): Latest {
  return {
    total: 1,
    continues: 'undated',
    posts: [
      {
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        speakers: article.speakers.slice(0, 5).map((speaker) => speaker.name),
      },
    ],
  }
}
