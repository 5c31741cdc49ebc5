import * as v from 'valibot'
import { describeIssues } from '../../article/schema.ts'
import { DataError, NetworkError, NotFoundError } from './errors.ts'

/** A URL under the app's base, so the reader works from a sub-folder as well as from the root. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`
}

/** Long enough for a big post on slow 3G; short enough that a stalled connection gets a message and a retry. */
export const REQUEST_TIMEOUT_MS = 20_000

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError'
}

/**
 * Fetches JSON. A 404 (or an HTML page where JSON was expected, as static servers send for missing files) is
 * a NotFoundError; bad JSON is a DataError; a server error, a dropped connection or no answer within
 * REQUEST_TIMEOUT_MS (body included) is the network's fault and may be retried.
 */
export async function fetchData(path: string, signal?: AbortSignal): Promise<unknown> {
  // A timer rather than AbortSignal.timeout, so tests can fake time.
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutError()), REQUEST_TIMEOUT_MS)
  const abort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', abort, { once: true })
  try {
    return await readJson(path, controller.signal)
  } catch (error) {
    if (controller.signal.reason instanceof TimeoutError)
      throw new TimeoutError(`The server took more than ${REQUEST_TIMEOUT_MS / 1000} s to send ${path}`)
    throw error
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', abort)
  }
}

async function readJson(path: string, signal: AbortSignal): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(dataUrl(path), { signal, headers: { accept: 'application/json' } })
  } catch (error) {
    if (signal.aborted) throw error
    throw new NetworkError(`Could not reach the server for ${path}`)
  }
  if (response.status === 404) throw new NotFoundError(`${path} does not exist`)
  if (!response.ok)
    throw new Error(`The server answered ${response.status} ${response.statusText} for ${path}`)
  if (/text\/html/i.test(response.headers.get('content-type') ?? ''))
    throw new NotFoundError(`${path} does not exist`)
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (signal.aborted) throw error
    throw new Error(`The connection dropped while loading ${path}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new DataError(`${path} is not valid JSON`)
  }
}

/** fetchData, then a check against a schema: a shape the contract does not allow is a DataError naming the fields. */
export async function fetchJson<const TSchema extends v.GenericSchema>(
  path: string,
  schema: TSchema,
  signal?: AbortSignal,
): Promise<v.InferOutput<TSchema>> {
  const data = await fetchData(path, signal)
  const result = v.safeParse(schema, data)
  if (!result.success)
    throw new DataError(`${path} does not match the article format`, describeIssues(result.issues))
  return result.output
}
