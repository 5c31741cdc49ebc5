import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { filesUnder } from './fingerprint.ts'

/** What the last build wrote at a path: the hash of its bytes, and of what it was made from, if it was made. */
interface Entry {
  hash: string
  key?: string
}

const hashOf = (contents: string | Buffer) => createHash('sha256').update(contents).digest('hex')

/**
 * The site a build makes, changed only where it differs from the last one. New and changed files are written
 * to a staging folder while the build runs; `commit` then moves them into the site and removes what this build
 * did not make. A build that fails before `commit` (a page that will not render, bad data) leaves the site as
 * it was, never half old and half new, and an unchanged file keeps its bytes and its time, so a deploy uploads
 * only what changed. (Staging a hard-linked copy of the whole site made the swap atomic too, but cost seconds
 * per build at 36,000 files; moving a few hundred changed files takes milliseconds.)
 *
 * A manifest in the cache remembers, for each file, the hash of its bytes and of what it was made from (`key`):
 * a page whose data and renderer are unchanged need not even be rendered.
 */
export class SiteOutput {
  private readonly staging: string
  private readonly previous: Map<string, Entry>
  private readonly next = new Map<string, Entry>()
  private readonly staged: string[] = []
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
    // Without a manifest (a first build, or after --force), every file already in the site is this build's to
    // keep or remove: none has a known hash, so each is written again or removed.
    this.previous = readManifest(this.manifestPath)
  }

  private get manifestPath() {
    return join(this.cacheDir, 'site-manifest.json')
  }

  private inSite(path: string, entry: Entry | undefined): entry is Entry {
    return entry !== undefined && existsSync(join(this.site, path))
  }

  /** True when `path` is in place as it was made from `key` last time: it is kept, and need not be made again. */
  isCurrent(path: string, key: string): boolean {
    const entry = this.previous.get(path)
    if (entry?.key !== key || !this.inSite(path, entry)) return false
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
    const current = (path: string) => {
      const entry = this.previous.get(path)
      return entry?.key === key && this.inSite(path, entry)
    }
    if (paths.length === 0 || !paths.every(current)) return false
    for (const path of paths) this.isCurrent(path, key)
    return true
  }

  /** Puts `contents` at `path` (relative to the site), staging it only if its bytes differ from what is there. */
  write(path: string, contents: string | Buffer, key?: string): void {
    const hash = hashOf(contents)
    this.next.set(path, key === undefined ? { hash } : { hash, key })
    if (this.previous.get(path)?.hash === hash && existsSync(join(this.site, path))) {
      this.unchanged++
      return
    }
    const file = join(this.staging, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, contents)
    this.staged.push(path)
    this.written++
  }

  /** Every file under `dir`, at the same place under `under` in the site. */
  copyTree(dir: string, under = '', skip: (path: string) => boolean = () => false): void {
    for (const file of filesUnder(dir)) {
      const path = join(under, file)
      if (!skip(path)) this.write(path, readFileSync(join(dir, file)))
    }
  }

  /** Moves what changed into the site, removes what this build did not make, and saves the manifest. */
  commit(): void {
    for (const path of this.staged) {
      const target = join(this.site, path)
      mkdirSync(dirname(target), { recursive: true })
      renameSync(join(this.staging, path), target)
    }
    // What the last build made and this one did not; and, without a manifest, anything else in the site.
    const made = this.previous.size > 0 ? this.previous.keys() : filesUnder(this.site)
    for (const path of made) {
      if (this.next.has(path)) continue
      if (existsSync(join(this.site, path))) this.removed++
      rmSync(join(this.site, path), { force: true })
      removeEmptyParents(this.site, dirname(path))
    }
    rmSync(this.staging, { recursive: true, force: true })
    writeFileSync(this.manifestPath, JSON.stringify(Object.fromEntries(this.next)))
  }

  /** Drops what was staged after a failure: the site stays as the last build left it. */
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

/** A folder left empty once its files are gone (a removed post's), removed too, up to the site itself. */
function removeEmptyParents(site: string, folder: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = dirname(current)) {
    try {
      rmdirSync(join(site, current))
    } catch {
      return
    }
  }
}
