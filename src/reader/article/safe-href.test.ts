import { expect, test } from 'vitest'
import { safeHref } from './safe-href.ts'

test.each([
  ['https://courier.example/a?b=1#c', 'https://courier.example/a?b=1#c'],
  ['HTTP://Courier.Example', 'http://courier.example/'],
  ['mailto:desk@courier.example', 'mailto:desk@courier.example'],
  ['javascript:alert(1)', null],
  [' JaVaScRiPt:alert(1)', null],
  ['java\tscript:alert(1)', null],
  ['data:text/html,<script>alert(1)</script>', null],
  ['vbscript:msgbox(1)', null],
  ['//evil.example/x', null],
  ['/relative/path', null],
  ['not a url', null],
])('%s → %s', (url, href) => {
  expect(safeHref(url)).toBe(href)
})
