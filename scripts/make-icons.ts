/**
 * `npx tsx scripts/make-icons.ts`: the app icons in public/icons/, drawn from the favicon's design (a quotation
 * mark on the accent blue) and rendered to PNG by Chromium, at the sizes a phone's home screen asks for. The
 * maskable icon fills its square and keeps the mark inside the safe zone (the middle 80%), so a launcher can cut
 * it to any shape. Run once when the design changes; the PNGs are committed.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const OUT = join(import.meta.dirname, '..', 'public', 'icons')
const ACCENT = '#0072B2'
/** The mark's font size in the 32-unit square: a quotation mark is a small glyph high in its line. */
const MARK = 36

/** The mark on its background: `radius` rounds the corners (0 for a maskable icon), `scale` sizes the mark. */
const icon = (radius: number, scale: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${radius}" fill="${ACCENT}"/>
  <text x="16" y="${16 + 0.6 * MARK * scale}" font-family="Georgia, 'DejaVu Serif', serif"
    font-size="${MARK * scale}" text-anchor="middle" fill="#fff">“</text></svg>`

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: icon(6, 1) },
  { file: 'icon-512.png', size: 512, svg: icon(6, 1) },
  { file: 'icon-maskable-512.png', size: 512, svg: icon(0, 0.75) },
  { file: 'apple-touch-icon.png', size: 180, svg: icon(0, 0.9) },
]

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}) })
mkdirSync(OUT, { recursive: true })
for (const { file, size, svg } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  )
  await page.screenshot({ path: join(OUT, file), omitBackground: true })
  await page.close()
  console.log(`${file}: ${size}×${size}`)
}
await browser.close()
