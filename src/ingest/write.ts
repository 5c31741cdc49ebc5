import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

let sequence = 0

/**
 * Writes a file so that no reader ever sees half of it: a temporary file beside it, then a rename, which is
 * atomic on one file system. An identical file is left untouched, so re-runs change nothing, not even mtimes.
 * Synchronous: ingest writes thousands of small files one after another, and awaiting each left the process
 * idle half the time (an archive of 10,000 posts spent 3 of its 7 s waiting).
 */
export function writeFileAtomic(path: string, contents: string): 'written' | 'unchanged' {
  try {
    if (readFileSync(path, 'utf8') === contents) return 'unchanged'
  } catch {
    // Not there yet (or unreadable): write it.
  }
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${sequence++}.tmp`
  try {
    writeFileSync(temporary, contents, { encoding: 'utf8', flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  return 'written'
}

/** JSON as the reader loads it: compact, keys in the order built, one trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`
}
