import { describe, expect, test } from 'vitest'
import { savedPostSlug } from './saved-posts.tsx'

describe('savedPostSlug', () => {
  test("a post's data file gives its slug", () => {
    expect(savedPostSlug('https://verbatim.example/data/posts/2026-09-harbour-bridge.json')).toBe(
      '2026-09-harbour-bridge',
    )
  })

  test('any other saved file is not a post', () => {
    for (const address of [
      'https://verbatim.example/data/latest.json',
      'https://verbatim.example/data/archive/2026-09.json',
      'https://verbatim.example/data/speakers/john-kirby/latest.json',
      'https://verbatim.example/posts/2026-09-harbour-bridge',
      'https://verbatim.example/data/posts/nested/slug.json',
      'https://verbatim.example/data/posts/.json',
    ])
      expect(savedPostSlug(address), address).toBeNull()
  })
})
