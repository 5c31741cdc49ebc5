import * as v from 'valibot'
import { describeIssues } from '../../article/schema.ts'
import { DataError, NotFoundError } from './errors.ts'

/** A URL under the app's base, so the reader works from a sub-folder as well as from the root. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`
}

/**
 * Fetches JSON and checks it against a schema. A 404 (or an HTML page where JSON was expected, as static
 * servers send for missing files) is a NotFoundError; bad JSON or a shape the contract does not allow is a
 * DataError naming the fields; anything else is the network's fault and may be retried.
 */
export async function fetchJson<const TSchema extends v.GenericSchema>(
  path: string,
  schema: TSchema,
  signal?: AbortSignal,
): Promise<v.InferOutput<TSchema>> {
  const response = await fetch(dataUrl(path), { signal, headers: { accept: 'application/json' } })
  if (response.status === 404) throw new NotFoundError(`${path} does not exist`)
  if (!response.ok)
    throw new Error(`The server answered ${response.status} ${response.statusText} for ${path}`)
  if (/text\/html/i.test(response.headers.get('content-type') ?? ''))
    throw new NotFoundError(`${path} does not exist`)
  let data: unknown
  try {
    data = await response.json()
  } catch {
    throw new DataError(`${path} is not valid JSON`)
  }
  const result = v.safeParse(schema, data)
  if (!result.success)
    throw new DataError(`${path} does not match the article format`, describeIssues(result.issues))
  return result.output
}
