/** A problem with one input, worded for the person who supplied it: the CLI prints `file: message`. */
export class InputError extends Error {
  override readonly name = 'InputError'
}
