import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { fingerprintOf } from '../prerender/fingerprint.ts'
import type { Built } from './build-worker.ts'
import { MAX_INPUT_BYTES } from './read-input.ts'

const ROOT = join(import.meta.dirname, '../..')
/** The code whose every change can change what ingest builds from an input, and the versions of its libraries. */
const BUILDERS = ['src/quotes', 'src/article', 'src/readers', 'src/ingest', 'package-lock.json']

/** A hash of the code that turns an input into an article: a change to any of it builds every input again. */
export const builderFingerprint = () => fingerprintOf(BUILDERS, ROOT)

/**
 * What ingest built before, one file per input in an ignored folder, under a hash of the input's name and
 * bytes and of the code that builds it: an unchanged input is read back instead of built again. Entries no run
 * asked for are pruned after a run, so the cache holds one archive's worth.
 */
export class BuildCache {
  private readonly used = new Set<string>()

  constructor(
    private readonly dir: string,
    private readonly fingerprint: string = builderFingerprint(),
  ) {
    mkdirSync(dir, { recursive: true })
  }

  /** The key of an input as it is now, or null for one the cache leaves to the builder (unreadable, too large). */
  key(file: string): string | null {
    try {
      if (statSync(file).size > MAX_INPUT_BYTES) return null
      const name = basename(file, extname(file))
      return createHash('sha256')
        .update(this.fingerprint)
        .update('\0')
        .update(`${name}${extname(file).toLowerCase()}`)
        .update('\0')
        .update(readFileSync(file))
        .digest('hex')
    } catch {
      return null
    }
  }

  /** Whether an earlier run kept what this key names; a key asked about is kept through this run's prune. */
  has(key: string): boolean {
    this.used.add(key)
    return existsSync(join(this.dir, `${key}.json`))
  }

  get(key: string): Built | undefined {
    this.used.add(key)
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as Built
    } catch {
      return undefined
    }
  }

  set(key: string, built: Built): void {
    this.used.add(key)
    writeFileSync(join(this.dir, `${key}.json`), JSON.stringify(built))
  }

  /** Removes what this run did not ask for: inputs since removed or changed, or built by older code. */
  prune(): void {
    for (const name of readdirSync(this.dir))
      if (!this.used.has(name.replace(/\.json$/, ''))) rmSync(join(this.dir, name), { force: true })
  }
}
