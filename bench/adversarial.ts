/**
 * `npm run bench:adversarial`: time per MB of extractQuotes (bundled, as it ships) on hostile text as the input grows ×10, so that
 * anything worse than linear shows as a rising ms/MB. Prints figures; never fails on them.
 */
import { recordFigures } from './record.ts'
import { loadShippedEngine } from './shipped-engine.ts'

const extractQuotes = await loadShippedEngine()

const SHAPES: Record<string, (bytes: number) => string[]> = {
  'unmatched quotation marks': (bytes) => [fill('and then “he said ', bytes)],
  'one paragraph of cues': (bytes) => [fill('He said the word and ', bytes)],
  apostrophes: (bytes) => [fill("don't it's the Pakistanis' '90s ", bytes)],
  'quoted paragraphs': (bytes) =>
    Array.from(
      { length: Math.max(1, Math.round(bytes / 70)) },
      (_, index) => `"Quote ${index} is here," Ada Quell said. She added it was fine.`,
    ),
}

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / unit.length)))
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
}

const rows: Array<{ shape: string; megabytes: number; ms: number; msPerMegabyte: number }> = []
console.log('shape                        size      ms    ms/MB')
for (const [name, make] of Object.entries(SHAPES)) {
  for (const bytes of [10_000, 100_000, 1_000_000]) {
    const paragraphs = make(bytes)
    const size = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0)
    extractQuotes(paragraphs)
    // Small inputs take more rounds, so timer noise does not pass for a cost per MB.
    const runs = Array.from({ length: Math.min(50, Math.max(5, Math.round(200_000 / size))) }, () => {
      const start = performance.now()
      extractQuotes(paragraphs)
      return performance.now() - start
    })
    const ms = median(runs)
    rows.push({
      shape: name,
      megabytes: Number((size / 1e6).toFixed(2)),
      ms: Number(ms.toFixed(1)),
      msPerMegabyte: Math.round(ms / (size / 1e6)),
    })
    console.log(
      `${name.padEnd(28)} ${`${(size / 1e6).toFixed(2)} MB`.padStart(8)} ${ms.toFixed(1).padStart(7)} ${(ms / (size / 1e6)).toFixed(0).padStart(8)}`,
    )
  }
}

const marks = (SHAPES['unmatched quotation marks']?.(1_000_000)[0] ?? '').split('“').length - 1
const apostrophes = (SHAPES.apostrophes?.(1_000_000)[0] ?? '').split("'").length - 1
console.log(
  `At 1 MB: ${marks.toLocaleString('en')} unmatched quotation marks; ${apostrophes.toLocaleString('en')} apostrophes.`,
)
await recordFigures('adversarial', {
  unmatchedMarksPerMegabyte: marks,
  apostrophesPerMegabyte: apostrophes,
  rows,
})
