import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** What a file was when it was last hashed: its size, modification time and inode, and the hash of its bytes. */
type Seen = [size: number, modified: number, inode: number, hash: string]

export const hashOfBytes = (contents: string | Buffer) => createHash('sha256').update(contents).digest('hex')

/**
 * The hashes of the files a build reads, remembered between builds: a file whose size, modification time and
 * inode are as they were is not read again (a build that adds one post to 10,000 would otherwise read the
 * archive's 250 MB of data to find it unchanged). Ingest replaces a file by renaming a new one over it, which
 * gives it a new inode, so a changed file is never taken for the old one; so does a copy or an editor's save.
 * Only the files asked about in a build are remembered after it.
 */
export class FileHashes {
  private readonly previous: Map<string, Seen>
  private readonly next = new Map<string, Seen>()

  constructor(private readonly path: string) {
    this.previous = readSeen(path)
  }

  /** The hash of the file's bytes, read only if the file changed since it was last hashed. */
  hashOf(file: string): string {
    const stat = statSync(file)
    const seen = this.previous.get(file)
    if (seen && seen[0] === stat.size && seen[1] === stat.mtimeMs && seen[2] === stat.ino) {
      this.next.set(file, seen)
      return seen[3]
    }
    const hash = hashOfBytes(readFileSync(file))
    this.next.set(file, [stat.size, stat.mtimeMs, stat.ino, hash])
    return hash
  }

  save(): void {
    mkdirSync(dirname(this.path), { recursive: true })
    writeFileSync(this.path, JSON.stringify(Object.fromEntries(this.next)))
  }
}

function readSeen(path: string): Map<string, Seen> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, Seen>))
  } catch {
    return new Map()
  }
}
