import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { InputError } from '../readers/errors.ts'
import { READERS_BY_EXTENSION } from '../readers/formats.ts'
import type { RawArticle } from '../readers/raw-article.ts'

export const MAX_INPUT_BYTES = 10 * 1024 * 1024

export const SUPPORTED_EXTENSIONS = Object.keys(READERS_BY_EXTENSION)

export function isSupported(path: string): boolean {
  return extname(path).toLowerCase() in READERS_BY_EXTENSION
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The bytes of one input as text, refused with a reason when they are not an article's worth of UTF-8. */
export async function readSource(path: string): Promise<string> {
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new InputError('not a regular file')
    if (info.size > MAX_INPUT_BYTES)
      throw new InputError(`too large: ${megabytes(info.size)}, the limit is ${megabytes(MAX_INPUT_BYTES)}`)
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      code === 'ENOENT'
        ? 'could not be read: the file is gone'
        : `could not be read: ${(error as Error).message}`,
    )
  }
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError(`too large: ${megabytes(bytes.length)}, the limit is ${megabytes(MAX_INPUT_BYTES)}`)
  if (bytes.length === 0) throw new InputError('empty file')
  if (bytes.includes(0)) throw new InputError('binary file: it contains NUL bytes, which text never does')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`)
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  if (text.trim() === '') throw new InputError('empty file: only white space')
  return text
}

/** Where decoding fails: the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let low = 0
  let high = bytes.length
  // The longest valid prefix, found by halving: decoding a prefix that cuts a sequence in two also fails,
  // so the answer can sit up to three bytes early; that is close enough to find the spot in an editor.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    try {
      decoder.decode(bytes.subarray(0, middle))
      low = middle
    } catch {
      high = middle - 1
    }
  }
  return low
}

/** Reads one input file into a raw article by its extension. */
export async function readInput(path: string): Promise<RawArticle> {
  const reader = READERS_BY_EXTENSION[extname(path).toLowerCase()]
  if (!reader)
    throw new InputError(
      `unsupported file type "${extname(path)}" (expected ${SUPPORTED_EXTENSIONS.join(', ')})`,
    )
  return reader(await readSource(path))
}
