/**
 * `npm run bench:archive -- [N]`: the build at the size of a real archive. Generates N posts (default 10,000)
 * in a temporary folder (never in content/), builds them cold, then adds one post, edits one and removes one,
 * building after each, and prints for every build the time of each step, the peak memory of the largest step,
 * the files written, the size of the output and what a post costs in it. At the end it removes the archive and
 * rebuilds the reader's own content, so dist/ and public/data/ are as `npm run build` leaves them. Figures, not
 * pass/fail.
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateArchive, writeGeneratedPost } from './generate-archive.ts'
import { describePostBytes, postBytes } from './post-bytes.ts'

const count = Number(process.argv[2] ?? 10_000)
const DIST = resolve('dist')
/** GNU time, for each step's peak memory; without it the steps still run and memory is not reported. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

interface Step {
  label: string
  command: string[]
}

/** The steps of `npm run build` (src/prerender/build.ts), run as it runs them, on the generated archive. */
function steps(archive: string): Step[] {
  const script = (path: string, ...args: string[]) => [process.execPath, '--import', 'tsx', path, ...args]
  return [
    {
      label: 'ingest',
      command: script('src/ingest/cli.ts', archive, '--out', 'public/data', '--site', 'public'),
    },
    { label: 'vite (client, server)', command: script('src/prerender/build-app.ts') },
    { label: 'prerender', command: script('src/prerender/cli.ts') },
  ]
}

interface Timed {
  seconds: number
  /** Peak resident memory in MB, or null where GNU time is missing. */
  peakMb: number | null
}

function run({ label, command }: Step): Timed {
  const started = performance.now()
  const [program, ...args] = GNU_TIME ? [GNU_TIME, '-f', '%M', ...command] : command
  const result = spawnSync(program as string, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stderr}`)
  const kilobytes = GNU_TIME ? Number(result.stderr.trim().split('\n').at(-1)) : NaN
  return { seconds, peakMb: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null }
}

/** Every file under `dir` with its modification time, to tell which a build wrote. */
function files(dir: string, into = new Map<string, number>()): Map<string, number> {
  if (!existsSync(dir)) return into
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files(path, into)
    else into.set(path, statSync(path).mtimeMs)
  }
  return into
}

function build(title: string, archive: string): void {
  const before = files(DIST)
  const timings = steps(archive).map((step) => ({ label: step.label, ...run(step) }))
  const after = files(DIST)
  const written = [...after].filter(([path, mtime]) => before.get(path) !== mtime).length
  const removed = [...before.keys()].filter((path) => !after.has(path)).length
  const bytes = [...after.keys()].reduce((sum, path) => sum + statSync(path).size, 0)
  const total = timings.reduce((sum, step) => sum + step.seconds, 0)
  const peak = Math.max(...timings.map((step) => step.peakMb ?? 0))
  console.log(`\n${title}: ${total.toFixed(1)} s`)
  for (const step of timings)
    console.log(
      `  ${step.label.padEnd(14)} ${step.seconds.toFixed(1).padStart(6)} s${step.peakMb === null ? '' : `  ${step.peakMb} MB peak`}`,
    )
  console.log(
    `  ${written} of ${after.size} files written, ${removed} removed; output ${(bytes / 1024 / 1024).toFixed(0)} MB` +
      (peak > 0 ? `; peak memory ${peak} MB` : ''),
  )
  console.log(`  ${describePostBytes(postBytes(DIST))}`)
}

const archive = mkdtempSync(join(tmpdir(), 'verbatim-archive-'))
try {
  generateArchive(archive, count)
  console.log(`${count} posts generated in ${archive}`)
  // Cold: no site, no data and nothing remembered from earlier builds.
  for (const made of ['dist', 'public/data', '.cache/verbatim'])
    rmSync(resolve(made), { recursive: true, force: true })
  build(`Cold build of ${count} posts`, archive)

  writeGeneratedPost(archive, count)
  build('One post added', archive)

  const edited = join(archive, `post-${String(Math.ceil(count / 2)).padStart(6, '0')}.txt`)
  appendFileSync(edited, '\n"We will look at it again," the harbour master said.\n')
  build('One post edited', archive)

  rmSync(join(archive, `post-${String(Math.ceil(count / 3)).padStart(6, '0')}.txt`))
  build('One post removed', archive)
} finally {
  rmSync(archive, { recursive: true, force: true })
  spawnSync('npm', ['run', 'build'], { stdio: 'ignore' })
}
