/**
 * `npm run calibrate -- [DIR…]`: measures, on PolNeAR train and shared/gold (or the DIRs), how often each way of finding a speaker
 * names the right one, and writes src/quotes/calibration.ts, the table the engine's confidence comes from.
 * Develop on train, check on dev: `npm run eval -- ../shared/corpora/polnear/dev` prints the reliability table,
 * `npm run calibrate -- --check DIR` the table as measured on DIR, without writing it.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { evidenceKey, patternOf, type Calibration } from '../src/quotes/confidence.ts'
import { analyseQuotes } from '../src/quotes/extract.ts'
import { predictionsOf } from './evaluate.ts'
import { loadGold } from './gold.ts'
import { attributionRight, judge, type Predicted } from './score.ts'

const args = process.argv.slice(2)
/** `--check`: print the table measured on the DIRs (say, dev) without writing it. */
const check = args.includes('--check')
const dirs = args.filter((arg) => !arg.startsWith('--')).map((dir) => resolve(dir))
if (dirs.length === 0) dirs.push(resolve('../shared/corpora/polnear/train'), resolve('../shared/gold'))
const OUT = resolve('src/quotes/calibration.ts')
/** Fewer attributions than this made some way, and that way borrows the figure of a wider group. */
const MIN_SAMPLE = 30

interface Tally {
  attributions: number
  right: number
}
const byEvidence = new Map<string, Tally>()
const byPattern = new Map<string, Tally>()
const byVia = new Map<string, Tally>()
const overall: Tally = { attributions: 0, right: 0 }
const unattributed = { found: 0, matched: 0 }
const count = (map: Map<string, Tally>, key: string, right: boolean) => {
  const tally = map.get(key) ?? { attributions: 0, right: 0 }
  tally.attributions++
  if (right) tally.right++
  map.set(key, tally)
}

const cases = dirs.flatMap((dir) => loadGold(dir))
if (cases.length === 0) {
  console.error(`calibrate: no annotated articles in ${dirs.join(', ')}`)
  process.exit(1)
}
for (const gold of cases) {
  // Every speaker the engine would name, however unsure: the table decides which it keeps.
  const { extraction, evidence } = analyseQuotes(gold.paragraphs, { abstain: false })
  const predicted = predictionsOf(gold.paragraphs, extraction)
  const verdicts = judge(gold.scheme, gold.quotes, predicted)
  for (const pair of verdicts.pairs) {
    const prediction = pair.predicted as Predicted
    const key = evidenceKey(evidence.get(prediction.quote) ?? 'none')
    // PolNeAR's source at a pronoun cue is the pronoun: what "he" was resolved to is judged only where the
    // gold resolves it (shared/gold's names).
    if (gold.scheme === 'mentions' && /\/pronoun[^/]*$/.test(key)) continue
    const right = attributionRight(verdicts, pair)
    if (right === null) continue
    count(byEvidence, key, right)
    count(byPattern, patternOf(key), right)
    count(byVia, key.slice(key.lastIndexOf('/') + 1), right)
    overall.attributions++
    if (right) overall.right++
  }
  // How often a quotation with no speaker is a quotation at all.
  const unattributedQuotes = (item: Predicted) => item.speaker === null && item.part === 0
  unattributed.found += predicted.filter(unattributedQuotes).length
  unattributed.matched += verdicts.pairs.filter((pair) =>
    unattributedQuotes(pair.predicted as Predicted),
  ).length
}

/** The share right, pulled a little towards the overall share (two pseudo-counts), to two decimals. */
const prior = overall.right / overall.attributions
const share = ({ attributions, right }: Tally) =>
  Math.round(((right + 2 * prior) / (attributions + 2)) * 100) / 100
const table = (map: Map<string, Tally>) =>
  Object.fromEntries(
    [...map]
      .filter(([, tally]) => tally.attributions >= MIN_SAMPLE)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, tally]) => [key, share(tally)]),
  )
const calibration: Calibration = {
  byEvidence: table(byEvidence),
  byPattern: table(byPattern),
  byVia: table(byVia),
  overall: Math.round(prior * 100) / 100,
  unattributed: Math.round((unattributed.matched / Math.max(1, unattributed.found)) * 100) / 100,
}
const source = `// Written by \`npm run calibrate\` (bench/calibrate.ts) from ${cases.length} annotated articles (PolNeAR train;
// pronouns judged on shared/gold, whose speakers are resolved), ${overall.attributions} attributions: the share
// made each way that named the right speaker. Regenerate after changing how the engine finds speakers.
import type { Calibration } from './confidence.ts'

export const CALIBRATION: Calibration = ${JSON.stringify(calibration, null, 2)}
`
if (!check) {
  writeFileSync(OUT, source)
  console.log(`wrote ${OUT}`)
}
for (const [key, tally] of [...byEvidence].sort((a, b) => b[1].attributions - a[1].attributions))
  console.log(
    `${key.padEnd(48)} ${String(tally.right).padStart(5)}/${String(tally.attributions).padEnd(5)}  ${share(tally).toFixed(2)}`,
  )
