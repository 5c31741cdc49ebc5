import { displayName } from '../article/display-name.ts'
import { fictionNote } from '../article/fiction.ts'
import { PAGE_SIZE, type Article, type Page, type PostSummary } from '../article/schema.ts'

export interface Post {
  /** The input file, for ordering ties and error messages. */
  file: string
  article: Article
}

/**
 * Oldest first: by publication date, undated posts before dated ones (an undated post is taken to be from
 * before the archive kept dates), then by file name.
 */
export function orderPosts(posts: readonly Post[]): Post[] {
  const key = (post: Post) => post.article.published ?? ''
  return [...posts].sort((a, b) => key(a).localeCompare(key(b)) || a.file.localeCompare(b.file))
}

/** Each post with its older (`prev`) and newer (`next`) neighbour. */
export function linkNeighbours(ordered: readonly Post[]): Post[] {
  return ordered.map((post, index) => {
    const older = ordered[index - 1]?.article
    const newer = ordered[index + 1]?.article
    return {
      ...post,
      article: {
        ...post.article,
        prev: older ? { slug: older.slug, title: older.title } : null,
        next: newer ? { slug: newer.slug, title: newer.title } : null,
      },
    }
  })
}

/** Who a post quotes, most-quoted first, for lists. */
export function quotedNames(article: Article): string[] {
  const counts = new Map<string, number>()
  for (const quote of article.quotes)
    if (quote.speakerId) counts.set(quote.speakerId, (counts.get(quote.speakerId) ?? 0) + 1)
  return article.speakers
    .map((speaker, order) => ({
      name: displayName(speaker, article.paragraphs),
      count: counts.get(speaker.id) ?? 0,
      order,
    }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((entry) => entry.name)
}

function summaryOf(article: Article): PostSummary {
  return {
    slug: article.slug,
    title: article.title,
    ...(article.published ? { published: article.published } : {}),
    summary: article.summary,
    speakers: quotedNames(article),
    ...(fictionNote(article.paragraphs) ? { fiction: true as const } : {}),
  }
}

/** The home page's pages: newest first, PAGE_SIZE posts each; an empty archive still has page 1. */
export function paginate(ordered: readonly Post[]): Page[] {
  const newestFirst = [...ordered].reverse().map((post) => summaryOf(post.article))
  const pageCount = Math.max(1, Math.ceil(newestFirst.length / PAGE_SIZE))
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    total: newestFirst.length,
    posts: newestFirst.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE),
  }))
}
