import { displayName } from '../article/display-name.ts'
import { fictionNote } from '../article/fiction.ts'
import {
  LATEST_SIZE,
  monthOf,
  type ArchiveIndex,
  type Latest,
  type MonthKey,
  type MonthPage,
} from '../article/post-archive.ts'
import type { Article, PostSummary } from '../article/schema.ts'
import { contributionOf, type SpeakerContribution } from './speakers.ts'

/**
 * What the archive keeps of a post while it is made: enough to order it, link its neighbours, list it and
 * page its speakers, and far less than the post itself (ingest.ts reads the post again only to write it).
 */
export interface Post {
  /** The input file, for ordering ties and error messages. */
  file: string
  /** Where the build cache keeps the post, if it does. */
  key: string | null
  summary: PostSummary
  quoteCount: number
  speakerCount: number
  speakers: SpeakerContribution
}

export function postOf(file: string, key: string | null, article: Article): Post {
  return {
    file,
    key,
    summary: summaryOf(article),
    quoteCount: article.quotes.length,
    speakerCount: article.speakers.length,
    speakers: contributionOf(article),
  }
}

/**
 * Oldest first: by publication date, undated posts before dated ones (an undated post is taken to be from
 * before the archive kept dates), then by file name.
 */
export function orderPosts(posts: readonly Post[]): Post[] {
  const key = (post: Post) => post.summary.published ?? ''
  return [...posts].sort((a, b) => key(a).localeCompare(key(b)) || a.file.localeCompare(b.file))
}

/** A post's older (`prev`) and newer (`next`) neighbours in the archive, oldest first. */
export function neighboursOf(ordered: readonly Post[], index: number): Pick<Article, 'prev' | 'next'> {
  const older = ordered[index - 1]?.summary
  const newer = ordered[index + 1]?.summary
  return {
    prev: older ? { slug: older.slug, title: older.title } : null,
    next: newer ? { slug: newer.slug, title: newer.title } : null,
  }
}

/** Who a post quotes, most-quoted first, for lists: the name readers see, and the id of their speaker page. */
export function quotedSpeakers(article: Article): Array<{ name: string; id: string | null }> {
  const counts = new Map<string, number>()
  for (const quote of article.quotes)
    if (quote.speakerId) counts.set(quote.speakerId, (counts.get(quote.speakerId) ?? 0) + 1)
  return article.speakers
    .map((speaker, order) => ({
      name: displayName(speaker, article.paragraphs),
      id: speaker.archiveId ?? null,
      count: counts.get(speaker.id) ?? 0,
      order,
    }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ name, id }) => ({ name, id }))
}

function summaryOf(article: Article): PostSummary {
  const quoted = quotedSpeakers(article)
  return {
    slug: article.slug,
    title: article.title,
    ...(article.published ? { published: article.published } : {}),
    summary: article.summary,
    speakers: quoted.map((speaker) => speaker.name),
    // Beside the names, each one's speaker page (null for a source without one), for links.
    speakerIds: quoted.map((speaker) => speaker.id),
    ...(fictionNote(article.paragraphs) ? { fiction: true as const } : {}),
  }
}

/**
 * The archive's pages from the posts, oldest first (orderPosts): the home page's newest posts, one page per
 * month with posts, newest first, and the list of those months. A post changes only its own month's page and
 * the two lists; a month's neighbours change only when a month gains its first post or loses its last.
 */
export function archivePages(ordered: readonly Post[]): {
  latest: Latest
  months: MonthPage[]
  index: ArchiveIndex
} {
  const newestFirst = [...ordered].reverse().map((post) => post.summary)
  const byMonth = new Map<MonthKey, PostSummary[]>()
  for (const summary of newestFirst) {
    const month = monthOf(summary.published)
    const posts = byMonth.get(month)
    if (posts) posts.push(summary)
    else byMonth.set(month, [summary])
  }
  const keys = [...byMonth.keys()]
  const latestPosts = newestFirst.slice(0, LATEST_SIZE)
  const oldestShown = latestPosts[latestPosts.length - 1]
  return {
    latest: {
      total: newestFirst.length,
      posts: latestPosts,
      continues: oldestShown ? monthOf(oldestShown.published) : null,
    },
    months: keys.map((month, index) => ({
      month,
      posts: byMonth.get(month) ?? [],
      newer: keys[index - 1] ?? null,
      older: keys[index + 1] ?? null,
    })),
    index: {
      total: newestFirst.length,
      months: keys.map((month) => ({ month, count: byMonth.get(month)?.length ?? 0 })),
    },
  }
}
