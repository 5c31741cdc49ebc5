import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

let sequence = 0

/**
 * Writes a file so that no reader ever sees half of it: a temporary file beside it, then a rename, which is
 * atomic on one file system. An identical file is left untouched, so re-runs change nothing, not even mtimes.
 */
export async function writeFileAtomic(path: string, contents: string): Promise<'written' | 'unchanged'> {
  try {
    if ((await readFile(path, 'utf8')) === contents) return 'unchanged'
  } catch {
    // Not there yet (or unreadable): write it.
  }
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${sequence++}.tmp`
  try {
    await writeFile(temporary, contents, { encoding: 'utf8', flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return 'written'
}

/** JSON as the reader loads it: compact, keys in the order built, one trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`
}
