import type { TestInfo } from '@playwright/test'
import { recordFigures } from '../bench/record.ts'

/** Figures for docs/RELIABILITY.md, saved the way the benchmarks save theirs. */
export { recordFigures }

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
  })
}
