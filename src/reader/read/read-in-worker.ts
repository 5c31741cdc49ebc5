import workerUrl from './read-worker.ts?worker&url'
import type { ReadInput, ReadResult } from './read-article.ts'

interface TrustedTypesFactory {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => {
    createScriptURL: (url: string) => unknown
  }
}

let policy: { createScriptURL: (url: string) => unknown } | undefined

/**
 * The worker's script address, vouched for under the page's Trusted Types rule by a policy that vouches for
 * this one file and nothing else.
 */
function trustedWorkerUrl(): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes
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

/** Reads an article in a Web Worker of its own, ended once it answers. Never rejects: a failure is an answer. */
export function readInWorker(input: ReadInput): Promise<ReadResult> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(trustedWorkerUrl(), { type: 'module' })
    } catch {
      resolve({ ok: false, message: CANNOT_START })
      return
    }
    worker.onmessage = (event: MessageEvent<ReadResult>) => {
      resolve(event.data)
      worker.terminate()
    }
    worker.onerror = (event) => {
      event.preventDefault()
      resolve({ ok: false, message: CANNOT_START })
      worker.terminate()
    }
    worker.postMessage(input)
  })
}
