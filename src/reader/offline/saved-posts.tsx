import { useEffect, useState } from 'react'
import { SLUG_PATTERN } from '../../article/schema.ts'
import { dataUrl } from '../data/fetch-json.ts'
import { postDataPath } from '../data/data-paths.ts'
import { PostListSection, type ListedPost } from '../shared/post-list.tsx'
import { OFFLINE_CACHES } from './offline-paths.ts'

const SHOWN = 20

/** What comes before and after a slug in a post's data address: `/data/posts/` and `.json`. */
const [POST_DATA_BEFORE = '', POST_DATA_AFTER = ''] = dataUrl(postDataPath('\0')).split('\0')

/** The slug in a saved data file's address (`…/data/posts/<slug>.json`), or null for any other file. */
export function savedPostSlug(address: string): string | null {
  const { pathname } = new URL(address, 'http://localhost')
  if (!pathname.startsWith(POST_DATA_BEFORE) || !pathname.endsWith(POST_DATA_AFTER)) return null
  const slug = pathname.slice(POST_DATA_BEFORE.length, pathname.length - POST_DATA_AFTER.length)
  return SLUG_PATTERN.test(slug) ? slug : null
}

/** The posts kept for offline reading, the latest kept first: only title and date are read from each. */
async function savedPosts(): Promise<ListedPost[]> {
  if (typeof caches === 'undefined' || !(await caches.has(OFFLINE_CACHES.data))) return []
  const cache = await caches.open(OFFLINE_CACHES.data)
  const saved = (await cache.keys())
    .map((request) => ({ request, slug: savedPostSlug(request.url) }))
    .filter((entry): entry is { request: Request; slug: string } => entry.slug !== null)
    .reverse()
  const posts = await Promise.all(
    saved.slice(0, SHOWN).map(async ({ request, slug }): Promise<ListedPost | null> => {
      const data = (await (await cache.match(request))?.json().catch(() => null)) as {
        title?: unknown
        published?: unknown
      } | null
      if (typeof data?.title !== 'string') return null
      return {
        slug,
        title: data.title,
        published: typeof data.published === 'string' ? data.published : undefined,
      }
    }),
  )
  return posts.filter((post) => post !== null)
}

/**
 * What can be read offline instead: the posts this browser kept. Offered on the page that says the one asked
 * for was not kept; each opens from its saved copy.
 */
export function SavedPosts() {
  const [posts, setPosts] = useState<ListedPost[] | null>(null)
  useEffect(() => {
    let current = true
    savedPosts()
      .catch(() => [])
      .then((found) => current && setPosts(found))
    return () => {
      current = false
    }
  }, [])
  if (posts === null) return null
  return (
    <PostListSection
      headingId="saved-title"
      heading="Saved for reading offline"
      posts={posts}
      empty="Nothing yet: each post you open while online is kept on this device."
    />
  )
}
