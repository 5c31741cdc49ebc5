import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

/**
 * Where suites and benchmarks leave the figures they measured: an ignored folder, so running the tests never
 * changes a tracked file. `npm run reliability` turns them into the committed docs/RELIABILITY.md, and only
 * when asked.
 */
export const FIGURES_DIR = resolve('reports/figures')

/**
 * Saves the figures a benchmark or a suite measured under FIGURES_DIR. `name` may hold a folder:
 * "attacks/batch-01". Dated by the day only, so a rerun with the same results writes the same bytes.
 */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const file = join(FIGURES_DIR, `${name}.json`)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(
    file,
    `${JSON.stringify({ ...figures, measured: new Date().toISOString().slice(0, 10) }, null, 2)}\n`,
  )
}
