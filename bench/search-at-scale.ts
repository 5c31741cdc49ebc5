/**
 * `npx tsx bench/search-at-scale.ts [N]`: builds an archive of N generated posts (default 10,000) into dist/,
 * with its speaker pages and search index, prints how long each step took and what the build holds, then
 * measures search on it with the CPU slowed 4×. It rebuilds the reader's own content at the end, so dist/ and
 * public/data/ are as `npm run build` leaves them. Figures, not pass/fail.
 */
import { execSync } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateArchive } from './generate-archive.ts'
import { measureSearch } from './search-cost.ts'

const count = Number(process.argv[2] ?? 10_000)
const PORT = 4181
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

function timed(label: string, command: string): void {
  const started = performance.now()
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'] })
  console.log(`${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

const countFiles = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, entry) => sum + (entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1),
        0,
      )
    : 0

const archive = mkdtempSync(join(tmpdir(), 'verbatim-archive-'))
try {
  generateArchive(archive, count)
  console.log(`${count} posts generated in ${archive}\n`)
  timed(
    'ingest (posts, speakers, feeds)',
    `npx tsx src/ingest/cli.ts ${archive} --out public/data --site public`,
  )
  timed('vite build (client and server)', 'npm run build:app')
  timed('prerender (pages, search index)', 'npx tsx src/prerender/cli.ts')
  const speakers = readdirSync(resolve('dist/data/speakers')).length
  console.log(
    `\n${speakers} speakers with pages; ${countFiles(resolve('dist/speakers'))} speaker page files; ` +
      `${countFiles(resolve('dist/pagefind'))} search index files`,
  )

  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    detached: true,
    stdio: 'ignore',
  })
  try {
    await new Promise((done) => setTimeout(done, 3000))
    const cost = await measureSearch(
      `http://localhost:${PORT}`,
      [
        'Pakistanis',
        'safe havens',
        'church massacre',
        'Kirby',
        'Roof convicted',
        'Chinese investors',
        'zeppelinwaltz',
      ],
      {
        executablePath: CHROMIUM,
        args: [
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    )
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
    console.log(
      `search, CPU 4× slower: JS ${kb(cost.jsBytes)}, WebAssembly ${kb(cost.wasmBytes)}, index for the first query ` +
        `${kb(cost.indexBytes)}; opening /search?q= until results ${cost.firstQuery} ms; a later query ` +
        `${cost.laterQueries} ms (median)`,
    )
  } finally {
    if (server.pid) process.kill(-server.pid)
  }
} finally {
  rmSync(archive, { recursive: true, force: true })
  execSync('npm run build', { stdio: 'ignore' })
}
