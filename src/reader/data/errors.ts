/** The server has no such post or page: shown as "not found", never retried. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
}

/** The data arrived but is not what the contract promises: shown as such, never retried. */
export class DataError extends Error {
  override readonly name = 'DataError'
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message)
  }
}

/**
 * The request never got an answer: no connection, or the server unreachable. Under the service worker, it also
 * means the worker had no saved copy to answer with.
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError'
}

/** Failures that trying again cannot fix. */
export function isPermanent(error: unknown): boolean {
  return error instanceof NotFoundError || error instanceof DataError
}
