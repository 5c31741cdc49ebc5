/**
 * The Web Worker that reads a reader's article (read-article.ts), so that the page stays responsive while the
 * engine reads a long one. One message in, one answer out.
 */
import { readArticle, type ReadInput, type ReadResult } from './read-article.ts'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadInput>) => void) | null
  postMessage: (result: ReadResult) => void
}

scope.onmessage = (event) => {
  let result: ReadResult
  try {
    result = readArticle(event.data)
  } catch (error) {
    result = { ok: false, message: `Verbatim could not read this article: ${(error as Error).message}` }
  }
  scope.postMessage(result)
}
