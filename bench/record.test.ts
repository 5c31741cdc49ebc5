import { spawnSync } from 'node:child_process'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'
import { FIGURES_DIR } from './record.ts'

test('figures a run records go where git ignores them, so running the tests leaves the tree as it was', () => {
  const file = relative(process.cwd(), join(FIGURES_DIR, 'journeys/faults/some-journey.json'))
  // `git check-ignore` exits 0 when the path is ignored, 1 when it would show up in `git status`.
  const result = spawnSync('git', ['check-ignore', '--no-index', '--quiet', file])
  expect(result.status, `${file} would be tracked`).toBe(0)
})
