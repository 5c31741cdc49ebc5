import workerUrl from './read-worker.ts?worker&url'
import type { TrustedScriptUrlPolicy, WithTrustedTypes } from '../shared/trusted-types.ts'
import type { ReadInput, ReadResult } from './read-article.ts'

let policy: TrustedScriptUrlPolicy | undefined

/**
 * The worker's script address, vouched for under the page's Trusted Types rule by a policy that vouches for
 * this one file and nothing else.
 */
function trustedWorkerUrl(): string {
  const factory = (window as WithTrustedTypes).trustedTypes
  if (!factory) return workerUrl
  policy ??= factory.createPolicy('verbatim-read-worker', {
    createScriptURL: (url) => {
      if (url !== workerUrl) throw new TypeError(`Not the reading worker: ${url}`)
      return url
    },
  })
  return policy.createScriptURL(workerUrl) as string
}

const CANNOT_START = 'Verbatim could not start reading in this browser. Try reloading the page.'

/** Longer than the engine takes on the longest article it accepts; past it, the reading is given up. */
const GIVE_UP_AFTER_MS = 60_000

/**
 * Reads an article in a Web Worker of its own, ended once it answers, when `signal` aborts (a newer reading,
 * the reader leaving the page) or when it takes too long. Never rejects: a failure is an answer; an aborted
 * reading never answers.
 */
export function readInWorker(input: ReadInput, signal: AbortSignal): Promise<ReadResult> {
  return new Promise((resolve) => {
    if (signal.aborted) return
    let worker: Worker
    try {
      worker = new Worker(trustedWorkerUrl(), { type: 'module' })
    } catch {
      resolve({ ok: false, message: CANNOT_START })
      return
    }
    const end = (result?: ReadResult) => {
      clearTimeout(timer)
      worker.terminate()
      signal.removeEventListener('abort', abort)
      if (result && !signal.aborted) resolve(result)
    }
    const abort = () => end()
    const timer = setTimeout(
      () => end({ ok: false, message: 'Reading this article took too long, and was stopped.' }),
      GIVE_UP_AFTER_MS,
    )
    signal.addEventListener('abort', abort)
    worker.onmessage = (event: MessageEvent<ReadResult>) => end(event.data)
    worker.onmessageerror = () => end({ ok: false, message: CANNOT_START })
    worker.onerror = (event) => {
      event.preventDefault()
      end({ ok: false, message: CANNOT_START })
    }
    worker.postMessage(input)
  })
}
