import { createHash } from 'node:crypto'
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative } from 'node:path'

/** What the last build wrote at a path: the hash of its bytes, and of what it was made from, if it was made. */
interface Entry {
  hash: string
  key?: string
}

const hashOf = (contents: string | Buffer) => createHash('sha256').update(contents).digest('hex')

/**
 * The site a build makes, changed only where it differs from the last one. The build writes into a staging
 * copy of the site (hard links, so making it costs no copying), where only new and changed files are written,
 * and files this build did not make are removed; `commit` then puts the staging copy in the site's place in two
 * renames. A build that fails before `commit` leaves the site as it was, never half old and half new, and an
 * unchanged file keeps its bytes and its time, so a deploy uploads only what changed.
 *
 * A manifest in the cache remembers, for each file, the hash of its bytes and of what it was made from (`key`):
 * a page whose data and renderer are unchanged need not even be rendered.
 */
export class SiteOutput {
  readonly staging: string
  private readonly previous: Map<string, Entry>
  private readonly next = new Map<string, Entry>()
  written = 0
  unchanged = 0
  removed = 0

  constructor(
    readonly site: string,
    private readonly cacheDir: string,
  ) {
    this.staging = join(cacheDir, 'staging')
    rmSync(this.staging, { recursive: true, force: true })
    mkdirSync(this.staging, { recursive: true })
    if (existsSync(site)) linkTree(site, this.staging)
    this.previous = readManifest(this.manifestPath)
  }

  private get manifestPath() {
    return join(this.cacheDir, 'site-manifest.json')
  }

  /** True when `path` is in place as it was made from `key` last time: it is kept, and need not be made again. */
  isCurrent(path: string, key: string): boolean {
    const entry = this.previous.get(path)
    if (entry?.key !== key || !existsSync(join(this.staging, path))) return false
    this.next.set(path, entry)
    this.unchanged++
    return true
  }

  /**
   * True when every file the last build made under `folder` is in place as it was made from `key`: all are kept.
   * False, keeping none, when any changed or there were none.
   */
  keepAllIfCurrent(folder: string, key: string): boolean {
    const paths = [...this.previous.keys()].filter((path) => path.startsWith(`${folder}/`))
    const current = (path: string) =>
      this.previous.get(path)?.key === key && existsSync(join(this.staging, path))
    if (paths.length === 0 || !paths.every(current)) return false
    for (const path of paths) this.isCurrent(path, key)
    return true
  }

  /** Puts `contents` at `path` (relative to the site), writing only if its bytes differ from what is there. */
  write(path: string, contents: string | Buffer, key?: string): void {
    const hash = hashOf(contents)
    const file = join(this.staging, path)
    const entry = key === undefined ? { hash } : { hash, key }
    this.next.set(path, entry)
    if (this.previous.get(path)?.hash === hash && existsSync(file)) {
      this.unchanged++
      return
    }
    mkdirSync(dirname(file), { recursive: true })
    // A new file, renamed into place: a hard link to the site's old file is replaced, never written through.
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, contents)
    renameSync(temporary, file)
    this.written++
  }

  /** Every file under `dir`, at the same place under `under` in the site. */
  copyTree(dir: string, under = '', skip: (path: string) => boolean = () => false): void {
    for (const file of walk(dir)) {
      const path = join(under, relative(dir, file))
      if (!skip(path)) this.write(path, readFileSync(file))
    }
  }

  /** Removes what this build did not make, puts the staging copy in the site's place and saves the manifest. */
  commit(): void {
    for (const file of walk(this.staging)) {
      if (this.next.has(relative(this.staging, file))) continue
      rmSync(file, { force: true })
      this.removed++
    }
    removeEmptyFolders(this.staging)
    const old = join(this.cacheDir, 'previous')
    rmSync(old, { recursive: true, force: true })
    if (existsSync(this.site)) renameSync(this.site, old)
    renameSync(this.staging, this.site)
    rmSync(old, { recursive: true, force: true })
    writeFileSync(this.manifestPath, JSON.stringify(Object.fromEntries(this.next)))
  }

  /** Drops the staging copy after a failure: the site stays as the last build left it. */
  abandon(): void {
    rmSync(this.staging, { recursive: true, force: true })
  }
}

function readManifest(path: string): Map<string, Entry> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, Entry>))
  } catch {
    return new Map()
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else yield path
  }
}

/** The same tree under `to`, its files hard links to those under `from`. */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true })
      linkTree(source, target)
    } else {
      linkSync(source, target)
    }
  }
}

/** Folders left empty once stale files are gone (a removed post's), removed too; `dir` itself stays. */
function removeEmptyFolders(dir: string): boolean {
  let empty = true
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name))) rmdirSync(join(dir, entry.name))
    else empty = false
  }
  return empty
}
