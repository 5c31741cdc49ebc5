import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

/** Saves a benchmark's figures for docs/RELIABILITY.md (`npm run reliability` writes it from these). */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const file = join(resolve('docs/reliability'), `${name}.json`)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`)
}
