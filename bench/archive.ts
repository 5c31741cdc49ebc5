/**
 * `npm run bench:archive -- [N] [--ingest-only]`: the build at the size of a real archive. Generates N posts
 * (default 10,000) in a temporary folder (never in content/), builds them cold, then adds one post, edits one and
 * removes one, building after each with `npm run build`, and prints for every build its time and the build's own
 * figures for each step, the peak memory of all its processes at once and of the largest, the files written, the
 * size of the output and what a post costs in it. `--ingest-only` builds the posts' data cold and stops: how
 * ingest alone scales (100,000 posts). At the end it removes the archive and rebuilds the reader's own content,
 * so dist/ and public/data/ are as `npm run build` leaves them. Figures, not pass/fail.
 */
import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generateArchive, writeGeneratedPost } from './generate-archive.ts'
import { describePostBytes, postBytes } from './post-bytes.ts'

const { values: options, positionals } = parseArgs({
  options: { 'ingest-only': { type: 'boolean' } },
  allowPositionals: true,
})
const count = Number(positionals[0] ?? 10_000)
const DIST = resolve('dist')

interface Timed {
  seconds: number
  /** The build's own figures: `build: ingest 1.5 s, app ready at 1.5 s, prerender 1.4 s; done in 3.0 s`. */
  steps: string
  /** Peak resident memory in MB, of the whole process tree at once and of its largest process. */
  peakMb: { tree: number; process: number }
}

/** The resident memory of a process and of each of its descendants, in kB, read from /proc (Linux). */
function residentTree(pid: number): number[] {
  const sizes: number[] = []
  const pending = [pid]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${next}/status`, 'utf8'))?.[1]
      sizes.push(Number(rss ?? 0))
      for (const task of readdirSync(`/proc/${next}/task`))
        for (const child of readFileSync(`/proc/${next}/task/${task}/children`, 'utf8').split(' '))
          if (child.trim()) pending.push(Number(child))
    } catch {
      // Gone between two reads: it holds no memory now.
    }
  }
  return sizes
}

/**
 * `npm run build` on the generated archive, as a reader runs it (src/prerender/build.ts: ingest and the prerender
 * in one process, the app beside them, Pagefind and the render workers in theirs), its memory sampled every
 * 100 ms across all of them.
 */
async function run(script: string, ...args: string[]): Promise<Timed> {
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const peakKb = { tree: 0, process: 0 }
  const sampler = setInterval(() => {
    const sizes = residentTree(child.pid as number)
    peakKb.tree = Math.max(
      peakKb.tree,
      sizes.reduce((sum, size) => sum + size, 0),
    )
    peakKb.process = Math.max(peakKb.process, ...sizes)
  }, 100)
  const status = await new Promise<number | null>((done) => child.on('close', done))
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  if (status !== 0) throw new Error(`${script} failed (${status}):\n${output}`)
  return {
    seconds,
    // The build's own summary; ingest run alone has only its own.
    steps: (/^build: (.*)$/m.exec(output) ?? /^ingest: (.*)$/m.exec(output))?.[1] ?? '',
    peakMb: { tree: Math.round(peakKb.tree / 1024), process: Math.round(peakKb.process / 1024) },
  }
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

async function build(title: string, archive: string): Promise<void> {
  const before = files(DIST)
  const { seconds, steps, peakMb } = await run('src/prerender/build.ts', archive)
  const after = files(DIST)
  const written = [...after].filter(([path, mtime]) => before.get(path) !== mtime).length
  const removed = [...before.keys()].filter((path) => !after.has(path)).length
  const bytes = [...after.keys()].reduce((sum, path) => sum + statSync(path).size, 0)
  console.log(`\n${title}: ${seconds.toFixed(1)} s (${steps})`)
  console.log(
    `  ${written} of ${after.size} files written, ${removed} removed; output ${(bytes / 1024 / 1024).toFixed(0)} MB; ` +
      `peak memory ${peakMb.tree} MB in all, ${peakMb.process} MB in the largest process`,
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
  if (options['ingest-only']) {
    // Ingest alone, as `npm run ingest` runs it: the engine on every input, the archive's data written.
    const { seconds, steps, peakMb } = await run(
      'src/ingest/cli.ts',
      archive,
      '--out',
      'public/data',
      '--site',
      'public',
    )
    console.log(`\nCold ingest of ${count} posts: ${seconds.toFixed(1)} s (${steps})`)
    console.log(`  peak memory ${peakMb.tree} MB in all, ${peakMb.process} MB in the largest process`)
  } else await coldAndAfter()
} finally {
  rmSync(archive, { recursive: true, force: true })
  spawnSync('npm', ['run', 'build'], { stdio: 'ignore' })
}

async function coldAndAfter(): Promise<void> {
  await build(`Cold build of ${count} posts`, archive)

  writeGeneratedPost(archive, count)
  await build('One post added', archive)

  const edited = join(archive, `post-${String(Math.ceil(count / 2)).padStart(6, '0')}.txt`)
  appendFileSync(edited, '\n"We will look at it again," the harbour master said.\n')
  await build('One post edited', archive)

  rmSync(join(archive, `post-${String(Math.ceil(count / 3)).padStart(6, '0')}.txt`))
  await build('One post removed', archive)
}
