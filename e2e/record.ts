import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { TestInfo } from '@playwright/test'

const FIGURES = resolve('docs/reliability')

/**
 * Saves the figures a suite measured, for docs/RELIABILITY.md (`npm run reliability` writes it from these;
 * `npm test` ends with it). `name` may hold a folder: "attacks/batch-01".
 */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const file = join(FIGURES, `${name}.json`)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify({ ...figures, measured: new Date().toISOString() }, null, 2)}\n`)
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)

/** For afterEach: how a journey ended, filed under `category` ("faults", "broken-data", …). */
export async function recordOutcome(category: string, info: TestInfo): Promise<void> {
  await recordFigures(`journeys/${category}/${slug(info.titlePath.slice(1).join(' '))}`, {
    title: info.titlePath.slice(1).join(' › '),
    status: info.status,
    ms: info.duration,
  })
}
