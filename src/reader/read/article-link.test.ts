import { expect, test } from 'vitest'
import { articleFragment, inputFromFragment } from './article-link.ts'

test('an article goes into a fragment and comes back whole, compressed and safe in an address', async () => {
  const input = { text: `Headline\n\n${'“Quoted words,” she said. '.repeat(200)}`, fileName: 'story.md' }
  const fragment = await articleFragment(input)
  expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+$/)
  expect(fragment.length).toBeLessThan(input.text.length / 4)
  expect(await inputFromFragment(`#${fragment}`)).toEqual(input)
  expect(await inputFromFragment(`#${await articleFragment({ text: 'Pasted' })}`)).toEqual({ text: 'Pasted' })
})

test('a fragment that carries no article, or one cut short, gives none', async () => {
  const fragment = await articleFragment({ text: 'Headline\n\nText.' })
  expect(await inputFromFragment('#q3')).toBeNull()
  expect(await inputFromFragment(`#${fragment.slice(0, fragment.length - 6)}`)).toBeNull()
  expect(await inputFromFragment('#a=not*base64')).toBeNull()
})
