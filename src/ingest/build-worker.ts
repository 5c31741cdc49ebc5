/**
 * One input made into an article, in a worker thread of ingest's pool (src/ingest/build-pool.ts): reading and
 * the quote engine are the costly part of ingest, and each article is independent of the others.
 */
import { basename, extname } from 'node:path'
import type { Article } from '../article/schema.ts'
import { buildArticle } from '../readers/build-article.ts'
import { InputError } from '../readers/errors.ts'
import { readInput } from './read-input.ts'

/** A bad input is an answer, not a failure of the worker: its message names what is wrong. */
export type Built = { ok: true; article: Article } | { ok: false; message: string }

export async function buildFile(file: string): Promise<Built> {
  try {
    return { ok: true, article: buildArticle(await readInput(file), basename(file, extname(file))) }
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message }
    throw error
  }
}

/** A batch of inputs, in order: one message each way for many articles keeps the pool's overhead small. */
export default async function buildFiles(files: readonly string[]): Promise<Built[]> {
  const results: Built[] = []
  for (const file of files) results.push(await buildFile(file))
  return results
}
