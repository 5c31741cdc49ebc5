import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

/**
 * Saves the figures a benchmark or a suite measured, for docs/RELIABILITY.md (`npm run reliability` writes it
 * from these; `npm test` ends with it). `name` may hold a folder: "attacks/batch-01". Dated by the day only, so
 * a rerun with the same results changes nothing.
 */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const file = join(resolve('docs/reliability'), `${name}.json`)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(
    file,
    `${JSON.stringify({ ...figures, measured: new Date().toISOString().slice(0, 10) }, null, 2)}\n`,
  )
}
