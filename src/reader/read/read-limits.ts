/**
 * What `/read` takes, in a module of its own with no imports: the page needs these figures, and importing them
 * from the readers would pull the readers and the engine into the page's chunk as well as the worker's.
 */

/** The largest article `/read` takes: far beyond any news article. */
export const MAX_READ_CHARACTERS = 2_000_000

/** The files `/read` reads, by the readers ingest uses (read-article.ts maps each to its reader). */
export const READABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'] as const

/** The limit as the reader reads it. */
export const READ_LIMIT_WORDS = `${MAX_READ_CHARACTERS.toLocaleString('en')} characters`
