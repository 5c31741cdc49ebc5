import { readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { isSupported } from './read-input.ts'

export interface CollectedInputs {
  files: string[]
  /** Arguments that are neither a readable folder nor a file: reported like any bad input. */
  missing: Array<{ path: string; reason: string }>
}

/**
 * The input files named on the command line: files as given, folders walked for supported files (hidden
 * entries skipped). Sorted and without duplicates, so every run reads in the same order.
 */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
  const files = new Set<string>()
  const missing: CollectedInputs['missing'] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile() && isSupported(path)) files.add(path)
    }
  }
  for (const path of paths) {
    try {
      const info = await stat(path)
      if (info.isDirectory()) await walk(path)
      else files.add(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      missing.push({ path, reason: code === 'ENOENT' ? 'no such file or folder' : (error as Error).message })
    }
  }
  return { files: [...files].sort((a, b) => relative('.', a).localeCompare(relative('.', b))), missing }
}
