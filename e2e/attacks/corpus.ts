import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

/** The flag our own vectors set, and the one the detector's alert/confirm/prompt overrides set too. */
export const FLAG = '__verbatimPwned'

/** The sections of the big-list-of-naughty-strings that attack a reader: markup, SQL, direction, emoji, zalgo. */
const BLNS_SECTIONS = ['Script Injection', 'SQL Injection', 'Right-To-Left Strings', 'Emoji', 'Zalgo Text']

export interface AttackString {
  source: string
  text: string
}

/** blns.txt, read by section: a section starts with a `#` line after a blank line; other `#` lines are notes. */
export function blnsStrings(): AttackString[] {
  const require = createRequire(import.meta.url)
  const file = join(dirname(require.resolve('blns/package.json')), 'resources', 'blns.txt')
  const strings: AttackString[] = []
  let section = ''
  let previousBlank = true
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) {
      if (previousBlank) section = line.replace(/^#\s*/, '').trim()
    } else if (line.trim() !== '' && BLNS_SECTIONS.includes(section)) {
      strings.push({ source: `blns: ${section}`, text: line })
    }
    previousBlank = line.trim() === ''
  }
  return strings
}

export const DOMPURIFY_FILE = resolve('../shared/attacks/dompurify-xss.json')

/** DOMPurify's XSS fixtures, or null where ../shared is absent (the suite says so and runs the rest). */
export function dompurifyStrings(): AttackString[] | null {
  if (!existsSync(DOMPURIFY_FILE)) return null
  const cases = JSON.parse(readFileSync(DOMPURIFY_FILE, 'utf8')) as Array<{ title: string; payload: string }>
  return cases.map((item) => ({ source: `DOMPurify: ${item.title}`, text: item.payload }))
}

const set = `window.${FLAG}=1`

/** Our own: each would set the flag if it ever ran, aimed at the places a reader app is weak. */
export const OWN_VECTORS: string[] = [
  `<script>${set}</script>`,
  `</script><script>${set}</script>`,
  `</title><script>${set}</script>`,
  `</textarea><script>${set}</script>`,
  `</style><script>${set}</script>`,
  `<!--<script>${set}</script>-->`,
  `<img src=x onerror="${set}">`,
  `<svg onload="${set}"></svg>`,
  `"><img src=x onerror=${set}>`,
  `' onmouseover='${set}' data-x='`,
  `<iframe srcdoc="<script>parent.${set}</script>"></iframe>`,
  `<a href="javascript:${set}">click</a>`,
  `javascript:${set}`,
  `data:text/html,<script>${set}</script>`,
  `<base href="https://attacker.invalid/">`,
  `<meta http-equiv="refresh" content="0;url=https://attacker.invalid/">`,
  `<link rel="stylesheet" href="https://attacker.invalid/x.css">`,
  `<img src="https://attacker.invalid/pixel.gif">`,
  `<form action="https://attacker.invalid/"><button>Go</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${set}>`,
  `<noscript><p title="</noscript><img src=x onerror=${set}>">`,
  `{{constructor.constructor('${set}')()}}`,
  `\${${set}}`,
  `]]><script>${set}</script>`,
  `&lt;script&gt;${set}&lt;/script&gt;`,
  `\u2028\u2029<script>${set}</script>`,
  `\u202Eeplicra "reversed" text\u202C`,
  `__proto__`,
  `constructor`,
  `%3Cscript%3E${set}%3C/script%3E`,
]

/** Every string, de-duplicated, in a stable order. */
export function attackCorpus(): { strings: AttackString[]; dompurifyPresent: boolean } {
  const dompurify = dompurifyStrings()
  const all = [
    ...blnsStrings(),
    ...(dompurify ?? []),
    ...OWN_VECTORS.map((text) => ({ source: 'Verbatim', text })),
  ]
  const seen = new Set<string>()
  return {
    strings: all.filter(({ text }) => !seen.has(text) && seen.add(text)),
    dompurifyPresent: dompurify !== null,
  }
}
