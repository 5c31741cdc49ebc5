import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { snapshot } from '../ingest/test-helpers.ts'
import { FileHashes } from './file-hashes.ts'
import { SiteOutput, stageFile } from './output.ts'

let root: string
const site = () => join(root, 'site')
const cache = () => join(root, 'cache')

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'verbatim-output-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

/** One build that makes `files`: each written here, or staged "elsewhere" (as a render worker does) and recorded. */
function build(files: Record<string, string>, { elsewhere = false } = {}) {
  const output = new SiteOutput(site(), cache())
  for (const [path, contents] of Object.entries(files)) {
    if (elsewhere) output.record(path, stageFile(output, path, contents, output.previousHash(path)))
    else output.write(path, contents)
  }
  output.commit()
  return output
}

test('a first build makes the site whole; the next writes only what changed and removes what it no longer makes', () => {
  const first = build({ 'index.html': 'home', 'posts/a/index.html': 'a', 'posts/b/index.html': 'b' })
  expect(first.written).toBe(3)
  expect(snapshot(site())).toEqual({
    'index.html': 'home',
    'posts/a/index.html': 'a',
    'posts/b/index.html': 'b',
  })
  const untouched = statSync(join(site(), 'posts/a/index.html')).mtimeMs

  const second = build(
    { 'index.html': 'home, again', 'posts/a/index.html': 'a', 'posts/c/index.html': 'c' },
    { elsewhere: true },
  )
  expect([second.written, second.unchanged, second.removed]).toEqual([2, 1, 1])
  expect(snapshot(site())).toEqual({
    'index.html': 'home, again',
    'posts/a/index.html': 'a',
    'posts/c/index.html': 'c',
  })
  expect(statSync(join(site(), 'posts/a/index.html')).mtimeMs).toBe(untouched)
})

test('without a record of the last build (--force), what is in the site and not made again is removed', () => {
  mkdirSync(join(site(), 'stray'), { recursive: true })
  writeFileSync(join(site(), 'stray/old.html'), 'left by hand')
  writeFileSync(join(site(), 'index.html'), 'old home')
  const output = build({ 'index.html': 'home', 'feed.xml': 'feed' })
  expect([output.written, output.removed]).toEqual([2, 1])
  expect(snapshot(site())).toEqual({ 'index.html': 'home', 'feed.xml': 'feed' })
})

test('a build that fails before it commits leaves the site as the last build made it', () => {
  build({ 'index.html': 'home' })
  const output = new SiteOutput(site(), cache())
  output.write('index.html', 'half-made')
  output.write('posts/new/index.html', 'new')
  output.abandon()
  expect(snapshot(site())).toEqual({ 'index.html': 'home' })
  expect(readFileSync(join(site(), 'index.html'), 'utf8')).toBe('home')
})

test('files copied into the site: an unchanged one is left alone; a source replaced later never changes the site', async () => {
  const source = join(root, 'public')
  mkdirSync(join(source, 'data'), { recursive: true })
  writeFileSync(join(source, 'data/a.json'), '{"a":1}')
  writeFileSync(join(source, 'data/b.json'), '{"b":1}')
  const hashes = new FileHashes(join(cache(), 'file-hashes.json'))
  const copyAll = async () => {
    const output = new SiteOutput(site(), cache())
    await output.copyTree(source, (file) => hashes.hashOf(file), { under: 'public' })
    output.commit()
    return output
  }
  expect((await copyAll()).written).toBe(2)

  // As ingest writes: a new file renamed over the old one.
  writeFileSync(join(root, 'next.json'), '{"b":2}')
  renameSync(join(root, 'next.json'), join(source, 'data/b.json'))
  const second = await copyAll()
  expect([second.written, second.unchanged]).toEqual([1, 1])
  expect(snapshot(site())).toEqual({ 'public/data/a.json': '{"a":1}', 'public/data/b.json': '{"b":2}' })

  // The site's copy is not the source's file: replacing the source again leaves the site as built.
  writeFileSync(join(root, 'next.json'), '{"b":3}')
  renameSync(join(root, 'next.json'), join(source, 'data/b.json'))
  expect(readFileSync(join(site(), 'public/data/b.json'), 'utf8')).toBe('{"b":2}')
})
