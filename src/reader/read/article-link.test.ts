import { expect, test } from 'vitest'
import type { Article } from '../../article/schema.ts'
import { articleAsText, articleFragment, carriedArticle, carriesArticle } from './article-link.ts'
import { readArticle } from './read-article.ts'

function read(text: string): Article {
  const result = readArticle({ text })
  if (!result.ok) throw new Error(result.message)
  return result.article
}

const LONG = `Ferry crossing to reopen\n\n${'“The pier is sound,” Harbour Commissioner Ines Marrow said. '.repeat(200)}`

test('a link carries the article as read — headline, text, date, byline, source — and it reads back the same', async () => {
  const article = {
    ...read(LONG),
    published: '2026-11-03',
    byline: 'Ana Velt',
    source: { name: 'Tollbridge Courier', url: 'https://courier.example/ferry' },
  }
  const fragment = await articleFragment(article)
  expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+$/)
  expect(fragment.length).toBeLessThan(articleAsText(article).length / 4)
  const carried = await carriedArticle(`#${fragment}~q3`)
  expect(carried).toEqual({
    title: article.title,
    paragraphs: article.paragraphs,
    published: '2026-11-03',
    byline: 'Ana Velt',
    source: { name: 'Tollbridge Courier', url: 'https://courier.example/ferry' },
  })
  const again = readArticle({ carried: carried as NonNullable<typeof carried> })
  if (!again.ok) throw new Error(again.message)
  expect(again.article.quotes).toEqual(article.quotes)
})

test('a fragment that carries no article, one cut short, or one that inflates past any article gives none', async () => {
  const fragment = await articleFragment(read(LONG))
  expect(carriesArticle('#main')).toBe(false)
  expect(carriesArticle('#q3')).toBe(false)
  expect(carriesArticle(`#${fragment}~q3`)).toBe(true)
  expect(await carriedArticle(`#${fragment.slice(0, fragment.length - 6)}`)).toBeNull()
  expect(await carriedArticle('#a=not*base64')).toBeNull()
  // Five megabytes of one letter compress to a few kilobytes: a link that small must still not inflate that far.
  const bomb = await articleFragment({ ...read(LONG), paragraphs: ['a'.repeat(7_000_000)] })
  expect(bomb.length).toBeLessThan(64_000)
  expect(await carriedArticle(`#${bomb}`)).toBeNull()
})

test('the saved file reads back as the same article', () => {
  const article = read(LONG)
  const again = readArticle({ text: articleAsText(article), fileName: 'article.txt' })
  if (!again.ok) throw new Error(again.message)
  expect(again.article.paragraphs).toEqual(article.paragraphs)
  expect(again.article.quotes).toEqual(article.quotes)
})
