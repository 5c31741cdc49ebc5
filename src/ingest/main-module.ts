import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Whether the module at `url` is the script node was started with: a command-line tool then runs, and the same
 * module imported by `npm run build` (which runs the steps in one process) only exports what it does.
 */
export const isMainModule = (url: string): boolean =>
  process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === url
