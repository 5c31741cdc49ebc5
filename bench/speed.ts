/**
 * `npm run bench`: how fast extractQuotes reads the annotated articles, beside compromise's quotations() and
 * people() on the same texts. Prints figures; never fails on them.
 */
import { resolve } from 'node:path'
import nlp from 'compromise'
import { countWords } from '../src/article/text.ts'
import { loadGold } from './gold.ts'
import { loadShippedEngine } from './shipped-engine.ts'

const extractQuotes = await loadShippedEngine()

const goldDir = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '../shared/gold')
const ROUNDS = 200
const WARM_UP = 50

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

function time(run: () => unknown, rounds: number): number {
  for (let round = 0; round < WARM_UP; round++) run()
  const samples: number[] = []
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint()
    run()
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return median(samples)
}

const cases = loadGold(goldDir)
// Warm every path of both libraries on every article before timing any of them.
for (let round = 0; round < WARM_UP; round++) {
  for (const gold of cases) {
    extractQuotes(gold.paragraphs)
    nlp(gold.paragraphs.join('\n\n')).quotations()
  }
}
console.log(
  `extractQuotes vs compromise on ${cases.length} articles from ${goldDir} (median of ${ROUNDS} runs)\n`,
)
console.log('article                    words   engine ms  ms/1k words    MB/s  compromise ms   ×faster')
let engineTotal = 0
let compromiseTotal = 0
let wordsTotal = 0
let bytesTotal = 0
for (const gold of cases) {
  const text = gold.paragraphs.join('\n\n')
  const words = countWords(text)
  const bytes = Buffer.byteLength(text, 'utf8')
  const engine = time(() => extractQuotes(gold.paragraphs), ROUNDS)
  const compromise = time(
    () => {
      const doc = nlp(text)
      return [doc.quotations().out('array'), doc.people().out('array')]
    },
    Math.max(20, ROUNDS / 10),
  )
  engineTotal += engine
  compromiseTotal += compromise
  wordsTotal += words
  bytesTotal += bytes
  console.log(
    `${gold.name.padEnd(26)} ${String(words).padStart(5)} ${engine.toFixed(3).padStart(11)} ${((engine * 1000) / words).toFixed(3).padStart(12)} ${(bytes / 1e6 / (engine / 1000)).toFixed(1).padStart(7)} ${compromise.toFixed(2).padStart(14)} ${(compromise / engine).toFixed(0).padStart(9)}`,
  )
}
console.log(
  `${'all'.padEnd(26)} ${String(wordsTotal).padStart(5)} ${engineTotal.toFixed(3).padStart(11)} ${((engineTotal * 1000) / wordsTotal).toFixed(3).padStart(12)} ${(bytesTotal / 1e6 / (engineTotal / 1000)).toFixed(1).padStart(7)} ${compromiseTotal.toFixed(2).padStart(14)} ${(compromiseTotal / engineTotal).toFixed(0).padStart(9)}`,
)
