/**
 * `npm run bench:fuzz`: the engine's fast-check properties (src/quotes/fuzz.ts) at 10,000 runs each, where
 * CI's unit tests run 300. Prints runs, failures and time; a failure prints its counterexample and exits 1,
 * since a broken property is a bug, not a figure.
 */
import fc from 'fast-check'
import { arbitraryTextIsSound, newsLikeIsSound, plantedQuotationIsFound } from '../src/quotes/fuzz.ts'
import { recordFigures } from './record.ts'

const RUNS = Number(process.env.FC_RUNS ?? 10_000)
const PROPERTIES = {
  'news-like articles are sound': newsLikeIsSound,
  'arbitrary text (astral characters included) is sound': arbitraryTextIsSound,
  'planted quotations are found exactly (oracle)': plantedQuotationIsFound,
} as const

const results: Array<{ property: string; runs: number; failed: boolean; seconds: number }> = []
console.log(`property${' '.repeat(48)}runs   failed   seconds`)
for (const [name, property] of Object.entries(PROPERTIES)) {
  const started = performance.now()
  const details = await fc.check(property as fc.IRawProperty<unknown[]>, { numRuns: RUNS })
  const seconds = (performance.now() - started) / 1000
  results.push({ property: name, runs: details.numRuns, failed: details.failed, seconds })
  console.log(
    `${name.padEnd(56)}${String(details.numRuns).padStart(6)}   ${details.failed ? 'YES' : 'no '}   ${seconds.toFixed(1).padStart(7)}`,
  )
  if (details.failed) {
    console.error(fc.defaultReportMessage(details))
    process.exitCode = 1
  }
}
const total = results.reduce((sum, result) => sum + result.runs, 0)
console.log(`${total} cases in all; ${results.filter((r) => r.failed).length} failed`)
await recordFigures('fuzz', { runsPerProperty: RUNS, cases: total, results })
