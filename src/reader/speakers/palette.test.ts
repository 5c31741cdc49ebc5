import { readFileSync } from 'node:fs'
import { differenceCiede2000, wcagContrast } from 'culori'
import { expect, test } from 'vitest'
import { PALETTE_SIZE } from './speaker-stats.ts'

// The palette as the browser gets it: read from the stylesheet, so the test checks the colours that ship.
const css = readFileSync(new URL('../../index.css', import.meta.url), 'utf8')
const THEMES = ['light', 'dark'] as const
type Theme = (typeof THEMES)[number]

/** The block of one selector, as written in index.css. */
function block(selector: string): string {
  const at = css.indexOf(`${selector} {`)
  if (at < 0) throw new Error(`index.css has no ${selector} block`)
  return css.slice(at, css.indexOf('}', at))
}

/** A custom property's value in one theme: `light-dark(a, b)` gives a or b, anything else is the same in both. */
function variable(selector: string, name: string, theme: Theme): string {
  const match = new RegExp(`${name}:\\s*([^;]+);`).exec(block(selector))
  if (!match?.[1]) throw new Error(`${selector} has no ${name}`)
  const pair = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(match[1].trim())
  const value = pair?.[theme === 'light' ? 1 : 2] ?? match[1]
  return value.trim()
}

const speakers = Array.from({ length: PALETTE_SIZE }, (_, index) => `.speaker-${index}`)
const difference = differenceCiede2000()

function pairs<T>(items: readonly T[]): Array<[T, T]> {
  return items.flatMap((a, index) => items.slice(index + 1).map((b): [T, T] => [a, b]))
}

// The colour that names a speaker (chip, ring, underline, sidebar) must never be mistaken for another's: 20
// apart. Tints stay pale so that a page of quotations still reads quietly; at 12 apart they are told apart at a
// glance, and the chip's number settles any doubt.
const APART = { '--speaker': 20, '--speaker-tint': 12 }

test.each(THEMES)('in the %s theme the speakers’ colours are at least 20 apart (CIEDE2000)', (theme) => {
  for (const [name, least] of Object.entries(APART)) {
    for (const [a, b] of pairs(speakers)) {
      const distance = difference(variable(a, name, theme), variable(b, name, theme))
      expect(distance, `${name} of ${a} and ${b}`).toBeGreaterThanOrEqual(least)
    }
  }
})

test.each(THEMES)('in the %s theme text keeps AA contrast on every tint, and lines on the page', (theme) => {
  const page = variable(':root', '--page', theme)
  for (const speaker of [...speakers, '.speaker-none']) {
    const tint = variable(speaker, '--speaker-tint', theme)
    // Ink for the quoted words; muted for a followed speaker's row in the sidebar, which takes the tint too.
    for (const text of ['--ink', '--muted']) {
      const contrast = wcagContrast(variable(':root', text, theme), tint)
      expect(contrast, `${text} on the tint of ${speaker}`).toBeGreaterThanOrEqual(4.5)
    }
    const line = variable(speaker, '--speaker', theme)
    expect(wcagContrast(line, page), `the line of ${speaker} on the page`).toBeGreaterThanOrEqual(4.5)
  }
})

test('every speaker past the palette shares one neutral, distinct from each colour', () => {
  expect(css).not.toContain(`.speaker-${PALETTE_SIZE} {`)
  for (const theme of THEMES) {
    const neutral = variable('.speaker-none', '--speaker', theme)
    for (const speaker of speakers) {
      expect(difference(neutral, variable(speaker, '--speaker', theme))).toBeGreaterThanOrEqual(10)
    }
  }
})
