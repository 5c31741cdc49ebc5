import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { hashOfBytes } from './file-hashes.ts'
import { filesUnder } from './fingerprint.ts'

/** What the last build wrote at a path: the hash of its bytes, and of what it was made from, if it was made. */
interface Entry {
  hash: string
  key?: string
}

/** Files copied between two turns of the event loop. */
const COPIES_BETWEEN_YIELDS = 64

/** A file made for the site, and whether its bytes differed from the last build's and so were staged. */
export interface Staged {
  hash: string
  staged: boolean
}

/**
 * Stages `contents` for `path` under `staging`, unless they are the bytes the site already has there (whose
 * hash the last build recorded as `previousHash`). Runs wherever the file is made: in the build, or in a render
 * worker, which then hands back only the hash and not the page.
 */
export function stageFile(
  where: { site: string; staging: string },
  path: string,
  contents: string | Buffer,
  previousHash: string | undefined,
): Staged {
  const hash = hashOfBytes(contents)
  if (previousHash === hash && existsSync(join(where.site, path))) return { hash, staged: false }
  writeFileSync(stagingPath(where.staging, path), contents)
  return { hash, staged: true }
}

/**
 * The file `source` at `target` too: a hard link where the file system allows one (no bytes copied: a first
 * build puts 15,000 data files in the site), a copy where it does not. A link is safe because nothing changes
 * these files in place: ingest and Vite replace a file by writing a new one (ingest renames it over the old),
 * which leaves the site's link to the old bytes.
 */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target)
  } catch {
    copyFileSync(source, target)
  }
}

/** Where `path` is staged, its folder made. */
function stagingPath(staging: string, path: string): string {
  const file = join(staging, path)
  mkdirSync(dirname(file), { recursive: true })
  return file
}

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
  /** Where this build puts new and changed files until `commit`. */
  readonly staging: string
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
    this.record(path, stageFile(this, path, contents, this.previousHash(path)), key)
  }

  /** The hash of the bytes the last build put at `path`, for whoever stages a file for it elsewhere. */
  previousHash(path: string): string | undefined {
    return this.previous.get(path)?.hash
  }

  /** Takes into this build a file `stageFile` made for `path` from `key`, here or in a worker. */
  record(path: string, { hash, staged }: Staged, key?: string): void {
    this.next.set(path, key === undefined ? { hash } : { hash, key })
    if (!staged) {
      this.unchanged++
      return
    }
    this.staged.push(path)
    this.written++
  }

  /**
   * Puts a copy of the file `source`, whose bytes hash to `hash`, at `path`: staged only if the site has other
   * bytes there, so an unchanged file is neither read nor written.
   */
  copy(path: string, source: string, hash: string): void {
    const staged = this.previousHash(path) !== hash || !existsSync(join(this.site, path))
    if (staged) linkOrCopy(source, stagingPath(this.staging, path))
    this.record(path, { hash, staged })
  }

  /**
   * Every file under `dir`, at the same place under `under` in the site; `hashOf` knows each file's hash. Yields
   * to the event loop every few files: a first build copies 15,000 data files, seconds in which the render
   * workers' answers and Pagefind's would otherwise wait.
   */
  async copyTree(
    dir: string,
    hashOf: (file: string) => string,
    { under = '', skip = () => false }: { under?: string; skip?: (path: string) => boolean } = {},
  ): Promise<void> {
    for (const [index, file] of filesUnder(dir).entries()) {
      const path = join(under, file)
      if (!skip(path)) this.copy(path, join(dir, file), hashOf(join(dir, file)))
      if (index % COPIES_BETWEEN_YIELDS === COPIES_BETWEEN_YIELDS - 1)
        await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** Moves what changed into the site, removes what this build did not make, and saves the manifest. */
  commit(): void {
    // What the last build made and this one did not; and, without a manifest, anything else in the site.
    const made = this.previous.size > 0 ? [...this.previous.keys()] : filesUnder(this.site)
    const gone = made.filter((path) => !this.next.has(path) && existsSync(join(this.site, path)))
    this.removed = gone.length
    if (this.staged.length === this.next.size) this.replaceSite()
    else this.moveStaged(gone)
    rmSync(this.staging, { recursive: true, force: true })
    writeFileSync(this.manifestPath, JSON.stringify(Object.fromEntries(this.next)))
  }

  /**
   * Everything was staged (a first build, or after --force): the staging folder is the whole new site, and
   * takes the old one's place in two renames rather than one per file (40,000 at 10,000 posts, seconds).
   */
  private replaceSite(): void {
    const old = join(this.cacheDir, 'replaced-site')
    rmSync(old, { recursive: true, force: true })
    if (existsSync(this.site)) renameSync(this.site, old)
    renameSync(this.staging, this.site)
    rmSync(old, { recursive: true, force: true })
  }

  /** Some files changed: each is moved into the site, and what this build did not make is removed. */
  private moveStaged(gone: readonly string[]): void {
    for (const path of this.staged) {
      const target = join(this.site, path)
      mkdirSync(dirname(target), { recursive: true })
      renameSync(join(this.staging, path), target)
    }
    for (const path of gone) {
      rmSync(join(this.site, path), { force: true })
      removeEmptyParents(this.site, dirname(path))
    }
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
