import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Every file under `dir`, as paths relative to it, sorted; none if it is missing. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** Every file under `path` (or the file itself), tests left out: they make nothing the site serves. */
function filesOf(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [full]
  return filesUnder(full)
    .filter((file) => !/\.test\.tsx?$/.test(file))
    .map((file) => join(full, file))
}

/**
 * A hash of the files under `paths` (relative to `root`), names and bytes: what a build step read, so that
 * when it is unchanged, what the step made from it is too.
 */
export function fingerprintOf(paths: readonly string[], root = process.cwd()): string {
  const hash = createHash('sha256')
  for (const file of paths.flatMap((path) => filesOf(root, path)))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}
