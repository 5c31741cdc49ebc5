import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { snapshot } from '../ingest/test-helpers.ts'

const ROOT = join(import.meta.dirname, '../..')
/** What a build reads: the project less its outputs, caches and dependencies (linked, not copied). */
const PROJECT_FILES = [
  'src',
  'content',
  'public',
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
]

let project: string

/** Without the test runner's NODE_ENV ("test"), which would make Vite build the app for development. */
const environment = { ...process.env }
delete environment.NODE_ENV
// The search index in shards of 4 posts (search-shards.ts), so that a handful of posts has several.
environment.VERBATIM_SEARCH_SHARD_UNIT = '4'

function run(...command: string[]) {
  const result = spawnSync('npx', command, { cwd: project, encoding: 'utf8', env: environment })
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr}`)
  return result.stdout
}

/**
 * The data and the site for the content as it is now, building on what the last build left. A handful of pages
 * render in the build's own process; `workers` renders them in a pool of worker processes, as a large archive's.
 */
function build({ workers = 1 } = {}) {
  run('tsx', 'src/ingest/cli.ts')
  return run('tsx', 'src/prerender/cli.ts', '--workers', String(workers))
}

/** The same, from nothing (no earlier output and no cache), in a pool of two workers. */
function coldBuild() {
  for (const made of ['dist', 'public/data', '.cache/verbatim/site', '.cache/verbatim/ingest'])
    rmSync(join(project, made), { recursive: true, force: true })
  return build({ workers: 2 })
}

const filesWritten = (report: string) => Number(/(\d+) files written/.exec(report)?.[1])

// A copy of the project, so that the builds below never touch this one's dist/ or public/data/.
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'verbatim-build-'))
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(project, name), { recursive: true })
  rmSync(join(project, 'public/data'), { recursive: true, force: true })
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'))
  run('tsx', 'src/prerender/build-app.ts')
}, 120_000)

afterAll(() => {
  rmSync(project, { recursive: true, force: true })
})

test('a post added, edited or removed: the build writes what a cold build (in a pool of workers) writes, byte for byte, and only that', () => {
  const added = join(project, 'content/2026-11-senate-vote.txt')
  renameSync(added, join(project, 'senate-vote.txt'))
  coldBuild()
  const site = () => snapshot(join(project, 'dist'))
  const total = Object.keys(site()).length

  renameSync(join(project, 'senate-vote.txt'), added)
  const afterAdding = build()
  const incremental = site()
  coldBuild()
  expect(incremental).toEqual(site())
  // The new post, its neighbours, the archive, the feeds, its speakers and the search index; not every file.
  // Of the search index, only the newest shard: the three newest posts of the 11 (shards of 8 and 3).
  expect(afterAdding).toMatch(/; 3 of 11 posts indexed again for search, in 2 shards;/)
  expect(filesWritten(afterAdding)).toBeGreaterThan(0)
  expect(filesWritten(afterAdding)).toBeLessThan(total / 3)

  appendFileSync(
    join(project, 'content/2026-10-mill-sale.txt'),
    '\n"We will look again," Mr. Greaves said.\n',
  )
  build()
  const edited = site()
  coldBuild()
  expect(edited).toEqual(site())

  rmSync(join(project, 'content/2026-09-harbour-bridge.txt'))
  build()
  const removed = site()
  coldBuild()
  expect(removed).toEqual(site())
  expect(Object.keys(removed).some((path) => path.includes('2026-09-harbour-bridge'))).toBe(false)

  // Nothing changed: nothing rendered, nothing written.
  expect(build()).toMatch(
    /: 0 pages rendered; 0 of \d+ posts indexed again for search, in 2 shards; 0 files written/,
  )

  // The prerender's own code changed (it runs from source): every page is rendered again, and the pages it
  // renders the same are not written again.
  appendFileSync(join(project, 'src/prerender/head.ts'), '\n// A change that changes no page.\n')
  const afterCodeChange = build()
  expect(Number(/(\d+) pages rendered/.exec(afterCodeChange)?.[1])).toBeGreaterThan(50)
  expect(filesWritten(afterCodeChange)).toBe(0)
}, 120_000)
