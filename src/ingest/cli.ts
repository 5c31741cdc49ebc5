#!/usr/bin/env node
/**
 * `npm run ingest -- <files or folders…> [--out <dir>]`
 * With no inputs: content/ → public/data/. Exit code 0 when every input was good, 1 when any was not
 * (every good input is still written), 2 for a usage error.
 */
import { createHash } from 'node:crypto'
import { rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMainModule } from './main-module.ts'
import { siteUrl } from '../site.ts'
import { ingest } from './ingest.ts'
import { plural } from '../article/text.ts'

/** Ignored by git: what earlier runs built, one folder per output folder. */
const CACHE_ROOT = '.cache/verbatim/ingest'

const USAGE = `Usage: npm run ingest -- [files or folders…] [--out <dir>] [--site <dir>] [--force]

Turns .txt, .md, .html and .json articles into the reader's data, and writes the
feeds (feed.xml, feed.json), sitemap.xml and robots.txt into --site for the site
at $SITE_URL (default http://localhost:4173).
With no inputs, reads content/ and writes public/data/ and the feeds into public/.
Articles built before are kept in ${CACHE_ROOT}/; an input is built again only when
it or the code that builds it changed. --force builds every input again.`

/** The command with its arguments; resolves to its exit code. */
export function ingestCommand(args: readonly string[]): Promise<number> | number {
  let values: { out?: string; site?: string; help?: boolean; force?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string', short: 'o' },
        site: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
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
  const outDir = values.out ?? 'public/data'
  // The default run feeds the reader: its data in public/data, its feeds beside it in public/.
  const siteDir = values.site ?? (values.out === undefined ? 'public' : undefined)
  const cacheDir = join(CACHE_ROOT, createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16))
  if (values.force) {
    rmSync(cacheDir, { recursive: true, force: true })
    rmSync(`${cacheDir}.posts.json`, { force: true })
  }
  return run(positionals.length > 0 ? positionals : ['content'], outDir, siteDir, cacheDir)
}

async function run(
  inputs: string[],
  outDir: string,
  siteDir: string | undefined,
  cacheDir: string,
): Promise<number> {
  let site: string
  try {
    site = siteUrl(process.env)
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`)
    return 2
  }
  const report = await ingest({ inputs, outDir, siteDir, siteUrl: site, cacheDir })
  for (const problem of report.problems)
    console.error(`ingest: ${relative('.', problem.file) || problem.file}: ${problem.message}`)
  const changed = report.unchanged > 0 ? `, ${report.unchanged} unchanged` : ''
  const cached = report.posts + report.problems.length - report.built
  const reused = cached > 0 ? `; ${report.built} built, ${cached} unchanged since the last run` : ''
  console.log(
    `ingest: ${plural(report.posts, 'post')}, ${plural(report.quotes, 'quote')}, ${plural(report.speakers, 'speaker')} → ${outDir} ` +
      `(${plural(report.written, 'file')} written${changed}${reused}) in ${report.seconds.toFixed(2)} s` +
      (report.problems.length > 0 ? `; ${plural(report.problems.length, 'input')} failed` : ''),
  )
  return report.problems.length > 0 ? 1 : 0
}

if (isMainModule(import.meta.url)) process.exitCode = await ingestCommand(process.argv.slice(2))
