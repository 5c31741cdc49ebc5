import { readFileSync, statSync, writeFileSync } from 'node:fs'

interface Entry {
  /** What the file was made from: the build cache's key of its article, and its neighbours. */
  made: string
  size: number
  mtimeMs: number
}

/**
 * What the last run wrote for each post, beside the build cache: an article from the cache with the same
 * neighbours makes the same bytes, so a post whose file is still as that run left it (same size and time) is
 * neither read back from the cache nor compared. At 10,000 posts that was a second of every build.
 */
export class WrittenPosts {
  private readonly previous: Map<string, Entry>
  private readonly next = new Map<string, Entry>()

  constructor(private readonly file: string | undefined) {
    this.previous = new Map(file ? readEntries(file) : [])
  }

  /** True if `path` holds what `made` makes, as the last run wrote it: it is kept as it is. */
  isCurrent(path: string, made: string): boolean {
    const entry = this.previous.get(path)
    if (!entry || entry.made !== made) return false
    try {
      const { size, mtimeMs } = statSync(path)
      if (size !== entry.size || mtimeMs !== entry.mtimeMs) return false
    } catch {
      return false
    }
    this.next.set(path, entry)
    return true
  }

  /** Notes what `path` now holds, just written (or found the same) from `made`. */
  record(path: string, made: string): void {
    const { size, mtimeMs } = statSync(path)
    this.next.set(path, { made, size, mtimeMs })
  }

  /** Keeps what this run wrote, and only that, for the next run. */
  save(): void {
    if (this.file) writeFileSync(this.file, JSON.stringify([...this.next]))
  }
}

function readEntries(file: string): Array<[string, Entry]> {
  try {
    const entries: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return Array.isArray(entries) ? (entries as Array<[string, Entry]>) : []
  } catch {
    return []
  }
}
