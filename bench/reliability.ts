/**
 * `npm run reliability`: writes docs/RELIABILITY.md from the figures the tests and benchmarks saved under
 * reports/figures/ (ignored by git). Run it after `npm test` and the benchmarks, and commit the document it
 * writes. Nothing in the document is typed by hand; a figure missing because its suite has not run says so.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { FIGURES_DIR } from './record.ts'

const DIR = FIGURES_DIR
const OUT = resolve('docs/RELIABILITY.md')

type Figures = Record<string, unknown> & { measured?: string }

function read(name: string): Figures | null {
  const file = join(DIR, `${name}.json`)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Figures) : null
}

function readAll(folder: string): Figures[] {
  const dir = join(DIR, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Figures)
}

const day = (figures: Figures | null | undefined) => figures?.measured?.slice(0, 10) ?? 'not yet measured'
const count = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en') : '—')
const notRun = (what: string) => `_Not measured yet: run ${what}._\n`

function journeys(category: string): string {
  const list = readAll(join('journeys', category))
  if (list.length === 0) return notRun('`npm test`')
  const passed = list.filter((item) => item.status === 'passed').length
  const lines = list.map(
    (item) => `- ${item.status === 'passed' ? '✓' : `✗ (${String(item.status)})`} ${String(item.title)}`,
  )
  return `${passed} of ${list.length} journeys passed (last run ${day(list.at(-1))}):\n\n${lines.join('\n')}\n`
}

/** A Markdown table: a header row, then rows; columns named with a leading ">" are right-aligned numbers. */
function table(columns: string[], rows: unknown[][]): string {
  const cell = (value: unknown) => String(value).replace(/\|/g, '\\|')
  return [
    `| ${columns.map((column) => column.replace(/^>/, '')).join(' | ')} |`,
    `| ${columns.map((column) => (column.startsWith('>') ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n')
}

function attacks(): string {
  const corpus = read('attacks/corpus')
  if (!corpus) return notRun('`npm test`')
  const ingest = read('attacks/ingest')
  const runs = readdirSync(join(DIR, 'attacks'))
    .filter((name) => name.startsWith('batch-'))
    .map((name) => read(`attacks/${name.replace(/\.json$/, '')}`) ?? {})
  const sum = (key: string) => runs.reduce((total, item) => total + (Number(item[key]) || 0), 0)
  return [
    `${count(corpus.strings)} attack strings (${day(corpus)}), in ${count(corpus.batches)} articles that carry them in`,
    'every field (title, summary, byline, source name and address, paragraphs, speaker names and roles, the',
    'titles of the neighbouring posts), each read three ways: listed on the prerendered archive, after a move',
    'there (JSON validated in the browser), and as a fresh prerendered load that hydrates. Plus one file of',
    'each input format (txt, md, html, json) holding all of them, through the real ingest, read the same ways.',
    '',
    table(
      ['Source', '>Strings'],
      Object.entries(corpus.bySource as Record<string, number>).map(([source, number]) => [
        source,
        count(number),
      ]),
    ),
    table(
      ['Found', '>Articles', '>Ingest'],
      [
        ['Executions (alert/confirm/prompt/print, dialogs, the global flag)', 'executions'],
        ['CSP or Trusted Types violations', 'violations'],
        ['Requests leaving the origin', 'offsite'],
      ].map(([label, key = '']) => [label, count(sum(key)), count(ingest?.[key])]),
    ),
    journeys('attacks'),
  ].join('\n')
}

function hugePost(): string {
  const huge = read('huge-post')
  const prerendered = read('huge-post-prerendered')
  if (!huge) return notRun('`npm test`')
  const fresh = prerendered
    ? ` The same post prerendered (${(Number(prerendered.htmlBytes) / 1e6).toFixed(1)} MB of HTML) and loaded fresh hydrates without an error; its longest task was ${count(prerendered.longestTaskMs)} ms, recorded, not held to the target.\n`
    : ''
  return `A post of ${count(huge.paragraphs)} paragraphs and ${count(huge.quotations)} quotations (${(Number(huge.bytes) / 1e6).toFixed(1)} MB of JSON), opened by a move: the longest task was ${count(huge.longestTaskMs)} ms (${count(huge.longTasks)} tasks over 50 ms; the target is none over 200 ms) on ${day(huge)}.${fresh}\n`
}

function fuzz(): string {
  const figures = read('fuzz')
  if (!figures) return notRun('`npm run bench:fuzz`')
  const results = figures.results as Array<{
    property: string
    runs: number
    failed: boolean
    seconds: number
  }>
  return [
    `\`npm run bench:fuzz\` (${day(figures)}): ${count(figures.cases)} generated cases; CI runs 300 per property.`,
    '',
    table(
      ['Property', '>Runs', 'Failed', '>Seconds'],
      results.map((result) => [
        result.property,
        count(result.runs),
        result.failed ? 'yes' : 'no',
        result.seconds.toFixed(1),
      ]),
    ),
  ].join('\n')
}

function adversarial(): string {
  const figures = read('adversarial')
  if (!figures) return notRun('`npm run bench:adversarial`')
  const rows = figures.rows as Array<{ shape: string; megabytes: number; ms: number; msPerMegabyte: number }>
  return [
    `\`npm run bench:adversarial\` (${day(figures)}), the engine bundled as it ships; at 1 MB the inputs hold ${count(figures.unmatchedMarksPerMegabyte)} unmatched quotation marks and ${count(figures.apostrophesPerMegabyte)} apostrophes. A flat ms/MB as the input grows ×10 means linear time.`,
    '',
    table(
      ['Input', '>MB', '>ms', '>ms/MB'],
      rows.map((row) => [row.shape, row.megabytes.toFixed(2), row.ms.toFixed(1), row.msPerMegabyte]),
    ),
  ].join('\n')
}

function ingest(): string {
  const figures = read('ingest')
  if (!figures) return notRun('`npm test`')
  const refused = figures.refused as Array<{ input: string; message: string }>
  return [
    `Each refused with one line naming the file, the good files beside it still written, no partial file, exit code 1 (${day(figures)}):`,
    '',
    table(
      ['Input', 'Message'],
      refused.map((item) => [item.input, item.message]),
    ),
  ].join('\n')
}

const document = `# Reliability

Written by \`npm run reliability\` from the figures the tests and benchmarks save in \`${relative(process.cwd(), DIR)}/\`;
do not edit by hand. \`npm test\` saves the test figures there (an ignored folder); the engine's come from
\`npm run bench:fuzz\` and \`npm run bench:adversarial\`. This file changes only when \`npm run reliability\` is run.

## Hostile text

${attacks()}
## Broken data

Every kind of damage yields the article with the bad parts dropped (and a console warning naming them) or a
clear error page with a way home; never a blank page or an uncaught error, and one request, not retries.

${journeys('broken-data')}
${hugePost()}
## Faults

${journeys('faults')}
## Content-Security-Policy

${journeys('content-security-policy')}
## Accessibility

axe-core with wcag2a, wcag2aa, wcag21a, wcag21aa and wcag22aa, in light and dark, and a keyboard-only walk.

${journeys('accessibility')}
## The engine under attack

${fuzz()}
${adversarial()}
## Ingest under attack

${ingest()}`

writeFileSync(OUT, document)
console.log(`reliability: ${relative(process.cwd(), OUT)} written`)
