import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Ingest tests spawn the CLI; two cores cannot run many of them at once.
    maxWorkers: 2,
  },
})
