/**
 * `npm run eval -- [DIR] [--articles] [--errors] [--as-annotated]`: scores the quote engine against annotated articles in
 * shared/gold's layout (`<name>.json` beside `articles/<name>.txt`). PolNeAR's folders, whose speakers are
 * mentions at the cue, are scored the fair way `../shared/corpora/README.md` gives. Prints figures; never
 * fails on them. `--articles` adds a line per article, `--errors` every error grouped by cause,
 * `--as-annotated` scores PolNeAR by the README's rule alone, without the corrections in gold-kinds.ts and score.ts.
 */
import { resolve } from 'node:path'
import { extractQuotes } from '../src/quotes/index.ts'
import { evaluate, formatErrors, formatReport, predictionsOf, type ScoredArticle } from './evaluate.ts'
import { loadGold } from './gold.ts'
import { f1 } from './score.ts'

const args = process.argv.slice(2)
const dir = resolve(args.find((arg) => !arg.startsWith('--')) ?? '../shared/gold')

const cases = loadGold(dir, { correctKinds: !args.includes('--as-annotated') })
if (cases.length === 0) {
  console.error(`eval: no annotated articles in ${dir} (expected <name>.json beside articles/<name>.txt)`)
  process.exit(1)
}
const articles: ScoredArticle[] = cases.map((gold) => ({
  name: gold.name,
  scheme: gold.scheme,
  paragraphs: gold.paragraphs,
  gold: gold.quotes,
  predicted: predictionsOf(gold.paragraphs, extractQuotes(gold.paragraphs)),
}))
const asAnnotated = args.includes('--as-annotated')
const report = evaluate(articles, { refined: !asAnnotated })
const scheme = cases.some((gold) => gold.scheme === 'mentions') ? 'mentions at the cue, fair rule' : 'names'
console.log(formatReport(report, `${dir} (speakers as ${scheme})`))
const corrected = cases.reduce((sum, gold) => sum + gold.corrected, 0)
if (corrected > 0)
  console.log(
    `\n${corrected} gold kinds put right (bench/gold-kinds.ts: '' marks, interrupted quotations) and speakers read as\nbench/score.ts refines them; --as-annotated scores kinds and speakers exactly as the corpora README says`,
  )

if (args.includes('--articles')) {
  console.log('')
  for (const article of articles) {
    const one = evaluate([article])
    console.log(
      `${article.name.slice(0, 40).padEnd(40)} gold ${String(article.gold.length).padStart(3)}  F1 ${f1(one.counts.overall).f1.toFixed(3)}  attribution ${one.right}/${one.named}`,
    )
  }
}
if (args.includes('--errors')) console.log(`\n${formatErrors(report)}`)
