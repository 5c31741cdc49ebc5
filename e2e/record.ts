import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

const FIGURES = resolve('docs/reliability')

/**
 * Saves the figures a suite measured, for docs/RELIABILITY.md (`npm run reliability` writes it from these).
 * `name` may hold a folder: "attacks/batch-01".
 */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const file = join(FIGURES, `${name}.json`)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`)
}
