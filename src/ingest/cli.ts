#!/usr/bin/env node
/**
 * `npm run ingest -- <files or folders…> [--out <dir>]`
 * With no inputs: content/ → public/data/. Exit code 0 when every input was good, 1 when any was not
 * (every good input is still written), 2 for a usage error.
 */
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { ingest } from './ingest.ts'

const USAGE = `Usage: npm run ingest -- [files or folders…] [--out <dir>]

Turns .txt, .md, .html and .json articles into the reader's data.
With no inputs, reads content/ and writes public/data/.`

function main(): Promise<number> | number {
  let values: { out?: string; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }))
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  return run(positionals.length > 0 ? positionals : ['content'], values.out ?? 'public/data')
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

async function run(inputs: string[], outDir: string): Promise<number> {
  const report = await ingest({ inputs, outDir })
  for (const problem of report.problems)
    console.error(`ingest: ${relative('.', problem.file) || problem.file}: ${problem.message}`)
  const changed = report.unchanged > 0 ? `, ${report.unchanged} unchanged` : ''
  console.log(
    `ingest: ${plural(report.posts, 'post')}, ${plural(report.quotes, 'quote')}, ${plural(report.speakers, 'speaker')} → ${outDir} ` +
      `(${plural(report.written, 'file')} written${changed}) in ${report.seconds.toFixed(2)} s` +
      (report.problems.length > 0 ? `; ${plural(report.problems.length, 'input')} failed` : ''),
  )
  return report.problems.length > 0 ? 1 : 0
}

process.exitCode = await main()
