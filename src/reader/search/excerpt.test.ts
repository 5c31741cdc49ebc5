import { describe, expect, test } from 'vitest'
import { excerptParts } from './excerpt.ts'

describe('excerptParts', () => {
  test('matched words are marked parts; the rest is text', () => {
    expect(excerptParts('the ferry to <mark>Pellwick</mark> runs <mark>again</mark>.')).toEqual([
      { text: 'the ferry to ', marked: false },
      { text: 'Pellwick', marked: true },
      { text: ' runs ', marked: false },
      { text: 'again', marked: true },
      { text: '.', marked: false },
    ])
  })

  test('escaped text comes back as the characters it stands for, never as markup', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; &amp; <mark>O&#39;Neil</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> & ', marked: false },
      { text: "O'Neil", marked: true },
    ])
  })

  test('any other tag is dropped, and an unclosed mark is plain text', () => {
    expect(excerptParts('<b>bold</b> <mark>word')).toEqual([{ text: 'bold word', marked: false }])
    expect(excerptParts('')).toEqual([])
  })
})
